using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImmutableRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issued documents and the audit chain are append-only, also for anyone with SQL access.
            migrationBuilder.Sql("CREATE FUNCTION qyzmet_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER documents_documents_append_only BEFORE UPDATE OR DELETE ON documents_documents FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_documents_append_only ON documents_documents;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_append_only ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION qyzmet_refuse_change();");
        }
    }
}
