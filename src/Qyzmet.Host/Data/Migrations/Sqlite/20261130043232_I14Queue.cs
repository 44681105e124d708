using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: true),
                    ActiveDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_centre_services",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_centre_services", x => new { x.CentreId, x.ServiceId });
                });

            migrationBuilder.CreateTable(
                name: "queue_centres",
                columns: table => new
                {
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekdayOpens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WeekdayCloses = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SaturdayOpens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SaturdayCloses = table.Column<TimeOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_centres", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "queue_home_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperatorIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_home_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Booked = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WaitFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WindowNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    OperatorIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CalledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ServiceStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Recalls = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queue_windows",
                columns: table => new
                {
                    CentreId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OperatorIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
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
