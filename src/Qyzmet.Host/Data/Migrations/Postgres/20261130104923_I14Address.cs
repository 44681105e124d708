using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I14Address : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0026: the address register moves from the population module to the kernel's registries. The table is
            // renamed, not dropped and created (as EF scaffolded it, the entity having changed namespace), so a database
            // made before the move keeps its addresses; its indexes are replaced by the keyset-search ones (D-637).
            migrationBuilder.DropIndex(
                name: "IX_pop_addresses_CadastralNumber",
                table: "pop_addresses");

            migrationBuilder.DropIndex(
                name: "IX_pop_addresses_RegionCode_StreetRu",
                table: "pop_addresses");

            migrationBuilder.RenameTable(
                name: "pop_addresses",
                newName: "registry_addresses");

            // Only PostgreSQL names the primary key as a constraint that the rename does not follow.
            migrationBuilder.Sql("ALTER TABLE registry_addresses RENAME CONSTRAINT \"PK_pop_addresses\" TO \"PK_registry_addresses\";");

            migrationBuilder.AddColumn<string>(
                name: "AddressCode",
                table: "land_plots",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_land_plots_AddressCode",
                table: "land_plots",
                column: "AddressCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_addresses_CadastralNumber",
                table: "registry_addresses",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_registry_addresses_SettlementKk_Id",
                table: "registry_addresses",
                columns: new[] { "SettlementKk", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_addresses_SettlementKk_StreetKk_Id",
                table: "registry_addresses",
                columns: new[] { "SettlementKk", "StreetKk", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_addresses_SettlementRu_Id",
                table: "registry_addresses",
                columns: new[] { "SettlementRu", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_addresses_SettlementRu_StreetRu_Id",
                table: "registry_addresses",
                columns: new[] { "SettlementRu", "StreetRu", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_land_plots_AddressCode",
                table: "land_plots");

            migrationBuilder.DropIndex(
                name: "IX_registry_addresses_CadastralNumber",
                table: "registry_addresses");

            migrationBuilder.DropIndex(
                name: "IX_registry_addresses_SettlementKk_Id",
                table: "registry_addresses");

            migrationBuilder.DropIndex(
                name: "IX_registry_addresses_SettlementKk_StreetKk_Id",
                table: "registry_addresses");

            migrationBuilder.DropIndex(
                name: "IX_registry_addresses_SettlementRu_Id",
                table: "registry_addresses");

            migrationBuilder.DropIndex(
                name: "IX_registry_addresses_SettlementRu_StreetRu_Id",
                table: "registry_addresses");

            migrationBuilder.DropColumn(
                name: "AddressCode",
                table: "land_plots");

            migrationBuilder.RenameTable(
                name: "registry_addresses",
                newName: "pop_addresses");

            migrationBuilder.Sql("ALTER TABLE pop_addresses RENAME CONSTRAINT \"PK_registry_addresses\" TO \"PK_pop_addresses\";");

            migrationBuilder.CreateIndex(
                name: "IX_pop_addresses_CadastralNumber",
                table: "pop_addresses",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pop_addresses_RegionCode_StreetRu",
                table: "pop_addresses",
                columns: new[] { "RegionCode", "StreetRu" });
        }
    }
}
