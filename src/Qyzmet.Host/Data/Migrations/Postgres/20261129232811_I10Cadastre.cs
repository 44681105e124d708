using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <summary>
    /// Withheld result documents (000.md para 6): a flag on the document and an append-only release record; the
    /// documents stay immutable. The release table refuses UPDATE and DELETE like the other append-only tables
    /// (qyzmet_refuse_change comes from the ImmutableRecords migration).
    /// </summary>
    public partial class I10Cadastre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Withheld",
                table: "documents_documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "documents_releases",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReleasedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_releases", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_documents_releases_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("CREATE TRIGGER documents_releases_append_only BEFORE UPDATE OR DELETE ON documents_releases FOR EACH ROW EXECUTE FUNCTION qyzmet_refuse_change();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_releases_append_only ON documents_releases;");
            migrationBuilder.DropTable(
                name: "documents_releases");

            migrationBuilder.DropColumn(
                name: "Withheld",
                table: "documents_documents");
        }
    }
}
