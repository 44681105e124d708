using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <summary>
    /// Append-only tables, enforced by the database also for anyone with SQL access: issued documents, the audit
    /// chain, the inventory files of the real-estate cadastre (000.md App. 8, para 7 step 9), the log of who
    /// viewed a person's data, and the evidence of how each application was signed or confirmed.
    /// </summary>
    public partial class ImmutableRecords : Migration
    {
        private static readonly string[] Tables =
        [
            "documents_documents", "audit_entries", "cad_inventory_entries", "trust_person_access_log", "trust_application_confirmations",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_no_update;");
                migrationBuilder.Sql($"DROP TRIGGER {table}_no_delete;");
            }
        }
    }
}
