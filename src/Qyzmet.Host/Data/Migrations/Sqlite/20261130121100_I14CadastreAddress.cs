using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14CadastreAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressCode",
                table: "cad_objects",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_AddressCode",
                table: "cad_objects",
                column: "AddressCode");

            // D-414: the demo objects that are the rights register's dwellings take the same address codes (DemoAddresses);
            // in a database without them nothing matches.
            migrationBuilder.Sql("""UPDATE cad_objects SET "AddressCode" = '0201400012345678' WHERE "CadastralNumber" = '75-123-045-067:1' AND "AddressCode" IS NULL""");
            migrationBuilder.Sql("""UPDATE cad_objects SET "AddressCode" = '7101400000002014' WHERE "CadastralNumber" = '71-305-022-001:1:14' AND "AddressCode" IS NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cad_objects_AddressCode",
                table: "cad_objects");

            migrationBuilder.DropColumn(
                name: "AddressCode",
                table: "cad_objects");
        }
    }
}
