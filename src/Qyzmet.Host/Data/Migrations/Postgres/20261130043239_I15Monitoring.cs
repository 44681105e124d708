using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
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
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_deadline_notices", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "mon_quality_answers",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Process = table.Column<int>(type: "integer", nullable: false),
                    Information = table.Column<int>(type: "integer", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mon_quality_answers", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "mon_stages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DurationSeconds = table.Column<long>(type: "bigint", nullable: true),
                    NormAmount = table.Column<int>(type: "integer", nullable: true),
                    NormUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Overdue = table.Column<bool>(type: "boolean", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
