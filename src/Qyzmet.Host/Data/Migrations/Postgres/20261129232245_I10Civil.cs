using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I10Civil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "civil_marriage_pending_persons",
                columns: table => new
                {
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_civil_marriage_pending_persons", x => x.Iin);
                });

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_pending_persons_ApplicationId",
                table: "civil_marriage_pending_persons",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "civil_marriage_pending_persons");
        }
    }
}
