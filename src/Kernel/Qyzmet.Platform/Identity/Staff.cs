using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Identity;

/// <summary>The roles of the regulations' procedure actors (ҚФБ) that a person at a desk can hold.</summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string PscOperator = "psc-operator";
    public const string ProviderExecutor = "provider-executor";
    public const string ProviderHead = "provider-head";
    public const string ArchiveClerk = "archive-clerk";

    /// <summary>The technical-inspection specialist of 000.md para 7 (site visit, measurements, abris, passport draft).</summary>
    public const string Inspector = "inspector";
    public const string ApprovingOfficer = "approving-officer";
    public const string Administrator = "administrator";

    /// <summary>The unit's employee responsible for ICT infrastructure: records technical-problem protocols (003.md para 8).</summary>
    public const string IctOfficer = "ict-officer";
    /// <summary>
    /// Staff of the authority for quality assessment and control of state services: reads the monitoring dashboard
    /// (issue 15 "Monitoring and quality"; ADR 0023). Acts in no procedure.
    /// </summary>
    public const string MonitoringOfficer = "monitoring-officer";

    /// <summary>
    /// An official of the authority for quality assessment and control of state services: answers, in their own signature,
    /// the complaints addressed to the authority's unit (003.md para 10; 004.md §4.10; D-726). Acts in no procedure and
    /// answers no complaint addressed to a provider's head.
    /// </summary>
    public const string QualityOfficer = "quality-officer";

    /// <summary>The platform itself (automated steps) and its timers.</summary>
    public const string System = "system";

    public static readonly string[] Staff = [PscOperator, ProviderExecutor, ProviderHead, ArchiveClerk, Inspector, ApprovingOfficer, Administrator, IctOfficer, MonitoringOfficer, QualityOfficer];

    /// <summary>The officials who sign in their own name for their unit (a named <c>ResultSigning</c> signer, D-304, D-726).</summary>
    public static readonly string[] Signatories = [ProviderHead, QualityOfficer];

    /// <summary>What a person reads for each role; pages never show the role's id (issue 11).</summary>
    public static readonly IReadOnlyDictionary<string, LocalizedText> Labels = new Dictionary<string, LocalizedText>
    {
        [Applicant] = new("Өтініш беруші", "Заявитель", "Applicant"),
        [PscOperator] = new("ХҚКО операторы", "Оператор ЦОН", "PSC operator"),
        [ProviderExecutor] = new("Қызмет берушінің орындаушысы", "Исполнитель услугодателя", "Provider's executor"),
        [ProviderHead] = new("Қызмет берушінің басшысы", "Руководитель услугодателя", "Head of the provider"),
        [ArchiveClerk] = new("Мұрағат қызметкері", "Архивариус", "Archive clerk"),
        [Inspector] = new("Техникалық зерттеп-қарау маманы", "Специалист технического обследования", "Technical inspector"),
        [ApprovingOfficer] = new("Бекітуші", "Утверждающий", "Approving officer"),
        [Administrator] = new("Әкімші", "Администратор", "Administrator"),
        [IctOfficer] = new("АКТ инфрақұрылымына жауапты қызметкер", "Ответственный за ИКТ-инфраструктуру", "ICT infrastructure officer"),
        [MonitoringOfficer] = new("Мониторинг қызметкері", "Сотрудник мониторинга", "Monitoring officer"),
        [QualityOfficer] = new("Сапаны бағалау және бақылау жөніндегі уәкілетті органның лауазымды адамы",
            "Должностное лицо уполномоченного органа по оценке и контролю за качеством", "Quality authority officer"),
        [System] = new("Жүйе", "Система", "System"),
    };

    /// <summary>The declared label of a role; an unknown role reads as a staff member, never as its id.</summary>
    public static LocalizedText Label(string role) =>
        Labels.TryGetValue(role, out var label) ? label : new("Қызметкер", "Сотрудник", "Staff member");
}

/// <summary>A unit of a provider (услугодатель) with a region; staff see only their unit's work.</summary>
public sealed class ProviderUnit
{
    public required string Id { get; init; }
    public required string Provider { get; init; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string RegionCode { get; init; }

    /// <summary>
    /// The IIN of the official (a staff member of this unit) the provider authorises to sign the results this unit issues
    /// automatically, i.e. where no head signs in the procedure (decision D-304; 001b.md A para 7.13 "EDS of the
    /// registering body"). Null: the unit issues no automated results, and an attempt is refused (DOC-0001).
    /// </summary>
    public string? ResultSignatoryIin { get; set; }

    /// <summary>The unit's name as a person reads it (English falls back to the Russian name).</summary>
    public LocalizedText Label() => new(NameKk, NameRu, NameRu);
}

public sealed class StaffMember
{
    public required string Iin { get; init; }
    public required string FullName { get; set; }
    public required string Role { get; init; }
    public required string UnitId { get; init; }
}
