using Qyzmet.Platform.Forms;

namespace Qyzmet.Platform.Cases;

/// <summary>The applicant as the platform knows them: from the state databases, never from the form.</summary>
public sealed record ApplicantInfo(string Id, bool IsLegalEntity, string Name, string RegionCode);

/// <summary>
/// A time and place the applicant must keep or may use, as the service set it: a marriage registration slot, or where
/// and from when a paper result can be collected. <paramref name="At"/> is an instant (UTC, shown in Almaty time);
/// <paramref name="From"/> a day from which something is possible. Shown on the application page, not only in the PDF (decisions.md D-315).
/// </summary>
public sealed record Appointment(Kernel.Text.LocalizedText What, DateTime? At, DateOnly? From, Kernel.Text.LocalizedText Place);

/// <summary>
/// What a module implements to deliver one state service: its form, its procedure, where its applications go,
/// and the automated steps it takes after each transition (data checks, payment requests, result documents).
/// </summary>
public interface IStateServiceHandler
{
    string ServiceId { get; }

    ProcedureDefinition Procedure { get; }

    ServiceForm Form { get; }

    bool AcceptsIndividuals { get; }

    bool AcceptsLegalEntities { get; }

    /// <summary>
    /// The id prefix of the units <see cref="AssignUnitAsync"/> can return (e.g. "civil-registry-"): every unit under it
    /// must have staff for the roles the procedure needs (decision D-214; checked at start-up and in monitoring).
    /// </summary>
    string UnitPrefix { get; }

    /// <summary>The provider unit responsible for the applicant's location or the object's location.</summary>
    Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct);

    /// <summary>
    /// The overall deadline of this application when it depends on what is applied for (e.g. the object kind of
    /// 000.md para 5); by default the procedure's declared deadline.
    /// </summary>
    Task<Kernel.Calendar.DeadlineRule?> DeadlineForAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        Task.FromResult(Procedure.OverallDeadline);

    /// <summary>
    /// The appointment the application holds now (a booked slot, a collection place), or null. The service reads it
    /// from what it stored when it set it, so the page and the notice cannot disagree.
    /// </summary>
    Task<Appointment?> AppointmentAsync(Application application, CancellationToken ct) => Task.FromResult<Appointment?>(null);

    /// <summary>
    /// Checks the service makes before the applicant may start paying (ADR 0020): with a gateway the money is taken before
    /// the "pay" step runs, so a condition of paying (e.g. 000.md App. 1 row 5) must refuse here, not after the payment.
    /// </summary>
    Task BeforePaymentAsync(Application application, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Whether the regulation lets the applicant pay outside the payment gateway and upload the payment document's e-copy,
    /// which staff then check (000.md App. 1 rows 6 and 8, App. 2 row 8; D-711). Default: the gateway only.
    /// </summary>
    bool AcceptsPaymentECopy => false;

    /// <summary>
    /// The kinds of the fork's tasks to open for this application (ADR 0015); null opens every declared task. A service whose
    /// parties depend on the application (003.md: the approving bodies and monopolies of the plot's settlement) returns its
    /// subset of the declared kinds, never an empty one.
    /// </summary>
    Task<IReadOnlyCollection<string>?> TaskKindsAsync(Application application, ParallelTasks fork, CancellationToken ct) =>
        Task.FromResult<IReadOnlyCollection<string>?>(null);

    /// <summary>
    /// What the application page calls the download of a document of <paramref name="documentKind"/> that is not the service's
    /// result (e.g. 004.md §6.1's registration coupon: "Download the coupon"); null for a result (D-629).
    /// </summary>
    Kernel.Text.LocalizedText? DocumentLabel(string documentKind) => null;

    /// <summary>Runs the platform's own steps after a transition; may fire further transitions through <paramref name="ctx"/>.</summary>
    Task ReactAsync(CaseContext ctx, CancellationToken ct);
}
