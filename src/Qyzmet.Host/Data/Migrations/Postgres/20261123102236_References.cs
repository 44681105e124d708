using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Postgres
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
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRegisteredOn",
                table: "registry_legal_entities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Okpo",
                table: "registry_legal_entities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteringBodyKk",
                table: "registry_legal_entities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteringBodyRu",
                table: "registry_legal_entities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "registry_legal_entities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Reregistered",
                table: "registry_legal_entities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Rnn",
                table: "registry_legal_entities",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "realestate_claims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "text", nullable: false),
                    KindKk = table.Column<string>(type: "text", nullable: false),
                    KindRu = table.Column<string>(type: "text", nullable: false),
                    ContentKk = table.Column<string>(type: "text", nullable: false),
                    ContentRu = table.Column<string>(type: "text", nullable: false),
                    Applicant = table.Column<string>(type: "text", nullable: false),
                    BasisKk = table.Column<string>(type: "text", nullable: false),
                    BasisRu = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realestate_encumbrances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentKk = table.Column<string>(type: "text", nullable: false),
                    ContentRu = table.Column<string>(type: "text", nullable: false),
                    InterestedParty = table.Column<string>(type: "text", nullable: false),
                    InterestedPartyId = table.Column<string>(type: "text", nullable: true),
                    Share = table.Column<string>(type: "text", nullable: true),
                    BasisKk = table.Column<string>(type: "text", nullable: false),
                    BasisRu = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndBasisKk = table.Column<string>(type: "text", nullable: true),
                    EndBasisRu = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_encumbrances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realestate_objects",
                columns: table => new
                {
                    CadastralNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false),
                    KindKk = table.Column<string>(type: "text", nullable: false),
                    KindRu = table.Column<string>(type: "text", nullable: false),
                    PurposeKk = table.Column<string>(type: "text", nullable: false),
                    PurposeRu = table.Column<string>(type: "text", nullable: false),
                    AddressKk = table.Column<string>(type: "text", nullable: false),
                    AddressRu = table.Column<string>(type: "text", nullable: false),
                    AddressCode = table.Column<string>(type: "text", nullable: true),
                    Components = table.Column<int>(type: "integer", nullable: true),
                    Storeys = table.Column<int>(type: "integer", nullable: true),
                    Floor = table.Column<int>(type: "integer", nullable: true),
                    TotalArea = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    UsefulArea = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    LandDivisible = table.Column<bool>(type: "boolean", nullable: true),
                    NoteKk = table.Column<string>(type: "text", nullable: true),
                    NoteRu = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realestate_objects", x => x.CadastralNumber);
                });

            migrationBuilder.CreateTable(
                name: "realestate_rights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadastralNumber = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderId = table.Column<string>(type: "text", nullable: false),
                    HolderName = table.Column<string>(type: "text", nullable: false),
                    OwnershipForm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Share = table.Column<string>(type: "text", nullable: true),
                    BasisKk = table.Column<string>(type: "text", nullable: false),
                    BasisRu = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndBasisKk = table.Column<string>(type: "text", nullable: true),
                    EndBasisRu = table.Column<string>(type: "text", nullable: true)
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
