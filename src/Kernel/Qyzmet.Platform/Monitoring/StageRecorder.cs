using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// Records the stages of applications in the monitoring store (issue 15; ADR 0023). Called by the procedure engine on every
/// status change and by the submission, in their transaction: it closes the application's open stage row and adds the next
/// one. It touches only the application's own rows (no counter, no aggregate row), so concurrent changes of different
/// applications never wait for each other (ADR 0019).
/// </summary>
public sealed class StageRecorder(QyzmetDbContext db, ProcedureRegistry registry, CalendarService calendars)
{
    /// <summary>The application entered its current status at <paramref name="at"/> (UTC).</summary>
    public async Task EnterAsync(Application app, DateTime at, CancellationToken ct)
    {
        var open = db.MonitoringStages.Local.Where(s => s.ApplicationId == app.Id && s.LeftAt is null && !s.Final).ToList();
        if (db.Entry(app).State != EntityState.Added)
        {
            open.AddRange(await db.MonitoringStages.Where(s => s.ApplicationId == app.Id && s.LeftAt == null && !s.Final).ToListAsync(ct));
        }

        foreach (var stage in open.Distinct().Where(s => s.LeftAt is null).ToList())
        {
            Close(stage, at);
        }

        var state = registry.Get(app.ServiceId).Procedure.State(app.Status);
        var final = state.Kind != StateKind.Active;
        var limit = final ? null : state.StepLimit;
        db.MonitoringStages.Add(new MonitoringStage
        {
            ApplicationId = app.Id,
            ServiceId = app.ServiceId,
            UnitId = app.UnitId,
            Step = state.Name,
            Final = final,
            Completed = state.Kind == StateKind.Completed,
            SubmittedOn = AlmatyTime.LocalDate(Utc(app.SubmittedAt)),
            EnteredAt = at,
            NormAmount = limit?.Amount,
            NormUnit = limit?.Unit.ToString(),
            DueAt = limit is null ? null : await DueAtAsync(limit, at, ct),
            // A final stage says whether the application as a whole ended after its overall due date (Almaty day).
            Overdue = final && app.DueOn is { } due ? AlmatyTime.LocalDate(Utc(at)) > due : null,
        });
    }

    /// <summary>
    /// The instant a step's limit runs out: minutes and hours from the moment of entering (<see cref="WorkingCalendar.DueInstant"/>),
    /// days through the working calendar to the end of the due day in Almaty, as the desk counts it (D-320).
    /// </summary>
    public async Task<DateTime> DueAtAsync(DeadlineRule limit, DateTime entered, CancellationToken ct)
    {
        if (limit.Unit is DeadlineUnit.Hours or DeadlineUnit.Minutes)
        {
            return WorkingCalendar.DueInstant(Utc(entered), limit).UtcDateTime;
        }

        var calendar = await calendars.GetAsync(ct);
        var dueOn = calendar.Compute(Utc(entered), limit).DueDate;
        return AlmatyTime.FromLocal(dueOn.AddDays(1), TimeOnly.MinValue).UtcDateTime;
    }

    private static void Close(MonitoringStage stage, DateTime at)
    {
        stage.LeftAt = at;
        stage.DurationSeconds = Math.Max(0, (long)(at - stage.EnteredAt).TotalSeconds);
        stage.Overdue = stage.DueAt is { } due ? at > due : null;
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
