using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RealEstateCadastre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cad_inventory_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectId = table.Column<long>(type: "bigint", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    SupersedesId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    Drawing = table.Column<byte[]>(type: "bytea", nullable: true),
                    DrawingType = table.Column<string>(type: "text", nullable: true),
                    FiledBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_inventory_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_objects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LandPlotNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false),
                    Settlement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BuildingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PremisesNumber = table.Column<string>(type: "text", nullable: true),
                    PurposeKk = table.Column<string>(type: "text", nullable: false),
                    PurposeRu = table.Column<string>(type: "text", nullable: false),
                    TotalArea = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    LivingArea = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    BuiltUpArea = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    FloorsAbove = table.Column<int>(type: "integer", nullable: false),
                    FloorsBelow = table.Column<int>(type: "integer", nullable: false),
                    Floor = table.Column<int>(type: "integer", nullable: true),
                    RoomCount = table.Column<int>(type: "integer", nullable: false),
                    YearBuilt = table.Column<int>(type: "integer", nullable: true),
                    WallMaterial = table.Column<string>(type: "text", nullable: true),
                    CeilingHeight = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    LandPlotArea = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Utilities = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_objects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_price_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameKk = table.Column<string>(type: "text", nullable: false),
                    NameRu = table.Column<string>(type: "text", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_price_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "cad_renaming_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "text", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Authority = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Settlement = table.Column<string>(type: "text", nullable: true),
                    Street = table.Column<string>(type: "text", nullable: true),
                    OldValue = table.Column<string>(type: "text", nullable: false),
                    NewValue = table.Column<string>(type: "text", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "text", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastObjectId = table.Column<long>(type: "bigint", nullable: false),
                    CorrectedCount = table.Column<int>(type: "integer", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_renaming_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_term_extensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    ProposedBy = table.Column<string>(type: "text", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_term_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_hearings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ground = table.Column<string>(type: "text", nullable: false),
                    ReasonJson = table.Column<string>(type: "text", nullable: false),
                    ProposedBy = table.Column<string>(type: "text", nullable: false),
                    NoticeSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HearingAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ObjectionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Objection = table.Column<string>(type: "text", nullable: true),
                    ObjectionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Decision = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_hearings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_object_holders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectId = table.Column<long>(type: "bigint", nullable: false),
                    HolderId = table.Column<string>(type: "text", nullable: false),
                    HolderName = table.Column<string>(type: "text", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_object_holders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cad_object_holders_cad_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "cad_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cad_service_structures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectId = table.Column<long>(type: "bigint", nullable: false),
                    Letter = table.Column<string>(type: "text", nullable: false),
                    NameKk = table.Column<string>(type: "text", nullable: false),
                    NameRu = table.Column<string>(type: "text", nullable: false),
                    WallMaterial = table.Column<string>(type: "text", nullable: true),
                    Area = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Height = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    YearBuilt = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_service_structures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cad_service_structures_cad_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "cad_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_ApplicationId_Kind",
                table: "cad_inventory_entries",
                columns: new[] { "ApplicationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_ObjectId_Id",
                table: "cad_inventory_entries",
                columns: new[] { "ObjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_SupersedesId",
                table: "cad_inventory_entries",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_object_holders_HolderId_ObjectId",
                table: "cad_object_holders",
                columns: new[] { "HolderId", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_object_holders_ObjectId",
                table: "cad_object_holders",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_CadastralNumber",
                table: "cad_objects",
                column: "CadastralNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_LandPlotNumber_Id",
                table: "cad_objects",
                columns: new[] { "LandPlotNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_ParentNumber_Id",
                table: "cad_objects",
                columns: new[] { "ParentNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_Settlement_Id",
                table: "cad_objects",
                columns: new[] { "Settlement", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_Settlement_Street_BuildingNumber_Id",
                table: "cad_objects",
                columns: new[] { "Settlement", "Street", "BuildingNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_renaming_decisions_CompletedAt",
                table: "cad_renaming_decisions",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cad_service_structures_ObjectId",
                table: "cad_service_structures",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_term_extensions_ApplicationId_Id",
                table: "cad_term_extensions",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_hearings_ApplicationId_Id",
                table: "cases_hearings",
                columns: new[] { "ApplicationId", "Id" });

            // 000.md App. 8, para 7 step 9: inventory files are append-only, also for anyone with SQL access.
            migrationBuilder.Sql("CREATE TRIGGER cad_inventory_entries_append_only BEFORE UPDATE OR DELETE ON cad_inventory_entries FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER cad_inventory_entries_append_only ON cad_inventory_entries;");

            migrationBuilder.DropTable(
                name: "cad_inventory_entries");

            migrationBuilder.DropTable(
                name: "cad_object_holders");

            migrationBuilder.DropTable(
                name: "cad_price_items");

            migrationBuilder.DropTable(
                name: "cad_renaming_decisions");

            migrationBuilder.DropTable(
                name: "cad_service_structures");

            migrationBuilder.DropTable(
                name: "cad_term_extensions");

            migrationBuilder.DropTable(
                name: "cases_hearings");

            migrationBuilder.DropTable(
                name: "cad_objects");
        }
    }
}
