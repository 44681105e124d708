using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <summary>
    /// ADR 0029: a document's PDF goes to the document store; the column stays for documents issued before, until
    /// <c>documents migrate-to-store</c> clears it. The append-only trigger of documents_documents allows that one change
    /// and nothing else: the PDF set to NULL with every other column unchanged.
    /// </summary>
    public partial class I16Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION documents_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD."Pdf" IS NOT NULL AND NEW."Pdf" IS NULL
                        AND (to_jsonb(NEW) - 'Pdf') = (to_jsonb(OLD) - 'Pdf') THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
                END $$;
                """);
            migrationBuilder.Sql("DROP TRIGGER documents_documents_append_only ON documents_documents;");
            migrationBuilder.Sql("CREATE TRIGGER documents_documents_append_only BEFORE UPDATE OR DELETE ON documents_documents FOR EACH ROW EXECUTE FUNCTION documents_refuse_change();");
            migrationBuilder.AlterColumn<byte[]>(
                name: "Pdf",
                table: "documents_documents",
                type: "bytea",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_documents_append_only ON documents_documents;");
            migrationBuilder.Sql("CREATE TRIGGER documents_documents_append_only BEFORE UPDATE OR DELETE ON documents_documents FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
            migrationBuilder.Sql("DROP FUNCTION documents_refuse_change();");
            migrationBuilder.AlterColumn<byte[]>(
                name: "Pdf",
                table: "documents_documents",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);
        }
    }
}
