using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PowersOfAttorney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trust_powers_of_attorney",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RepresentativeIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_powers_of_attorney", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trust_powers_of_attorney_Bin_Id",
                table: "trust_powers_of_attorney",
                columns: new[] { "Bin", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_powers_of_attorney_RepresentativeIin_Bin",
                table: "trust_powers_of_attorney",
                columns: new[] { "RepresentativeIin", "Bin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trust_powers_of_attorney");
        }
    }
}
