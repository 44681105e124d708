using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mon_deadline_notices",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_deadline_notices", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "mon_quality_answers",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Process = table.Column<int>(type: "INTEGER", nullable: false),
                    Information = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_quality_answers", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "mon_stages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    NormAmount = table.Column<int>(type: "INTEGER", nullable: true),
                    NormUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Overdue = table.Column<bool>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_stages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mon_quality_answers_SubmittedOn_ServiceId_UnitId",
                table: "mon_quality_answers",
                columns: new[] { "SubmittedOn", "ServiceId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_stages_ApplicationId_LeftAt",
                table: "mon_stages",
                columns: new[] { "ApplicationId", "LeftAt" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_stages_LeftAt_EscalatedAt_DueAt",
                table: "mon_stages",
                columns: new[] { "LeftAt", "EscalatedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_mon_stages_SubmittedOn_ServiceId_UnitId_Step",
                table: "mon_stages",
                columns: new[] { "SubmittedOn", "ServiceId", "UnitId", "Step" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mon_deadline_notices");

            migrationBuilder.DropTable(
                name: "mon_quality_answers");

            migrationBuilder.DropTable(
                name: "mon_stages");
        }
    }
}
