using Qyzmet.Kernel.Catalog;

namespace Qyzmet.Platform.Complaints;

/// <summary>Whom a complaint is addressed to (003.md para 10; 004.md §4.10, §7; the kinds are <see cref="ComplaintAddressee"/>, D-728).</summary>
public static class ComplaintAddressees
{
    /// <summary>The head of the provider (услугодатель) whose unit holds the application.</summary>
    public const string ProviderHead = ComplaintAddressee.ProviderHead;

    /// <summary>The head of the Ministry the provider belongs to (004.md §7), at the unit the standard names.</summary>
    public const string MinistryHead = ComplaintAddressee.MinistryHead;

    /// <summary>The head of the public service centre that took the application (004.md §7).</summary>
    public const string CentreHead = ComplaintAddressee.CentreHead;

    /// <summary>The authorised body for assessing and controlling the quality of state services: also the higher body.</summary>
    public const string QualityAuthority = ComplaintAddressee.QualityAuthority;

    public static readonly string[] All = ComplaintAddressee.Kinds;
}

/// <summary>The provider kind of the public service centres' units (ХҚКО / ЦОН, the State Corporation; D-728).</summary>
public static class ServiceCentres
{
    public const string Provider = "state-corporation";
}

/// <summary>What the complaint is about: a decision, an action or an inaction of the provider or its official (003.md para 10).</summary>
public static class ComplaintSubjects
{
    public const string Decision = "decision";
    public const string Action = "action";
    public const string Inaction = "inaction";

    public static readonly string[] All = [Decision, Action, Inaction];
}

public static class ComplaintStatuses
{
    /// <summary>Registered and waiting for the answer (004.md §4.10 "registration").</summary>
    public const string Registered = "registered";

    /// <summary>Answered: the complaint is upheld and the provider must do what the answer says.</summary>
    public const string Upheld = "upheld";

    /// <summary>Answered: the complaint is rejected with reasons.</summary>
    public const string Rejected = "rejected";
}

/// <summary>The provider kind of the quality authority's units (<see cref="Identity.ProviderUnit.Provider"/>).</summary>
public static class QualityAuthority
{
    public const string Provider = "quality-authority";
}

/// <summary>A complaint (шағым / жалоба) about a decision, action or inaction on one application, or of a unit without one (D-727).</summary>
public sealed class Complaint
{
    public Guid Id { get; init; }

    /// <summary>The registration number the applicant reads, e.g. "C2026-000001" (004.md §4.10: incoming number).</summary>
    public required string Number { get; init; }

    /// <summary>The application complained about; null for a complaint about a unit's action or inaction without one (D-727).</summary>
    public Guid? ApplicationId { get; init; }

    /// <summary>The provider unit complained about when no application is named (D-727), e.g. a PSC that refused to accept documents.</summary>
    public string? ConcernsUnitId { get; init; }

    /// <summary>The IIN/BIN of the applicant of the application (whose complaint it is).</summary>
    public required string ApplicantId { get; init; }

    /// <summary>Who filed it: the applicant or the PSC operator on their behalf.</summary>
    public required string FiledBy { get; init; }

    /// <summary>"portal" or "service-centre" (as applications record it).</summary>
    public required string Channel { get; init; }

    /// <summary>The centre where an operator registered it for the applicant (D-730); null when filed on the portal.</summary>
    public string? FiledAtUnitId { get; init; }

    /// <summary>A legal entity's outgoing number of its complaint letter (004.md §6.9, S5; D-729).</summary>
    public string? OutgoingNumber { get; init; }

    public required string Addressee { get; init; }

    /// <summary>The unit whose head (or whose quality authority staff) answers.</summary>
    public required string AddresseeUnitId { get; init; }

    public required string Subject { get; init; }

    public required string Text { get; init; }

    /// <summary>The registration instant (UTC); the term counts from here (D-720).</summary>
    public DateTime RegisteredAt { get; init; }

    /// <summary>The last day (Almaty) on which the answer is on time.</summary>
    public DateOnly DueOn { get; init; }

    /// <summary>Where the term's figure comes from (e.g. "003.md para 10").</summary>
    public required string TermSource { get; init; }

    public int TermWorkingDays { get; init; }

    public required string Status { get; set; }

    /// <summary>Set once by the overdue scan when the term passed without an answer (D-724).</summary>
    public DateTime? OverdueFlaggedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }

    /// <summary>The reasons (rejected) or the finding (upheld).</summary>
    public string? AnswerText { get; set; }

    /// <summary>Upheld: what the provider must do.</summary>
    public string? Remedy { get; set; }

    /// <summary>The signed answer (a document of the documents store).</summary>
    public Guid? AnswerDocumentId { get; set; }

    /// <summary>The complaint this one escalates (to the higher body), if any.</summary>
    public Guid? EscalatedFromId { get; init; }

    /// <summary>Optimistic concurrency: two answers cannot both land.</summary>
    public int Version { get; set; }
}

/// <summary>
/// A protocol on a technical problem (техникалық проблема туралы хаттама, 003.md para 8): when an information system a
/// step depends on fails, the unit's ICT-responsible employee records it and the provider's head signs it. The
/// applications of the unit's affected services with a step in progress in the window show it.
/// </summary>
public sealed class TechnicalProblemProtocol
{
    public Guid Id { get; init; }

    public required string Number { get; init; }

    public required string UnitId { get; init; }

    /// <summary>The failed information system, as the recorder names it.</summary>
    public required string SystemName { get; init; }

    public required string Description { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime EndedAt { get; init; }

    /// <summary>The affected services' catalog ids, space-separated.</summary>
    public required string ServiceIds { get; init; }

    public required string RecordedBy { get; init; }

    public DateTime RecordedAt { get; init; }

    public string? SignedBy { get; set; }

    public DateTime? SignedAt { get; set; }

    public Guid? DocumentId { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<string> Services => ServiceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
