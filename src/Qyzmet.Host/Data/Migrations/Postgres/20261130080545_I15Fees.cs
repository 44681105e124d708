using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15Fees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cad_price_items");

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimAttachmentId",
                table: "payments_payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimDecidedAt",
                table: "payments_payments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimDecidedBy",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimGround",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimKind",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimProof",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimRejection",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimStatus",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimWaiveTrigger",
                table: "payments_payments",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payments_fee_prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PriceList = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameKk = table.Column<string>(type: "text", nullable: false),
                    NameRu = table.Column<string>(type: "text", nullable: false),
                    AreaAbove = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    AreaUpTo = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    Placeholder = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_fee_prices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_fee_prices_Code_EffectiveFrom",
                table: "payments_fee_prices",
                columns: new[] { "Code", "EffectiveFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_fee_prices");

            migrationBuilder.DropColumn(
                name: "ClaimAttachmentId",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimDecidedAt",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimDecidedBy",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimGround",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimKind",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimProof",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimRejection",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimStatus",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "ClaimWaiveTrigger",
                table: "payments_payments");

            migrationBuilder.CreateTable(
                name: "cad_price_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    NameKk = table.Column<string>(type: "text", nullable: false),
                    NameRu = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_price_items", x => x.Code);
                });
        }
    }
}
