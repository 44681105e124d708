using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
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
            migrationBuilder.Sql("CREATE FUNCTION qyzmet_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME; END $$;");
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_append_only ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION qyzmet_refuse_change();");
        }
    }
}
