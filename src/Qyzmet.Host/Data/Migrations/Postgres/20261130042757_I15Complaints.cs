using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Addressee = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AddresseeUnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TermWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OverdueFlaggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    AnswerText = table.Column<string>(type: "text", nullable: true),
                    Remedy = table.Column<string>(type: "text", nullable: true),
                    AnswerDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalatedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_technical_protocols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SystemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ServiceIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_technical_protocols", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_AddresseeUnitId_Status_DueOn",
                table: "complaints_complaints",
                columns: new[] { "AddresseeUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_ApplicationId",
                table: "complaints_complaints",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_EscalatedFromId",
                table: "complaints_complaints",
                column: "EscalatedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_Number",
                table: "complaints_complaints",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_technical_protocols_Number",
                table: "complaints_technical_protocols",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_technical_protocols_UnitId_StartedAt",
                table: "complaints_technical_protocols",
                columns: new[] { "UnitId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints_complaints");

            migrationBuilder.DropTable(
                name: "complaints_technical_protocols");
        }
    }
}
