using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15MonitoringAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mon_daily_dues",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_daily_dues", x => new { x.Day, x.ServiceId, x.UnitId, x.Step, x.Kind, x.DueOn });
                });

            migrationBuilder.CreateTable(
                name: "mon_daily_durations",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Bucket = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    MinSeconds = table.Column<long>(type: "bigint", nullable: false),
                    MaxSeconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_daily_durations", x => new { x.Day, x.ServiceId, x.UnitId, x.Step, x.Bucket });
                });

            migrationBuilder.CreateTable(
                name: "mon_daily_quality",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Answers = table.Column<int>(type: "integer", nullable: false),
                    Process1 = table.Column<int>(type: "integer", nullable: false),
                    Process2 = table.Column<int>(type: "integer", nullable: false),
                    Process3 = table.Column<int>(type: "integer", nullable: false),
                    Information1 = table.Column<int>(type: "integer", nullable: false),
                    Information2 = table.Column<int>(type: "integer", nullable: false),
                    Information3 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_daily_quality", x => new { x.Day, x.ServiceId, x.UnitId });
                });

            migrationBuilder.CreateTable(
                name: "mon_daily_steps",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    Stages = table.Column<int>(type: "integer", nullable: false),
                    Current = table.Column<int>(type: "integer", nullable: false),
                    CurrentOverdue = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<int>(type: "integer", nullable: false),
                    PassedOnTime = table.Column<int>(type: "integer", nullable: false),
                    PassedOverdue = table.Column<int>(type: "integer", nullable: false),
                    Escalated = table.Column<int>(type: "integer", nullable: false),
                    DurationSeconds = table.Column<long>(type: "bigint", nullable: false),
                    NormAmount = table.Column<int>(type: "integer", nullable: true),
                    NormUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_daily_steps", x => new { x.Day, x.ServiceId, x.UnitId, x.Step });
                });

            migrationBuilder.CreateTable(
                name: "mon_watermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    EscalationsFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnswersFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RunAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_watermarks", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mon_stages_EscalatedAt",
                table: "mon_stages",
                column: "EscalatedAt",
                filter: "\"EscalatedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_mon_quality_answers_AnsweredAt",
                table: "mon_quality_answers",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_dues_ServiceId_Day",
                table: "mon_daily_dues",
                columns: new[] { "ServiceId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_dues_UnitId_Day",
                table: "mon_daily_dues",
                columns: new[] { "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_durations_ServiceId_Day",
                table: "mon_daily_durations",
                columns: new[] { "ServiceId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_durations_UnitId_Day",
                table: "mon_daily_durations",
                columns: new[] { "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_quality_ServiceId_Day",
                table: "mon_daily_quality",
                columns: new[] { "ServiceId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_quality_UnitId_Day",
                table: "mon_daily_quality",
                columns: new[] { "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_steps_ServiceId_Day",
                table: "mon_daily_steps",
                columns: new[] { "ServiceId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_daily_steps_UnitId_Day",
                table: "mon_daily_steps",
                columns: new[] { "UnitId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mon_daily_dues");

            migrationBuilder.DropTable(
                name: "mon_daily_durations");

            migrationBuilder.DropTable(
                name: "mon_daily_quality");

            migrationBuilder.DropTable(
                name: "mon_daily_steps");

            migrationBuilder.DropTable(
                name: "mon_watermarks");

            migrationBuilder.DropIndex(
                name: "IX_mon_stages_EscalatedAt",
                table: "mon_stages");

            migrationBuilder.DropIndex(
                name: "IX_mon_quality_answers_AnsweredAt",
                table: "mon_quality_answers");
        }
    }
}
