using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Catalog;

/// <summary>
/// The passport of one state service as its regulation states it: provider, channels, deadlines, fee,
/// documents, results and refusal grounds. Values the regulation does not state are left empty and explained
/// in the matching note; nothing is filled in from outside the spec.
/// </summary>
public sealed record ServiceStandard
{
    /// <summary>Stable kebab-case id, <c>area.service-name</c>, e.g. <c>land.cadastral-info</c>.</summary>
    public required string Id { get; init; }

    public required ServiceArea Area { get; init; }

    /// <summary>Official name: Kazakh as quoted in the spec, Russian official or faithful translation, English from the spec.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>
    /// Set when several catalog entries share one official service (e.g. the three results of 000.md S1):
    /// which part of the service this entry is.
    /// </summary>
    public LocalizedText? Variant { get; init; }

    public required LocalizedText Provider { get; init; }

    public required IReadOnlyList<Channel> Channels { get; init; }

    public required Recipients Recipients { get; init; }

    /// <summary>The overall time limits, one per case; empty when the regulation states none (see <see cref="DeadlineNote"/>).</summary>
    public required IReadOnlyList<DeadlineCase> Deadlines { get; init; }

    /// <summary>How to read the deadlines: counting start, extensions, or why there are none.</summary>
    public LocalizedText? DeadlineNote { get; init; }

    /// <summary>
    /// The term as the applicant reads it on the service's page: plain words from the standard, or from the decision that
    /// applies it (D-325). Null where <see cref="DeadlineNote"/> already reads plainly. The analyst's reading of the text
    /// (what is not stated, which act it defers to) stays in <see cref="DeadlineNote"/> and docs/catalog-notes.md.
    /// </summary>
    public LocalizedText? Term { get; init; }

    /// <summary>The cost as the applicant reads it (D-325); null where <see cref="FeeRule.Describe"/> already reads plainly.</summary>
    public LocalizedText? Cost { get; init; }

    /// <summary>The fee that applies unless one of <see cref="FeeCases"/> matches the applicant's case.</summary>
    public required FeeRule Fee { get; init; }

    /// <summary>Fees that differ by case (document kind, accelerated issue, exemptions); empty when one fee fits all.</summary>
    public IReadOnlyList<FeeCase> FeeCases { get; init; } = [];

    public required IReadOnlyList<LocalizedText> RequiredDocuments { get; init; }

    public required IReadOnlyList<LocalizedText> Results { get; init; }

    /// <summary>Grounds for refusing the service itself; empty when the regulation states none.</summary>
    public required IReadOnlyList<RefusalGround> RefusalGrounds { get; init; }

    /// <summary>
    /// When the documents are not considered further or not accepted at all (incomplete package, expired
    /// documents); kept apart from <see cref="RefusalGrounds"/> as the regulations do.
    /// </summary>
    public IReadOnlyList<RefusalGround> ConsiderationStoppedGrounds { get; init; } = [];

    public required HearingRule Hearing { get; init; }

    public LocalizedText? HearingNote { get; init; }

    public required LocalizedText Schedule { get; init; }

    public required LegalSource Source { get; init; }

    /// <summary>Where in /work/shared/spec the data comes from, e.g. "002.md §3.2".</summary>
    public required string SpecReference { get; init; }

    public required Automation Automation { get; init; }

    /// <summary>
    /// The complaint answer terms the standard states (its complaints chapter); null where the spec states none and the
    /// kernel default applies (<see cref="Catalog.ComplaintTerms.Default"/>, decision D-720).
    /// </summary>
    public ComplaintTerms? ComplaintTerms { get; init; }
}

/// <summary>The module family a service belongs to.</summary>
public enum ServiceArea
{
    CivilRegistry,
    RealEstate,
    Land,
    PopulationDocuments,
    LegalEntities,
}

/// <summary>Who may receive a service.</summary>
[Flags]
public enum Recipients
{
    None = 0,
    Individuals = 1,
    LegalEntities = 2,
    IndividualsAndLegalEntities = Individuals | LegalEntities,
}

/// <summary>The automation level the regulation declares.</summary>
public enum Automation
{
    /// <summary>Not automated: a paper service processed by hand.</summary>
    Manual,

    /// <summary>Partially automated (ішінара / жартылай автоматтандырылған).</summary>
    Partial,

    /// <summary>Fully automated (толық автоматтандырылған).</summary>
    Full,

    /// <summary>The regulation declares no automation level.</summary>
    NotStated,
}

/// <summary>Whether the applicant is heard before a refusal (Law on state services, as in 000.md para 5-1).</summary>
public enum HearingRule
{
    /// <summary>The regulation provides no hearing.</summary>
    None,

    /// <summary>Term under three days: the refusal notice is formed directly.</summary>
    RefusalNoticeOnly,

    /// <summary>Term over three days: preliminary decision, then a hearing, then the decision.</summary>
    PreliminaryDecisionAndHearing,
}

/// <summary>One overall time limit and the case it applies to (e.g. an object kind).</summary>
public sealed record DeadlineCase(LocalizedText Case, DeadlineRule Rule);

/// <summary>A fee that applies in one case only.</summary>
public sealed record FeeCase(LocalizedText Case, FeeRule Rule);

/// <summary>A ground for refusing the service; <paramref name="Code"/> is stable within the service.</summary>
public sealed record RefusalGround(string Code, LocalizedText Text);

/// <summary>What the regulation text says about its own force.</summary>
public enum LegalStatus
{
    InForce,
    Repealed,

    /// <summary>The text carries no status annotation.</summary>
    NotStated,
}

/// <summary>
/// The act the service standard comes from. <paramref name="Number"/> and <paramref name="Date"/> are null only
/// when the spec says the text does not contain them (003.md §1); <paramref name="StatusNote"/> then says so.
/// <paramref name="RepealedBy"/>: the act that repealed a repealed one, so that a page shows it as history
/// ("ранее: …, утратил силу …"), never as the basis (D-325). <paramref name="StatusNote"/> is the analyst's note.
/// </summary>
public sealed record LegalSource(
    LocalizedText Title,
    string? Number,
    DateOnly? Date,
    LegalStatus Status,
    LocalizedText? StatusNote,
    LocalizedText? RepealedBy = null)
{
    public bool InForce => Status == LegalStatus.InForce;
}
