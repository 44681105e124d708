using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
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
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DoneAt",
                table: "queue_home_visits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "queue_centre_hours",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WeekdayOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WeekdayCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    SaturdayOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SaturdayCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SetBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
