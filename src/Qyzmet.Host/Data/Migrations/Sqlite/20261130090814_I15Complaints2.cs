using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15Complaints2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ApplicationId",
                table: "complaints_complaints",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ConcernsUnitId",
                table: "complaints_complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcernsUnitId",
                table: "complaints_complaints");

            migrationBuilder.AlterColumn<Guid>(
                name: "ApplicationId",
                table: "complaints_complaints",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
