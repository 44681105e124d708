using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I16Perf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "cases_seq_application");

            migrationBuilder.CreateSequence(
                name: "cases_seq_civil_act_marriage");

            migrationBuilder.CreateSequence(
                name: "cases_seq_document");

            migrationBuilder.CreateSequence(
                name: "cases_seq_receipt");

            migrationBuilder.CreateTable(
                name: "audit_pending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "text", nullable: false),
                    ActorRole = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_pending", x => x.Id);
                });

            // ADR 0019: each sequence continues from the counter it replaces, so no number is issued twice.
            foreach (var (counter, sequence) in new[]
            {
                ("application", "cases_seq_application"), ("document", "cases_seq_document"),
                ("receipt", "cases_seq_receipt"), ("civil-act.marriage", "cases_seq_civil_act_marriage"),
            })
            {
                migrationBuilder.Sql(
                    $"SELECT setval('{sequence}', COALESCE((SELECT \"Value\" FROM cases_counters WHERE \"Name\" = '{counter}'), 0) + 1, false);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_pending");

            migrationBuilder.DropSequence(
                name: "cases_seq_application");

            migrationBuilder.DropSequence(
                name: "cases_seq_civil_act_marriage");

            migrationBuilder.DropSequence(
                name: "cases_seq_document");

            migrationBuilder.DropSequence(
                name: "cases_seq_receipt");
        }
    }
}
