using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class References : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "registry_legal_entities",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRegisteredOn",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Okpo",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteringBodyKk",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteringBodyRu",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Reregistered",
                table: "registry_legal_entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Rnn",
                table: "registry_legal_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "realestate_claims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", nullable: false),
                    KindKk = table.Column<string>(type: "TEXT", nullable: false),
                    KindRu = table.Column<string>(type: "TEXT", nullable: false),
                    ContentKk = table.Column<string>(type: "TEXT", nullable: false),
                    ContentRu = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", nullable: false),
                    BasisKk = table.Column<string>(type: "TEXT", nullable: false),
                    BasisRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realestate_encumbrances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentKk = table.Column<string>(type: "TEXT", nullable: false),
                    ContentRu = table.Column<string>(type: "TEXT", nullable: false),
                    InterestedParty = table.Column<string>(type: "TEXT", nullable: false),
                    InterestedPartyId = table.Column<string>(type: "TEXT", nullable: true),
                    Share = table.Column<string>(type: "TEXT", nullable: true),
                    BasisKk = table.Column<string>(type: "TEXT", nullable: false),
                    BasisRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndBasisKk = table.Column<string>(type: "TEXT", nullable: true),
                    EndBasisRu = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_encumbrances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realestate_objects",
                columns: table => new
                {
                    CadastralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    KindKk = table.Column<string>(type: "TEXT", nullable: false),
                    KindRu = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeKk = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeRu = table.Column<string>(type: "TEXT", nullable: false),
                    AddressKk = table.Column<string>(type: "TEXT", nullable: false),
                    AddressRu = table.Column<string>(type: "TEXT", nullable: false),
                    AddressCode = table.Column<string>(type: "TEXT", nullable: true),
                    Components = table.Column<int>(type: "INTEGER", nullable: true),
                    Storeys = table.Column<int>(type: "INTEGER", nullable: true),
                    Floor = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    UsefulArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    LandDivisible = table.Column<bool>(type: "INTEGER", nullable: true),
                    NoteKk = table.Column<string>(type: "TEXT", nullable: true),
                    NoteRu = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_objects", x => x.CadastralNumber);
                });

            migrationBuilder.CreateTable(
                name: "realestate_rights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", nullable: false),
                    OwnershipForm = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Share = table.Column<string>(type: "TEXT", nullable: true),
                    BasisKk = table.Column<string>(type: "TEXT", nullable: false),
                    BasisRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndBasisKk = table.Column<string>(type: "TEXT", nullable: true),
                    EndBasisRu = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_rights", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_realestate_claims_CadastralNumber",
                table: "realestate_claims",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_realestate_encumbrances_CadastralNumber",
                table: "realestate_encumbrances",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_realestate_rights_CadastralNumber",
                table: "realestate_rights",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_realestate_rights_HolderId_CadastralNumber",
                table: "realestate_rights",
                columns: new[] { "HolderId", "CadastralNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "realestate_claims");

            migrationBuilder.DropTable(
                name: "realestate_encumbrances");

            migrationBuilder.DropTable(
                name: "realestate_objects");

            migrationBuilder.DropTable(
                name: "realestate_rights");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "LastRegisteredOn",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "Okpo",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "RegisteringBodyKk",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "RegisteringBodyRu",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "RegistrationNumber",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "Reregistered",
                table: "registry_legal_entities");

            migrationBuilder.DropColumn(
                name: "Rnn",
                table: "registry_legal_entities");
        }
    }
}
