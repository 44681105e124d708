using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0029, after <see cref="I16Scale"/> (whose column change rebuilt documents_documents and so dropped its
    /// triggers): the table is append-only again, except the one change <c>documents migrate-to-store</c> makes, the PDF
    /// set to NULL with every other column unchanged. No model change (hence no designer file).
    /// </summary>
    [DbContext(typeof(SqliteQyzmetDbContext))]
    [Migration("20261130073618_I16ScaleTriggers")]
    public partial class I16ScaleTriggers : Migration
    {
        private const string OnlyPdfCleared =
            "OLD.Pdf IS NOT NULL AND NEW.Pdf IS NULL AND NEW.Id IS OLD.Id AND NEW.ApplicationId IS OLD.ApplicationId AND NEW.Kind IS OLD.Kind"
            + " AND NEW.Number IS OLD.Number AND NEW.TitleKk IS OLD.TitleKk AND NEW.TitleRu IS OLD.TitleRu AND NEW.OwnerId IS OLD.OwnerId"
            + " AND NEW.StatementJson IS OLD.StatementJson AND NEW.Sha256 IS OLD.Sha256 AND NEW.Signature IS OLD.Signature"
            + " AND NEW.SignerSubject IS OLD.SignerSubject AND NEW.SignerIin IS OLD.SignerIin AND NEW.SignerUnitId IS OLD.SignerUnitId"
            + " AND NEW.IssuedAt IS OLD.IssuedAt AND NEW.IsDuplicate IS OLD.IsDuplicate AND NEW.Withheld IS OLD.Withheld";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"CREATE TRIGGER documents_documents_no_update BEFORE UPDATE ON documents_documents WHEN NOT ({OnlyPdfCleared}) {I16Scale.Refuse}");
            migrationBuilder.Sql($"CREATE TRIGGER documents_documents_no_delete BEFORE DELETE ON documents_documents {I16Scale.Refuse}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_update;");
            migrationBuilder.Sql("DROP TRIGGER documents_documents_no_delete;");
        }
    }
}
