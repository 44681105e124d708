using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I16Indexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_payments_payments_PaidAt",
                table: "payments_payments",
                column: "PaidAt",
                filter: "\"ReceiptDocumentId\" IS NULL AND \"ReceiptNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_Undelivered",
                table: "notifications_outbox",
                column: "Id",
                filter: "\"DeliveredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_mon_stages_LeftAt_Final_ApplicationId",
                table: "mon_stages",
                columns: new[] { "LeftAt", "Final", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaints_Status_OverdueFlaggedAt_DueOn",
                table: "complaints_complaints",
                columns: new[] { "Status", "OverdueFlaggedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_Administrator",
                table: "cases_applications",
                columns: new[] { "SubmittedAt", "Id" },
                filter: "\"Version\" >= 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_payments_PaidAt",
                table: "payments_payments");

            migrationBuilder.DropIndex(
                name: "IX_notifications_outbox_Undelivered",
                table: "notifications_outbox");

            migrationBuilder.DropIndex(
                name: "IX_mon_stages_LeftAt_Final_ApplicationId",
                table: "mon_stages");

            migrationBuilder.DropIndex(
                name: "IX_complaints_complaints_Status_OverdueFlaggedAt_DueOn",
                table: "complaints_complaints");

            migrationBuilder.DropIndex(
                name: "IX_cases_applications_Administrator",
                table: "cases_applications");
        }
    }
}
