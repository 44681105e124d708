using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImmutableRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issued documents and the audit chain are append-only, also for anyone with SQL access.
            migrationBuilder.Sql("CREATE TRIGGER documents_documents_no_update BEFORE UPDATE ON documents_documents BEGIN SELECT RAISE(ABORT, 'documents_documents rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER documents_documents_no_delete BEFORE DELETE ON documents_documents BEGIN SELECT RAISE(ABORT, 'documents_documents rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries rows are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_update;");
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_delete;");
        }
    }
}
