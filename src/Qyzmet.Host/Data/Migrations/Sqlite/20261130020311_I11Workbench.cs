using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I11Workbench : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_applications_UnitId_Status",
                table: "cases_applications");

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_UnitId_Status_DueOn_Number",
                table: "cases_applications",
                columns: new[] { "UnitId", "Status", "DueOn", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_applications_UnitId_Status_DueOn_Number",
                table: "cases_applications");

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_UnitId_Status",
                table: "cases_applications",
                columns: new[] { "UnitId", "Status" });
        }
    }
}
