using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I10Docs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResultSignatoryIin",
                table: "identity_provider_units",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerIin",
                table: "documents_documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerUnitId",
                table: "documents_documents",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResultSignatoryIin",
                table: "identity_provider_units");

            migrationBuilder.DropColumn(
                name: "SignerIin",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "SignerUnitId",
                table: "documents_documents");
        }
    }
}
