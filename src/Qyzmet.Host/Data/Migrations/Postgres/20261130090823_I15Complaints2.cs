using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "ConcernsUnitId",
                table: "complaints_complaints",
                type: "character varying(100)",
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
