using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    SupersedesId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Drawing = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DrawingType = table.Column<string>(type: "TEXT", nullable: true),
                    FiledBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_inventory_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_objects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LandPlotNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Settlement = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuildingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PremisesNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PurposeKk = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeRu = table.Column<string>(type: "TEXT", nullable: false),
                    TotalArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    LivingArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    BuiltUpArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FloorsAbove = table.Column<int>(type: "INTEGER", nullable: false),
                    FloorsBelow = table.Column<int>(type: "INTEGER", nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: true),
                    RoomCount = table.Column<int>(type: "INTEGER", nullable: false),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true),
                    WallMaterial = table.Column<string>(type: "TEXT", nullable: true),
                    CeilingHeight = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    LandPlotArea = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Utilities = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_objects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_price_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_price_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "cad_renaming_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Settlement = table.Column<string>(type: "TEXT", nullable: true),
                    Street = table.Column<string>(type: "TEXT", nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", nullable: false),
                    NewValue = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_renaming_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_term_extensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_term_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_hearings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", nullable: false),
                    NoticeSentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HearingAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ObjectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Objection = table.Column<string>(type: "TEXT", nullable: true),
                    ObjectionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_hearings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_object_holders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    Letter = table.Column<string>(type: "TEXT", nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    WallMaterial = table.Column<string>(type: "TEXT", nullable: true),
                    Area = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Height = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true)
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
            migrationBuilder.Sql("CREATE TRIGGER cad_inventory_entries_no_update BEFORE UPDATE ON cad_inventory_entries BEGIN SELECT RAISE(ABORT, 'cad_inventory_entries rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER cad_inventory_entries_no_delete BEFORE DELETE ON cad_inventory_entries BEGIN SELECT RAISE(ABORT, 'cad_inventory_entries rows are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER cad_inventory_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER cad_inventory_entries_no_delete;");

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
