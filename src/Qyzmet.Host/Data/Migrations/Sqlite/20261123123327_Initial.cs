using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qyzmet.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_chain_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_chain_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "cad_inventory_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    SupersedesId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Drawing = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DrawingType = table.Column<string>(type: "TEXT", nullable: true),
                    FiledBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_inventory_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_objects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LandPlotNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Settlement = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuildingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PremisesNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PurposeKk = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeRu = table.Column<string>(type: "TEXT", nullable: false),
                    TotalArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    LivingArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    BuiltUpArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FloorsAbove = table.Column<int>(type: "INTEGER", nullable: false),
                    FloorsBelow = table.Column<int>(type: "INTEGER", nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: true),
                    RoomCount = table.Column<int>(type: "INTEGER", nullable: false),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true),
                    WallMaterial = table.Column<string>(type: "TEXT", nullable: true),
                    CeilingHeight = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    LandPlotArea = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Utilities = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_objects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_price_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_price_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "cad_renaming_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Settlement = table.Column<string>(type: "TEXT", nullable: true),
                    Street = table.Column<string>(type: "TEXT", nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", nullable: false),
                    NewValue = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_renaming_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cad_term_extensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_term_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_overrides",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_overrides", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "cases_application_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_application_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    FormJson = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: true),
                    ResultDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutcomeReasonJson = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "cases_hearings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", nullable: false),
                    NoticeSentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HearingAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ObjectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Objection = table.Column<string>(type: "TEXT", nullable: true),
                    ObjectionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_hearings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_timers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", nullable: true),
                    CanceledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "civil_acts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    ActNumber = table.Column<string>(type: "TEXT", nullable: false),
                    ActDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficeKk = table.Column<string>(type: "TEXT", nullable: false),
                    OfficeRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectIin = table.Column<string>(type: "TEXT", nullable: true),
                    SubjectName = table.Column<string>(type: "TEXT", nullable: true),
                    SubjectBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FatherName = table.Column<string>(type: "TEXT", nullable: true),
                    MotherName = table.Column<string>(type: "TEXT", nullable: true),
                    FatherIin = table.Column<string>(type: "TEXT", nullable: true),
                    MotherIin = table.Column<string>(type: "TEXT", nullable: true),
                    BirthPlaceKk = table.Column<string>(type: "TEXT", nullable: true),
                    BirthPlaceRu = table.Column<string>(type: "TEXT", nullable: true),
                    HusbandIin = table.Column<string>(type: "TEXT", nullable: true),
                    HusbandName = table.Column<string>(type: "TEXT", nullable: true),
                    HusbandBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WifeIin = table.Column<string>(type: "TEXT", nullable: true),
                    WifeName = table.Column<string>(type: "TEXT", nullable: true),
                    WifeBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HusbandSurnameAfter = table.Column<string>(type: "TEXT", nullable: true),
                    WifeSurnameAfter = table.Column<string>(type: "TEXT", nullable: true),
                    MarriageDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdoptiveFatherIin = table.Column<string>(type: "TEXT", nullable: true),
                    AdoptiveFatherName = table.Column<string>(type: "TEXT", nullable: true),
                    AdoptiveMotherIin = table.Column<string>(type: "TEXT", nullable: true),
                    AdoptiveMotherName = table.Column<string>(type: "TEXT", nullable: true),
                    SubjectNameAfter = table.Column<string>(type: "TEXT", nullable: true),
                    LastNameBefore = table.Column<string>(type: "TEXT", nullable: true),
                    FirstNameBefore = table.Column<string>(type: "TEXT", nullable: true),
                    PatronymicBefore = table.Column<string>(type: "TEXT", nullable: true),
                    LastNameAfter = table.Column<string>(type: "TEXT", nullable: true),
                    FirstNameAfter = table.Column<string>(type: "TEXT", nullable: true),
                    PatronymicAfter = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_civil_acts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "civil_marriage_bookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeUnitId = table.Column<string>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_civil_marriage_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "civil_marriage_consent_requests",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_civil_marriage_consent_requests", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "documents_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    TitleKk = table.Column<string>(type: "TEXT", nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    StatementJson = table.Column<string>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignerSubject = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDuplicate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_provider_units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_provider_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_staff",
                columns: table => new
                {
                    Iin = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_staff", x => x.Iin);
                });

            migrationBuilder.CreateTable(
                name: "land_plots",
                columns: table => new
                {
                    CadastralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    AddressKk = table.Column<string>(type: "TEXT", nullable: false),
                    AddressRu = table.Column<string>(type: "TEXT", nullable: false),
                    AreaSquareMetres = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryKk = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryRu = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeKk = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeRu = table.Column<string>(type: "TEXT", nullable: false),
                    RightKindKk = table.Column<string>(type: "TEXT", nullable: false),
                    RightKindRu = table.Column<string>(type: "TEXT", nullable: false),
                    Divisible = table.Column<bool>(type: "INTEGER", nullable: false),
                    RestrictionsKk = table.Column<string>(type: "TEXT", nullable: true),
                    RestrictionsRu = table.Column<string>(type: "TEXT", nullable: true),
                    IdentificationDocumentStatus = table.Column<string>(type: "TEXT", nullable: true),
                    IdentificationOrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdentificationPreparedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdentificationDocumentNumber = table.Column<string>(type: "TEXT", nullable: true),
                    IdentificationPreparedBy = table.Column<string>(type: "TEXT", nullable: true),
                    FirstTitleKindKk = table.Column<string>(type: "TEXT", nullable: true),
                    FirstTitleKindRu = table.Column<string>(type: "TEXT", nullable: true),
                    FirstTitleNumber = table.Column<string>(type: "TEXT", nullable: true),
                    FirstTitleDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstTitleIssuerKk = table.Column<string>(type: "TEXT", nullable: true),
                    FirstTitleIssuerRu = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_plots", x => x.CadastralNumber);
                });

            migrationBuilder.CreateTable(
                name: "notifications_delivery_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_delivery_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_inbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectKk = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectRu = table.Column<string>(type: "TEXT", nullable: false),
                    BodyKk = table.Column<string>(type: "TEXT", nullable: false),
                    BodyRu = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_mci_rates",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tiyn = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_mci_rates", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "payments_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceiptNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PayerId = table.Column<string>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_payments", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "registry_legal_entities",
                columns: table => new
                {
                    Bin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeadIin = table.Column<string>(type: "TEXT", nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityName = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    ParentBin = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegisteringBodyKk = table.Column<string>(type: "TEXT", nullable: true),
                    RegisteringBodyRu = table.Column<string>(type: "TEXT", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", nullable: true),
                    LastRegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reregistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rnn = table.Column<string>(type: "TEXT", nullable: true),
                    Okpo = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_legal_entities", x => x.Bin);
                });

            migrationBuilder.CreateTable(
                name: "registry_people",
                columns: table => new
                {
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", nullable: false),
                    Patronymic = table.Column<string>(type: "TEXT", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", nullable: false),
                    BirthPlaceKk = table.Column<string>(type: "TEXT", nullable: true),
                    BirthPlaceRu = table.Column<string>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    MobilePhone = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_people", x => x.Iin);
                });

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

            migrationBuilder.CreateTable(
                name: "trust_powers_of_attorney",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RepresentativeIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_powers_of_attorney", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trust_used_nonces",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_used_nonces", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "cad_object_holders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_object_holders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cad_object_holders_cad_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "cad_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cad_service_structures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    Letter = table.Column<string>(type: "TEXT", nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", nullable: false),
                    WallMaterial = table.Column<string>(type: "TEXT", nullable: true),
                    Area = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Height = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cad_service_structures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cad_service_structures_cad_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "cad_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "land_plot_holders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadastralNumber = table.Column<string>(type: "TEXT", nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_plot_holders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_land_plot_holders_land_plots_CadastralNumber",
                        column: x => x.CadastralNumber,
                        principalTable: "land_plots",
                        principalColumn: "CadastralNumber",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_legal_entity_founders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Bin = table.Column<string>(type: "TEXT", nullable: false),
                    FounderId = table.Column<string>(type: "TEXT", nullable: false),
                    FounderName = table.Column<string>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_legal_entity_founders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_legal_entity_founders_registry_legal_entities_Bin",
                        column: x => x.Bin,
                        principalTable: "registry_legal_entities",
                        principalColumn: "Bin",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_identity_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iin = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_identity_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_identity_documents_registry_people_Iin",
                        column: x => x.Iin,
                        principalTable: "registry_people",
                        principalColumn: "Iin",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "audit_chain_head",
                columns: new[] { "Id", "Hash", "Sequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Subject_Sequence",
                table: "audit_entries",
                columns: new[] { "Subject", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_ApplicationId_Kind",
                table: "cad_inventory_entries",
                columns: new[] { "ApplicationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_ObjectId_Id",
                table: "cad_inventory_entries",
                columns: new[] { "ObjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_inventory_entries_SupersedesId",
                table: "cad_inventory_entries",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_object_holders_HolderId_ObjectId",
                table: "cad_object_holders",
                columns: new[] { "HolderId", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_object_holders_ObjectId",
                table: "cad_object_holders",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_CadastralNumber",
                table: "cad_objects",
                column: "CadastralNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_LandPlotNumber_Id",
                table: "cad_objects",
                columns: new[] { "LandPlotNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_ParentNumber_Id",
                table: "cad_objects",
                columns: new[] { "ParentNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_Settlement_Id",
                table: "cad_objects",
                columns: new[] { "Settlement", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_objects_Settlement_Street_BuildingNumber_Id",
                table: "cad_objects",
                columns: new[] { "Settlement", "Street", "BuildingNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cad_renaming_decisions_CompletedAt",
                table: "cad_renaming_decisions",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cad_service_structures_ObjectId",
                table: "cad_service_structures",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_cad_term_extensions_ApplicationId_Id",
                table: "cad_term_extensions",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_application_events_ApplicationId_Id",
                table: "cases_application_events",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_ApplicantId_SubmittedAt_Id",
                table: "cases_applications",
                columns: new[] { "ApplicantId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_Number",
                table: "cases_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_SubmittedBy_IdempotencyKey",
                table: "cases_applications",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_SubmittedBy_SubmittedAt_Id",
                table: "cases_applications",
                columns: new[] { "SubmittedBy", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_UnitId_Status",
                table: "cases_applications",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_UnitId_SubmittedAt_Id",
                table: "cases_applications",
                columns: new[] { "UnitId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_attachments_ApplicationId",
                table: "cases_attachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_hearings_ApplicationId_Id",
                table: "cases_hearings",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_timers_ApplicationId",
                table: "cases_timers",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_timers_FiredAt_DueAt",
                table: "cases_timers",
                columns: new[] { "FiredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_ActDate",
                table: "civil_acts",
                column: "ActDate");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_ActNumber",
                table: "civil_acts",
                column: "ActNumber");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_AdoptiveFatherIin",
                table: "civil_acts",
                column: "AdoptiveFatherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_AdoptiveMotherIin",
                table: "civil_acts",
                column: "AdoptiveMotherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_FatherIin",
                table: "civil_acts",
                column: "FatherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_HusbandIin_Kind",
                table: "civil_acts",
                columns: new[] { "HusbandIin", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_HusbandName",
                table: "civil_acts",
                column: "HusbandName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_Kind_ActNumber",
                table: "civil_acts",
                columns: new[] { "Kind", "ActNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_MotherIin",
                table: "civil_acts",
                column: "MotherIin");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_SubjectIin_Kind",
                table: "civil_acts",
                columns: new[] { "SubjectIin", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_SubjectName",
                table: "civil_acts",
                column: "SubjectName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_WifeIin_Kind",
                table: "civil_acts",
                columns: new[] { "WifeIin", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_civil_acts_WifeName",
                table: "civil_acts",
                column: "WifeName");

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_bookings_ApplicationId",
                table: "civil_marriage_bookings",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_bookings_OfficeUnitId_SlotStart",
                table: "civil_marriage_bookings",
                columns: new[] { "OfficeUnitId", "SlotStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_civil_marriage_consent_requests_OtherIin_RequestedAt",
                table: "civil_marriage_consent_requests",
                columns: new[] { "OtherIin", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_ApplicationId",
                table: "documents_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_Number",
                table: "documents_documents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_OwnerId_IssuedAt",
                table: "documents_documents",
                columns: new[] { "OwnerId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_staff_UnitId",
                table: "identity_staff",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_land_plot_holders_CadastralNumber",
                table: "land_plot_holders",
                column: "CadastralNumber");

            migrationBuilder.CreateIndex(
                name: "IX_land_plot_holders_HolderId_CadastralNumber",
                table: "land_plot_holders",
                columns: new[] { "HolderId", "CadastralNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_delivery_log_OutboxMessageId",
                table: "notifications_delivery_log",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_inbox_RecipientId_Id",
                table: "notifications_inbox",
                columns: new[] { "RecipientId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_DeliveredAt_Id",
                table: "notifications_outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_payments_ApplicationId",
                table: "payments_payments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_payments_ReceiptNumber",
                table: "payments_payments",
                column: "ReceiptNumber",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_registry_identity_documents_Iin",
                table: "registry_identity_documents",
                column: "Iin");

            migrationBuilder.CreateIndex(
                name: "IX_registry_identity_documents_Kind_Number",
                table: "registry_identity_documents",
                columns: new[] { "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_legal_entities_HeadIin",
                table: "registry_legal_entities",
                column: "HeadIin");

            migrationBuilder.CreateIndex(
                name: "IX_registry_legal_entities_ParentBin",
                table: "registry_legal_entities",
                column: "ParentBin");

            migrationBuilder.CreateIndex(
                name: "IX_registry_legal_entity_founders_Bin",
                table: "registry_legal_entity_founders",
                column: "Bin");

            migrationBuilder.CreateIndex(
                name: "IX_registry_legal_entity_founders_FounderId",
                table: "registry_legal_entity_founders",
                column: "FounderId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_people_LastName_FirstName",
                table: "registry_people",
                columns: new[] { "LastName", "FirstName" });

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

            migrationBuilder.CreateIndex(
                name: "IX_trust_powers_of_attorney_Bin_Id",
                table: "trust_powers_of_attorney",
                columns: new[] { "Bin", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_powers_of_attorney_RepresentativeIin_Bin",
                table: "trust_powers_of_attorney",
                columns: new[] { "RepresentativeIin", "Bin" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_used_nonces_ExpiresAt",
                table: "trust_used_nonces",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_chain_head");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "cad_inventory_entries");

            migrationBuilder.DropTable(
                name: "cad_object_holders");

            migrationBuilder.DropTable(
                name: "cad_price_items");

            migrationBuilder.DropTable(
                name: "cad_renaming_decisions");

            migrationBuilder.DropTable(
                name: "cad_service_structures");

            migrationBuilder.DropTable(
                name: "cad_term_extensions");

            migrationBuilder.DropTable(
                name: "calendar_overrides");

            migrationBuilder.DropTable(
                name: "cases_application_events");

            migrationBuilder.DropTable(
                name: "cases_applications");

            migrationBuilder.DropTable(
                name: "cases_attachments");

            migrationBuilder.DropTable(
                name: "cases_counters");

            migrationBuilder.DropTable(
                name: "cases_hearings");

            migrationBuilder.DropTable(
                name: "cases_timers");

            migrationBuilder.DropTable(
                name: "civil_acts");

            migrationBuilder.DropTable(
                name: "civil_marriage_bookings");

            migrationBuilder.DropTable(
                name: "civil_marriage_consent_requests");

            migrationBuilder.DropTable(
                name: "documents_documents");

            migrationBuilder.DropTable(
                name: "identity_data_protection_keys");

            migrationBuilder.DropTable(
                name: "identity_provider_units");

            migrationBuilder.DropTable(
                name: "identity_staff");

            migrationBuilder.DropTable(
                name: "land_plot_holders");

            migrationBuilder.DropTable(
                name: "notifications_delivery_log");

            migrationBuilder.DropTable(
                name: "notifications_inbox");

            migrationBuilder.DropTable(
                name: "notifications_outbox");

            migrationBuilder.DropTable(
                name: "payments_mci_rates");

            migrationBuilder.DropTable(
                name: "payments_payments");

            migrationBuilder.DropTable(
                name: "realestate_claims");

            migrationBuilder.DropTable(
                name: "realestate_encumbrances");

            migrationBuilder.DropTable(
                name: "realestate_objects");

            migrationBuilder.DropTable(
                name: "realestate_rights");

            migrationBuilder.DropTable(
                name: "registry_identity_documents");

            migrationBuilder.DropTable(
                name: "registry_legal_entity_founders");

            migrationBuilder.DropTable(
                name: "trust_application_confirmations");

            migrationBuilder.DropTable(
                name: "trust_certificates");

            migrationBuilder.DropTable(
                name: "trust_otp_challenges");

            migrationBuilder.DropTable(
                name: "trust_person_access_log");

            migrationBuilder.DropTable(
                name: "trust_powers_of_attorney");

            migrationBuilder.DropTable(
                name: "trust_used_nonces");

            migrationBuilder.DropTable(
                name: "cad_objects");

            migrationBuilder.DropTable(
                name: "land_plots");

            migrationBuilder.DropTable(
                name: "registry_people");

            migrationBuilder.DropTable(
                name: "registry_legal_entities");
        }
    }
}
