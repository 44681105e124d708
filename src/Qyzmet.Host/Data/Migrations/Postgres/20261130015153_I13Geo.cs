using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I13Geo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "BoundaryAreaSquareMetres",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "BoundaryWkb",
                table: "land_plots",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MaxLat",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MaxLon",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinLat",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinLon",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PointLat",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PointLon",
                table: "land_plots",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RightKindCode",
                table: "land_plots",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RightUntil",
                table: "land_plots",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SettlementCode",
                table: "land_plots",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "land_plot_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "character varying(40)", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentKindKk = table.Column<string>(type: "text", nullable: false),
                    DocumentKindRu = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuerKk = table.Column<string>(type: "text", nullable: false),
                    IssuerRu = table.Column<string>(type: "text", nullable: false),
                    SupersededOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_plot_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_land_plot_documents_land_plots_CadastralNumber",
                        column: x => x.CadastralNumber,
                        principalTable: "land_plots",
                        principalColumn: "CadastralNumber",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "land_plot_encumbrances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "character varying(40)", nullable: false),
                    KindKk = table.Column<string>(type: "text", nullable: false),
                    KindRu = table.Column<string>(type: "text", nullable: false),
                    DescriptionKk = table.Column<string>(type: "text", nullable: true),
                    DescriptionRu = table.Column<string>(type: "text", nullable: true),
                    Beneficiary = table.Column<string>(type: "text", nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_plot_encumbrances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_land_plot_encumbrances_land_plots_CadastralNumber",
                        column: x => x.CadastralNumber,
                        principalTable: "land_plots",
                        principalColumn: "CadastralNumber",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "land_settlements",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameKk = table.Column<string>(type: "text", nullable: false),
                    NameRu = table.Column<string>(type: "text", nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false),
                    CadastralBlock = table.Column<string>(type: "text", nullable: false),
                    BoundaryWkb = table.Column<byte[]>(type: "bytea", nullable: false),
                    MinLon = table.Column<double>(type: "double precision", nullable: false),
                    MinLat = table.Column<double>(type: "double precision", nullable: false),
                    MaxLon = table.Column<double>(type: "double precision", nullable: false),
                    MaxLat = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_settlements", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_land_plots_MinLat_MaxLat",
                table: "land_plots",
                columns: new[] { "MinLat", "MaxLat" });

            migrationBuilder.CreateIndex(
                name: "IX_land_plots_MinLon_MaxLon",
                table: "land_plots",
                columns: new[] { "MinLon", "MaxLon" });

            migrationBuilder.CreateIndex(
                name: "IX_land_plots_SettlementCode",
                table: "land_plots",
                column: "SettlementCode");

            migrationBuilder.CreateIndex(
                name: "IX_land_plot_documents_CadastralNumber_Kind",
                table: "land_plot_documents",
                columns: new[] { "CadastralNumber", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_land_plot_encumbrances_CadastralNumber",
                table: "land_plot_encumbrances",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_land_settlements_MinLon_MaxLon",
                table: "land_settlements",
                columns: new[] { "MinLon", "MaxLon" });

            // D-534: the PostGIS geometry column and its GiST index, where the server has PostGIS.
            migrationBuilder.Sql(Qyzmet.Land.Data.LandPostGis.EnableSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Qyzmet.Land.Data.LandPostGis.DisableSql);

            migrationBuilder.DropTable(
                name: "land_plot_documents");

            migrationBuilder.DropTable(
                name: "land_plot_encumbrances");

            migrationBuilder.DropTable(
                name: "land_settlements");

            migrationBuilder.DropIndex(
                name: "IX_land_plots_MinLat_MaxLat",
                table: "land_plots");

            migrationBuilder.DropIndex(
                name: "IX_land_plots_MinLon_MaxLon",
                table: "land_plots");

            migrationBuilder.DropIndex(
                name: "IX_land_plots_SettlementCode",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "BoundaryAreaSquareMetres",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "BoundaryWkb",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "MaxLat",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "MaxLon",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "MinLat",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "MinLon",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "PointLat",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "PointLon",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "RightKindCode",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "RightUntil",
                table: "land_plots");

            migrationBuilder.DropColumn(
                name: "SettlementCode",
                table: "land_plots");
        }
    }
}
