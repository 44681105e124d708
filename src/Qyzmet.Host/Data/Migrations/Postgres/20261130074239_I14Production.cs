using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I14Production : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Placeholder",
                table: "pop_duty_rates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // D-630: the demo surcharges seeded before this column are the placeholders they were marked as in their source.
            migrationBuilder.Sql("UPDATE pop_duty_rates SET \"Placeholder\" = TRUE WHERE \"Source\" = 'demo price list (placeholder)'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Placeholder",
                table: "pop_duty_rates");
        }
    }
}
