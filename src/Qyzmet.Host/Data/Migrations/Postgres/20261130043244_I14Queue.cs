using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I14Queue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "queue_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SlotStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: true),
                    ActiveDay = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_centre_services",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_centre_services", x => new { x.CentreId, x.ServiceId });
                });

            migrationBuilder.CreateTable(
                name: "queue_centres",
                columns: table => new
                {
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    WeekdayOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WeekdayCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    SaturdayOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SaturdayCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_centres", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "queue_home_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_home_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Booked = table.Column<bool>(type: "boolean", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WaitFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WindowNumber = table.Column<int>(type: "integer", nullable: true),
                    OperatorIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CalledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ServiceStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Recalls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_windows",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OperatorIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_windows", x => new { x.CentreId, x.Number });
                });

            migrationBuilder.CreateIndex(
                name: "IX_queue_bookings_CentreId_SlotStart_Seat",
                table: "queue_bookings",
                columns: new[] { "CentreId", "SlotStart", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_bookings_Code",
                table: "queue_bookings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_bookings_Iin_ServiceId_ActiveDay",
                table: "queue_bookings",
                columns: new[] { "Iin", "ServiceId", "ActiveDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_home_visits_CentreId_Status",
                table: "queue_home_visits",
                columns: new[] { "CentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_home_visits_Number",
                table: "queue_home_visits",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_BookingId",
                table: "queue_tickets",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_CentreId_Day_Number",
                table: "queue_tickets",
                columns: new[] { "CentreId", "Day", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_CentreId_Status_WaitFrom",
                table: "queue_tickets",
                columns: new[] { "CentreId", "Status", "WaitFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queue_bookings");

            migrationBuilder.DropTable(
                name: "queue_centre_services");

            migrationBuilder.DropTable(
                name: "queue_centres");

            migrationBuilder.DropTable(
                name: "queue_home_visits");

            migrationBuilder.DropTable(
                name: "queue_tickets");

            migrationBuilder.DropTable(
                name: "queue_windows");
        }
    }
}
