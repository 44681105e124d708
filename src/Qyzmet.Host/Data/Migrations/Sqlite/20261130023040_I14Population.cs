using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14Population : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pop_addresses",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    RegionKk = table.Column<string>(type: "TEXT", nullable: false),
                    RegionRu = table.Column<string>(type: "TEXT", nullable: false),
                    DistrictKk = table.Column<string>(type: "TEXT", nullable: true),
                    DistrictRu = table.Column<string>(type: "TEXT", nullable: true),
                    SettlementKk = table.Column<string>(type: "TEXT", nullable: false),
                    SettlementRu = table.Column<string>(type: "TEXT", nullable: false),
                    StreetKk = table.Column<string>(type: "TEXT", nullable: false),
                    StreetRu = table.Column<string>(type: "TEXT", nullable: false),
                    Building = table.Column<string>(type: "TEXT", nullable: false),
                    Apartment = table.Column<string>(type: "TEXT", nullable: true),
                    CadastralNumber = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pop_addresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pop_chip_address_writes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RegistrationId = table.Column<long>(type: "INTEGER", nullable: false),
                    AddressId = table.Column<string>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WrittenBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pop_chip_address_writes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pop_duty_rates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Item = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MciShare = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pop_duty_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pop_owner_consent_requests",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pop_owner_consent_requests", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "pop_residence_registrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AddressId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", nullable: true),
                    EndedByApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pop_residence_registrations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pop_addresses_CadastralNumber",
                table: "pop_addresses",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pop_addresses_RegionCode_StreetRu",
                table: "pop_addresses",
                columns: new[] { "RegionCode", "StreetRu" });

            migrationBuilder.CreateIndex(
                name: "IX_pop_chip_address_writes_Iin_WrittenAt",
                table: "pop_chip_address_writes",
                columns: new[] { "Iin", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pop_duty_rates_Item_EffectiveFrom",
                table: "pop_duty_rates",
                columns: new[] { "Item", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pop_owner_consent_requests_OwnerIin_RequestedAt",
                table: "pop_owner_consent_requests",
                columns: new[] { "OwnerIin", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pop_residence_registrations_AddressId",
                table: "pop_residence_registrations",
                column: "AddressId");

            migrationBuilder.CreateIndex(
                name: "IX_pop_residence_registrations_ApplicationId",
                table: "pop_residence_registrations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_pop_residence_registrations_Iin_Kind_EndedOn",
                table: "pop_residence_registrations",
                columns: new[] { "Iin", "Kind", "EndedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pop_addresses");

            migrationBuilder.DropTable(
                name: "pop_chip_address_writes");

            migrationBuilder.DropTable(
                name: "pop_duty_rates");

            migrationBuilder.DropTable(
                name: "pop_owner_consent_requests");

            migrationBuilder.DropTable(
                name: "pop_residence_registrations");
        }
    }
}
