using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15Payments2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "payments_fee_prices",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // D-717: the accelerated-issue surcharges move from the population module's rates to the kernel's price list,
            // read through FeeRuleService. Fixed-amount rows are moved as they are (loaded or placeholder); the module no
            // longer reads surcharge rows of pop_duty_rates.
            migrationBuilder.Sql("INSERT INTO payments_fee_prices (\"PriceList\", \"Code\", \"NameKk\", \"NameRu\", \"EffectiveFrom\", \"AmountTiyn\", \"Placeholder\", \"CreatedAt\", \"Source\") " +
                "SELECT 'mvd-accelerated-issue-tariffs', 'population.' || \"Item\", " +
                "'Жеделдетіп ресімдеу үшін қосымша ақы (' || substr(\"Item\", 13) || ' жұмыс күні; мемлекеттік баж емес, ІІМ баға тізбесі)', " +
                "'Доплата за ускоренное оформление (' || substr(\"Item\", 13) || ' рабочих дней; не госпошлина, прейскурант МВД)', " +
                "\"EffectiveFrom\", \"AmountTiyn\", \"Placeholder\", '2026-11-30 00:00:00', \"Source\" " +
                "FROM pop_duty_rates WHERE \"Item\" LIKE 'accelerated-%' AND \"AmountTiyn\" IS NOT NULL;");
            migrationBuilder.Sql("DELETE FROM pop_duty_rates WHERE \"Item\" LIKE 'accelerated-%' AND \"AmountTiyn\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Source",
                table: "payments_fee_prices");
        }
    }
}
