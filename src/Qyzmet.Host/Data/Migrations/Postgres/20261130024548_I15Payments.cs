using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BudgetCode",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaidVia",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReceiptDocumentId",
                table: "payments_payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientBin",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientName",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payments_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GatewayPaymentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Finished = table.Column<bool>(type: "boolean", nullable: false),
                    FailureCode = table.Column<string>(type: "text", nullable: true),
                    FailureMessage = table.Column<string>(type: "text", nullable: true),
                    NextUrl = table.Column<string>(type: "text", nullable: false),
                    StartedBy = table.Column<string>(type: "text", nullable: false),
                    StartedByRole = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    GatewayEventId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Signature = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_reconciliations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    RunAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Matched = table.Column<int>(type: "integer", nullable: false),
                    Mismatches = table.Column<int>(type: "integer", nullable: false),
                    DetailsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_reconciliations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    GatewayRefundId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_refunds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_attempts_GatewayPaymentId",
                table: "payments_attempts",
                column: "GatewayPaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_attempts_PaymentId",
                table: "payments_attempts",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_events_AttemptId",
                table: "payments_events",
                column: "AttemptId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_events_GatewayEventId",
                table: "payments_events",
                column: "GatewayEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_reconciliations_Day",
                table: "payments_reconciliations",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_payments_refunds_AttemptId",
                table: "payments_refunds",
                column: "AttemptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_refunds_PaymentId",
                table: "payments_refunds",
                column: "PaymentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_attempts");

            migrationBuilder.DropTable(
                name: "payments_events");

            migrationBuilder.DropTable(
                name: "payments_reconciliations");

            migrationBuilder.DropTable(
                name: "payments_refunds");

            migrationBuilder.DropColumn(
                name: "BudgetCode",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "PaidVia",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ReceiptDocumentId",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "RecipientBin",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "RecipientName",
                table: "payments_payments");
        }
    }
}
