using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CivilRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdoptiveFatherIin",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdoptiveFatherName",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdoptiveMotherIin",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdoptiveMotherName",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherIin",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherIin",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectNameAfter",
                table: "civil_acts",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "civil_marriage_bookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficeUnitId = table.Column<string>(type: "text", nullable: false),
                    SlotStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_civil_marriage_bookings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_ActDate",
                table: "civil_acts",
                column: "ActDate");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_ActNumber",
                table: "civil_acts",
                column: "ActNumber");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_AdoptiveFatherIin",
                table: "civil_acts",
                column: "AdoptiveFatherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_AdoptiveMotherIin",
                table: "civil_acts",
                column: "AdoptiveMotherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_FatherIin",
                table: "civil_acts",
                column: "FatherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_HusbandName",
                table: "civil_acts",
                column: "HusbandName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_MotherIin",
                table: "civil_acts",
                column: "MotherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_SubjectName",
                table: "civil_acts",
                column: "SubjectName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_WifeName",
                table: "civil_acts",
                column: "WifeName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_bookings_ApplicationId",
                table: "civil_marriage_bookings",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_bookings_OfficeUnitId_SlotStart",
                table: "civil_marriage_bookings",
                columns: new[] { "OfficeUnitId", "SlotStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "civil_marriage_bookings");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_ActDate",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_ActNumber",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_AdoptiveFatherIin",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_AdoptiveMotherIin",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_FatherIin",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_HusbandName",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_MotherIin",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_SubjectName",
                table: "civil_acts");

            migrationBuilder.DropIndex(
                name: "IX_civil_acts_WifeName",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "AdoptiveFatherIin",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "AdoptiveFatherName",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "AdoptiveMotherIin",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "AdoptiveMotherName",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "FatherIin",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "MotherIin",
                table: "civil_acts");

            migrationBuilder.DropColumn(
                name: "SubjectNameAfter",
                table: "civil_acts");
        }
    }
}
