using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <summary>
    /// Withheld result documents (000.md para 6): a flag on the document and an append-only release record; the
    /// documents stay immutable. The release table refuses UPDATE and DELETE like the other append-only tables.
    /// </summary>
    public partial class I10Cadastre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Withheld",
                table: "documents_documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "documents_releases",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.Sql("CREATE TRIGGER documents_releases_no_update BEFORE UPDATE ON documents_releases BEGIN SELECT RAISE(ABORT, 'documents_releases rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER documents_releases_no_delete BEFORE DELETE ON documents_releases BEGIN SELECT RAISE(ABORT, 'documents_releases rows are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_releases_no_update;");
            migrationBuilder.Sql("DROP TRIGGER documents_releases_no_delete;");
            migrationBuilder.DropTable(
                name: "documents_releases");

            migrationBuilder.DropColumn(
                name: "Withheld",
                table: "documents_documents");
        }
    }
}
