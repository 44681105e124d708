using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Catalog;

/// <summary>
/// How long each body has to answer a complaint about the service (шағым / жалоба), in working days from the complaint's
/// registration (decision D-720). A service's standard states its own figures where it has a complaints chapter
/// (003.md para 10: head 5, quality authority 15; 004.md §4.10: 15 and 15); where the spec states none (000, 001a, 001b,
/// 002) the kernel default of the Law on state services Art. 25 applies (<see cref="Default"/>).
/// </summary>
/// <param name="ProviderHeadWorkingDays">The head of the provider (услугодатель) answers within this many working days.</param>
/// <param name="QualityAuthorityWorkingDays">The authorised body for assessing and controlling the quality of state services.</param>
/// <param name="Source">Where the figures come from, e.g. "003.md para 10".</param>
public sealed record ComplaintTerms(int ProviderHeadWorkingDays, int QualityAuthorityWorkingDays, string Source)
{
    /// <summary>Law on state services Art. 25 para 2 and 3 (as 003.md §7 quotes it): 5 working days, 15 for the quality authority.</summary>
    public static readonly ComplaintTerms Default = new(5, 15, "Law on state services Art. 25 (003.md §7)");

    /// <summary>
    /// The heads the standard names beside the provider's (D-728; 004.md §7 "Complaints": the head of the Ministry, the
    /// head of the centre), each with its own term. Empty: only the provider's head and the quality authority.
    /// </summary>
    public IReadOnlyList<ComplaintAddressee> OtherHeads { get; init; } = [];

    /// <summary>
    /// A legal entity's complaint must carry its outgoing number (D-729; 004.md §6.9: S5 legal entities give name, postal
    /// address and outgoing number).
    /// </summary>
    public bool LegalEntityOutgoingNumber { get; init; }

    /// <summary>Every addressee the standard offers, in the order a form lists them: the provider's head, the other heads, the quality authority.</summary>
    public IReadOnlyList<ComplaintAddressee> Addressees =>
        [new(ComplaintAddressee.ProviderHead, ProviderHeadWorkingDays), .. OtherHeads, new(ComplaintAddressee.QualityAuthority, QualityAuthorityWorkingDays)];

    /// <summary>The addressee of that kind the standard offers, or null.</summary>
    public ComplaintAddressee? Find(string? kind) => Addressees.FirstOrDefault(a => a.Kind == kind);

    /// <summary>The terms of <paramref name="standard"/>, or the kernel default where its spec states none.</summary>
    public static ComplaintTerms For(ServiceStandard? standard) => standard?.ComplaintTerms ?? Default;
}

/// <summary>
/// One body a complaint about the service may be addressed to, and its term in working days (D-728). The kinds are the
/// kernel's; which a service offers is its standard's data (<see cref="ComplaintTerms.Addressees"/>).
/// </summary>
/// <param name="Kind">One of <see cref="Kinds"/>.</param>
/// <param name="WorkingDays">The term from registration (D-720).</param>
public sealed record ComplaintAddressee(string Kind, int WorkingDays)
{
    /// <summary>The head of the provider (услугодатель) whose unit holds the application (003.md para 10; 004.md §7).</summary>
    public const string ProviderHead = "provider-head";

    /// <summary>The head of the central state body the provider belongs to (004.md §7: the head of the Ministry); its unit is <see cref="UnitId"/>.</summary>
    public const string MinistryHead = "ministry-head";

    /// <summary>The head of the public service centre that took the application (004.md §7: a complaint about a centre employee).</summary>
    public const string CentreHead = "centre-head";

    /// <summary>The authorised body for assessing and controlling the quality of state services: also the higher body.</summary>
    public const string QualityAuthority = "quality-authority";

    public static readonly string[] Kinds = [ProviderHead, MinistryHead, CentreHead, QualityAuthority];

    /// <summary>
    /// The kind's display name, in the dative the messages need ("to whom": кімге / кому), so that a Kazakh or Russian
    /// text never shows the API's English token (issue 14; D-728). Unknown kinds are shown as sent.
    /// </summary>
    public static LocalizedText Label(string? kind) => kind switch
    {
        ProviderHead => new("қызмет берушінің басшысына", "руководителю услугодателя", "the provider's head"),
        MinistryHead => new("министрліктің басшысына", "руководителю министерства", "the ministry's head"),
        CentreHead => new("ХҚКО басшысына", "руководителю ЦОН", "the centre's head"),
        QualityAuthority => new(
            "мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға",
            "в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
            "the authority for quality assessment and control of state services"),
        _ => new(kind ?? "", kind ?? "", kind ?? ""),
    };

    /// <summary>The display names of <paramref name="kinds"/>, comma-separated in each language.</summary>
    public static LocalizedText Labels(IEnumerable<string> kinds)
    {
        var labels = kinds.Select(Label).ToList();
        return new(string.Join(", ", labels.Select(l => l.Kk)), string.Join(", ", labels.Select(l => l.Ru)), string.Join(", ", labels.Select(l => l.En)));
    }

    /// <summary>The unit that answers when the kind names one body (the Ministry's central office); null: found from the application.</summary>
    public string? UnitId { get; init; }

    /// <summary>Where a written complaint goes, as the standard gives it (004.md §7: "010000, Astana, Tauelsizdik Avenue 1").</summary>
    public LocalizedText? Address { get; init; }
}

/// <summary>The central state bodies a standard names as complaint addressees, by their unit (D-728); the demo data registers them with a head.</summary>
public static class Ministries
{
    /// <summary>The Ministry of Internal Affairs of the RK (004.md §7: its head, 010000, Astana, Tauelsizdik Avenue 1).</summary>
    public const string InternalAffairsUnitId = "mia";
}
