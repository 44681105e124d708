using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>
/// What a party to the land-plot choice act answers (003.md para 6 Stage 1 step 4): an approving body — an interested
/// state body, a relevant service or the State Corporation — gives its conclusion within 12 working days; a natural
/// monopoly (glossary: utility provider) issues its connection conditions within 5 working days of receiving the
/// situational scheme.
/// </summary>
internal enum ApprovalPartyKind
{
    ApprovingBody,
    UtilityProvider,
}

/// <summary>
/// One party the choice act is sent to (003.md para 6 step 4): the task kind it answers under, its label, the provider unit
/// that answers, what it answers (<see cref="ApprovalPartyKind"/>) and how the act reaches it (on paper when the body has no
/// information system, "қағаз жеткізгіштерде").
/// </summary>
internal sealed record ApprovalParty(string Kind, LocalizedText Label, string Unit, ApprovalPartyKind PartyKind, TaskChannel Channel = TaskChannel.Electronic)
{
    private static LocalizedText T(string kk, string ru, string en) => new(kk, ru, en);

    /// <summary>The outcomes of a conclusion: positive, or negative with reasons (para 9 ground 3).</summary>
    public static readonly IReadOnlyList<TaskOutcome> Conclusion =
    [
        new("positive", T("Оң қорытынды", "Положительное заключение", "Positive conclusion"), true),
        new("negative", T("Теріс қорытынды", "Отрицательное заключение", "Negative conclusion"), false),
    ];

    /// <summary>The outcomes of connection conditions: issued, or connection impossible (a negative answer).</summary>
    public static readonly IReadOnlyList<TaskOutcome> Conditions =
    [
        new("conditions-issued", T("Техникалық шарттар берілді", "Технические условия выданы", "Technical conditions issued"), true),
        new("connection-impossible", T("Қосу мүмкін емес", "Подключение невозможно", "Connection impossible"), false),
    ];

    /// <summary>003.md para 6 step 4: 12 working days for a conclusion, 5 for connection conditions.</summary>
    public DeadlineRule Term => PartyKind == ApprovalPartyKind.ApprovingBody ? DeadlineRule.WorkingDays(12) : DeadlineRule.WorkingDays(5);

    /// <summary>The task the fork at "approvals" opens for this party (ADR 0015).</summary>
    public TaskSpec ToTask() => new(Kind, Label, Unit, Term, PartyKind == ApprovalPartyKind.ApprovingBody ? Conclusion : Conditions, Channel);
}

/// <summary>
/// Where the service is provided for the plots of one settlement (D-512): the district akimat that decides (with its
/// architecture and land-relations departments, 003.md §4.1), the akim of the settlement for the akim variant, the State
/// Corporation's branch, and the kinds of the parties the choice act goes to (003.md §8.3 item 12: the Rules do not say how
/// they are chosen; here they are data per settlement).
/// </summary>
internal sealed record LandGrantArea(string SettlementCode, string District, string SettlementAkim, string StateCorporation, IReadOnlyList<string> Parties)
{
    public string Architecture => District + "/architecture";

    public string LandRelations => District + "/land-relations";

    /// <summary>The provider the applicant addressed (003.md App. 1 line 1): the district akim or the settlement's akim.</summary>
    public string Provider(bool settlementAkim) => settlementAkim ? SettlementAkim : District;
}

/// <summary>
/// The data behind the fork at "approvals" (D-512): every approving body, service and natural monopoly the choice act can
/// go to, and, per settlement, which of them it goes to. The procedure declares a task for every party here (so the
/// diagram, the staffing check and the task labels know them); sending the act opens the tasks of the plot's settlement only.
/// </summary>
internal static class LandGrantAreas
{
    /// <summary>The demo area: the town of Kosshy, in Tselinograd district of Akmola region.</summary>
    public const string Tselinograd = "lg-11-tselinograd";

    public const string KosshyAkim = "lg-11-kosshy";
    public const string StateCorporation = "sc-land-11";
    public const string SanitaryBody = "approver-11-sanitary";
    public const string HeritageBody = "approver-11-heritage";
    public const string PowerMonopoly = "monopoly-11-power";
    public const string WaterMonopoly = "monopoly-11-water";

    private static LocalizedText T(string kk, string ru, string en) => new(kk, ru, en);

    public static IReadOnlyList<ApprovalParty> Parties { get; } =
    [
        new("conclusion-sanitary", T("Санитариялық-эпидемиологиялық қорытынды", "Санитарно-эпидемиологическое заключение", "Sanitary-epidemiological conclusion"),
            SanitaryBody, ApprovalPartyKind.ApprovingBody),
        new("conclusion-heritage", T("Тарихи-мәдени мұра объектілерін қорғау органының қорытындысы", "Заключение органа охраны историко-культурного наследия", "Heritage protection conclusion"),
            HeritageBody, ApprovalPartyKind.ApprovingBody, TaskChannel.Paper),
        new("conclusion-state-corporation", T("Мемлекеттік корпорацияның қорытындысы", "Заключение Госкорпорации", "State Corporation's conclusion"),
            StateCorporation, ApprovalPartyKind.ApprovingBody),
        new("conditions-power", T("Электрмен жабдықтауға қосудың техникалық шарттары", "Технические условия на подключение к электроснабжению", "Technical conditions for connection to power supply"),
            PowerMonopoly, ApprovalPartyKind.UtilityProvider),
        new("conditions-water", T("Сумен жабдықтауға қосудың техникалық шарттары", "Технические условия на подключение к водоснабжению", "Technical conditions for connection to water supply"),
            WaterMonopoly, ApprovalPartyKind.UtilityProvider),
    ];

    public static IReadOnlyList<LandGrantArea> Areas { get; } =
    [
        new(LandDemoData.KosshyCode, Tselinograd, KosshyAkim, StateCorporation,
            ["conclusion-sanitary", "conclusion-heritage", "conclusion-state-corporation", "conditions-power", "conditions-water"]),
    ];

    /// <summary>The area of a settlement, or null where the service is not set up for it.</summary>
    public static LandGrantArea? For(string? settlementCode) => Areas.FirstOrDefault(a => a.SettlementCode == settlementCode);
}
