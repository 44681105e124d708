using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0029: a document's PDF goes to the document store; the column stays for documents issued before, until
    /// <c>documents migrate-to-store</c> clears it. The append-only trigger allows that one change and nothing else:
    /// the PDF set to NULL with every other column unchanged. (The column change rebuilds the table, which drops its
    /// triggers: both are created again by <see cref="I16ScaleTriggers"/>, as EF runs SQL before a pending rebuild.)
    /// </summary>
    public partial class I16Scale : Migration
    {
        internal const string Refuse = "BEGIN SELECT RAISE(ABORT, 'documents_documents rows are append-only'); END;";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_update;");
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_delete;");
            migrationBuilder.AlterColumn<byte[]>(
                name: "Pdf",
                table: "documents_documents",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rebuild drops what triggers remain (I16ScaleTriggers.Down already dropped them); they are not created
            // again here, as EF would run that SQL before the rebuild: re-run ImmutableRecords' SQL by hand after going down.
            migrationBuilder.AlterColumn<byte[]>(
                name: "Pdf",
                table: "documents_documents",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);
        }
    }
}
