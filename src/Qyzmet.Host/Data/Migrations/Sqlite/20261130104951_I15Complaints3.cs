using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15Complaints3 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FiledAtUnitId",
                table: "complaints_complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutgoingNumber",
                table: "complaints_complaints",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_ApplicantId_RegisteredAt",
                table: "complaints_complaints",
                columns: new[] { "ApplicantId", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_complaints_ApplicantId_RegisteredAt",
                table: "complaints_complaints");

            migrationBuilder.DropColumn(
                name: "FiledAtUnitId",
                table: "complaints_complaints");

            migrationBuilder.DropColumn(
                name: "OutgoingNumber",
                table: "complaints_complaints");
        }
    }
}
