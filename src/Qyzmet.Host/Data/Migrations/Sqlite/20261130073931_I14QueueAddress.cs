using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14QueueAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApplicationNumber",
                table: "queue_tickets",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DoneAt",
                table: "queue_home_visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "queue_centre_hours",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WeekdayOpens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WeekdayCloses = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SaturdayOpens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SaturdayCloses = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_centre_hours", x => new { x.CentreId, x.EffectiveFrom });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queue_centre_hours");

            migrationBuilder.DropColumn(
                name: "ApplicationNumber",
                table: "queue_tickets");

            migrationBuilder.DropColumn(
                name: "DoneAt",
                table: "queue_home_visits");
        }
    }
}
