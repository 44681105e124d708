using Qyzmet.Platform.Forms;

namespace Qyzmet.Platform.Cases;

/// <summary>The applicant as the platform knows them: from the state databases, never from the form.</summary>
public sealed record ApplicantInfo(string Id, bool IsLegalEntity, string Name, string RegionCode);

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

    /// <summary>Runs the platform's own steps after a transition; may fire further transitions through <paramref name="ctx"/>.</summary>
    Task ReactAsync(CaseContext ctx, CancellationToken ct);
}
