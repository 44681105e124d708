using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Trust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trust_application_confirmations",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignerIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OtpChallengeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CanonicalSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_application_confirmations", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "trust_certificates",
                columns: table => new
                {
                    Serial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SubjectBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CommonName = table.Column<string>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotBefore = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotAfter = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_certificates", x => x.Serial);
                });

            migrationBuilder.CreateTable(
                name: "trust_otp_challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_otp_challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trust_person_access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_person_access_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trust_certificates_SubjectIin_Serial",
                table: "trust_certificates",
                columns: new[] { "SubjectIin", "Serial" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_otp_challenges_Phone_CreatedAt",
                table: "trust_otp_challenges",
                columns: new[] { "Phone", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_person_access_log_PersonIin_Id",
                table: "trust_person_access_log",
                columns: new[] { "PersonIin", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trust_application_confirmations");

            migrationBuilder.DropTable(
                name: "trust_certificates");

            migrationBuilder.DropTable(
                name: "trust_otp_challenges");

            migrationBuilder.DropTable(
                name: "trust_person_access_log");
        }
    }
}
