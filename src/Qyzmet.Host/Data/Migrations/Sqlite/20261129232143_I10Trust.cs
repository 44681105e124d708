using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I10Trust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Secret",
                table: "notifications_outbox",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            // Issue 10 item 6: one-time codes already kept in clear ("Qyzmet: 123456 — …") are redacted.
            migrationBuilder.Sql("UPDATE notifications_outbox SET \"Text\" = 'Qyzmet: ••••••' || substr(\"Text\", 15) " +
                "WHERE \"Channel\" = 'sms' AND \"Text\" LIKE 'Qyzmet: %';");

            migrationBuilder.CreateTable(
                name: "trust_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AuthMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trust_sessions_ExpiresAt",
                table: "trust_sessions",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trust_sessions");

            migrationBuilder.DropColumn(
                name: "Secret",
                table: "notifications_outbox");
        }
    }
}
