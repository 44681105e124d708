using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Desk;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Monitoring;

/// <summary>What the dashboard asks for: the applications submitted from <see cref="From"/> to <see cref="To"/> (Almaty days, D-741), optionally one service and one unit.</summary>
public sealed record MonitoringFilter(DateOnly From, DateOnly To, string? Service, string? Unit);

/// <summary>How many applications are now in one status.</summary>
public sealed record StatusCount(string Status, LocalizedText Label, bool Final, bool Completed, int Count);

/// <summary>The applications of one service at one unit: counts by status, ended or under way, on time or overdue (overall deadline).</summary>
public sealed record ServiceUnitSummary(string ServiceId, LocalizedText Service, string UnitId, LocalizedText Unit, int Total, int Open, int Completed, int Ended,
    int OnTime, int Overdue, IReadOnlyList<StatusCount> ByStatus);

/// <summary>
/// One step of one service at one unit against its norm: steps left on time and late, steps open now and how many of them are
/// past the limit, escalations, and the average and 95th-percentile (nearest rank) time spent in the step, in seconds.
/// </summary>
public sealed record StepSummary(string ServiceId, LocalizedText Service, string UnitId, LocalizedText Unit, string Step, LocalizedText StepLabel, int? NormAmount,
    string? NormUnit, LocalizedText Norm, int Passed, int OnTime, int Overdue, int OpenNow, int OpenOverdue, int Escalated, double? AverageSeconds, long? P95Seconds);

/// <summary>The questionnaire's answers for one service at one unit: counts of answers 1, 2 and 3 to each question.</summary>
public sealed record QualitySummary(string ServiceId, LocalizedText Service, string UnitId, LocalizedText Unit, int Answers, IReadOnlyList<int> Process, IReadOnlyList<int> Information);

/// <summary>The dashboard's figures; <c>AsOf</c>: when the aggregation job last ran (UTC; D-754), the figures are as of then (null before its first run).</summary>
public sealed record MonitoringSummary(MonitoringFilter Filter, IReadOnlyList<ServiceUnitSummary> Applications, IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<QualitySummary> Quality, IReadOnlyList<DeskOption> Services, IReadOnlyList<DeskOption> Units, DateTime? AsOf = null);

/// <summary>
/// The monitoring figures (issue 15; ADR 0023, ADR 0030) read from the per-day rollup (<see cref="MonitoringDailyStep"/> and its
/// histogram, due-day counts and questionnaire rows) that <see cref="MonitoringAggregator"/> keeps: the database sums the
/// period's day rows (GROUP BY), the 95th percentile comes from the summed histograms (D-750). No stage row is read but the
/// open ones falling due today. The figures are as of the aggregation job's last run (D-754).
/// </summary>
public sealed class MonitoringQueries(QyzmetDbContext db, ProcedureRegistry registry, TimeProvider time)
{
    /// <summary>The longest period one request may cover (D-742).</summary>
    public const int MaxPeriodDays = 366;

    public const int DefaultPeriodDays = 30;

    /// <summary>Only monitoring staff and administrators see the dashboard (MON-0002).</summary>
    public static void EnsureMonitoringUser(UserInfo user)
    {
        if (user.Role is not (Roles.MonitoringOfficer or Roles.Administrator))
        {
            throw new QyzmetException(MonitoringErrors.MonitoringOnly);
        }
    }

    /// <summary>Reads the filter as the page and the API give it (yyyy-MM-dd; empty: the last 30 days up to today in Almaty).</summary>
    public MonitoringFilter Parse(string? from, string? to, string? service, string? unit)
    {
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var end = ParseDay("to", to) ?? today;
        var start = ParseDay("from", from) ?? end.AddDays(1 - DefaultPeriodDays);
        if (start > end)
        {
            throw new QyzmetException(MonitoringErrors.PeriodInvalid, "from", MaxPeriodDays);
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxPeriodDays)
        {
            throw new QyzmetException(MonitoringErrors.PeriodInvalid, "to", MaxPeriodDays);
        }

        service = string.IsNullOrWhiteSpace(service) ? null : service.Trim();
        if (service is not null && registry.Find(service) is null)
        {
            throw Invalid("service", string.Join(", ", registry.All.Select(h => h.ServiceId).Order(StringComparer.Ordinal)));
        }

        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        return new MonitoringFilter(start, end, service, unit);
    }

    public async Task<MonitoringSummary> SummaryAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var units = await db.ProviderUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Label(), ct);
        if (filter.Unit is not null && !units.ContainsKey(filter.Unit))
        {
            throw Invalid("unit", "/api/monitoring/summary → units");
        }

        var rollup = Scope(db.MonitoringDailySteps.AsNoTracking(), filter);
        var sums = await rollup.GroupBy(d => new { d.ServiceId, d.UnitId, d.Step })
            .Select(g => new
            {
                g.Key.ServiceId,
                g.Key.UnitId,
                g.Key.Step,
                Final = g.Max(d => d.Final ? 1 : 0),
                Completed = g.Max(d => d.Completed ? 1 : 0),
                Current = g.Sum(d => d.Current),
                CurrentOverdue = g.Sum(d => d.CurrentOverdue),
                Passed = g.Sum(d => d.Passed),
                OnTime = g.Sum(d => d.PassedOnTime),
                Late = g.Sum(d => d.PassedOverdue),
                Escalated = g.Sum(d => d.Escalated),
                Seconds = g.Sum(d => d.DurationSeconds),
                NormAmount = g.Max(d => d.NormAmount),
                NormUnit = g.Max(d => d.NormUnit),
            }).ToListAsync(ct);

        // "Overdue now" moves with the clock: the open stages counted by the day they fall due (D-751), those due before today
        // from the rollup; a step limit running out today (hours, minutes) is counted from the stage rows due today (the
        // (LeftAt, EscalatedAt, DueAt) index bounds it to one day's dues).
        var dues = await Scope(db.MonitoringDailyDues.AsNoTracking(), filter).Where(d => d.DueOn < today)
            .GroupBy(d => new { d.ServiceId, d.UnitId, d.Step, d.Kind }).Select(g => new { g.Key.ServiceId, g.Key.UnitId, g.Key.Step, g.Key.Kind, Count = g.Sum(d => d.Count) })
            .ToListAsync(ct);
        var dayStart = AlmatyTime.FromLocal(today, TimeOnly.MinValue).UtcDateTime;
        var open = ScopeStages(db.MonitoringStages.AsNoTracking(), filter).Where(s => s.LeftAt == null && !s.Final);
        var stepDue = new Dictionary<(string, string, string), int>();
        foreach (var escalated in new[] { false, true })
        {
            // Two index ranges (not escalated / escalated) rather than one over every open stage.
            var part = escalated ? open.Where(s => s.EscalatedAt != null) : open.Where(s => s.EscalatedAt == null);
            foreach (var d in await part.Where(s => s.DueAt >= dayStart && s.DueAt < now)
                .GroupBy(s => new { s.ServiceId, s.UnitId, s.Step }).Select(g => new { g.Key.ServiceId, g.Key.UnitId, g.Key.Step, Count = g.Count() }).ToListAsync(ct))
            {
                stepDue[(d.ServiceId, d.UnitId, d.Step)] = stepDue.GetValueOrDefault((d.ServiceId, d.UnitId, d.Step)) + d.Count;
            }
        }

        var termDue = new Dictionary<(string, string), int>();
        foreach (var d in dues)
        {
            if (d.Kind == MonitoringDueKind.StepLimit)
            {
                stepDue[(d.ServiceId, d.UnitId, d.Step)] = stepDue.GetValueOrDefault((d.ServiceId, d.UnitId, d.Step)) + d.Count;
            }
            else
            {
                termDue[(d.ServiceId, d.UnitId)] = termDue.GetValueOrDefault((d.ServiceId, d.UnitId)) + d.Count;
            }
        }

        // Where each application is now: the stages never left (the open step, or the final state it ended in).
        var current = sums.Where(c => c.Current > 0).ToList();
        var applications = current.GroupBy(c => (c.ServiceId, c.UnitId)).OrderBy(g => g.Key.ServiceId, StringComparer.Ordinal).ThenBy(g => g.Key.UnitId, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(c => c.Current);
                var late = g.Where(c => c.Final == 1).Sum(c => c.CurrentOverdue) + termDue.GetValueOrDefault((g.Key.ServiceId, g.Key.UnitId));
                var byStatus = g.OrderBy(c => StateOrder(c.ServiceId, c.Step)).Select(c => new StatusCount(c.Step, StepLabel(c.ServiceId, c.Step), c.Final == 1, c.Completed == 1, c.Current)).ToList();
                return new ServiceUnitSummary(g.Key.ServiceId, DeskQueue.ServiceLabel(g.Key.ServiceId), g.Key.UnitId, UnitLabel(units, g.Key.UnitId), total,
                    g.Where(c => c.Final == 0).Sum(c => c.Current), g.Where(c => c.Completed == 1).Sum(c => c.Current), g.Where(c => c.Final == 1 && c.Completed == 0).Sum(c => c.Current),
                    total - late, late, byStatus);
            }).ToList();

        var p95 = await Percentile95Async(filter, ct);
        var stepRows = sums.Where(s => s.Final == 0)
            .OrderBy(s => s.ServiceId, StringComparer.Ordinal).ThenBy(s => s.UnitId, StringComparer.Ordinal).ThenBy(s => StateOrder(s.ServiceId, s.Step))
            .Select(s => new StepSummary(s.ServiceId, DeskQueue.ServiceLabel(s.ServiceId), s.UnitId, UnitLabel(units, s.UnitId), s.Step, StepLabel(s.ServiceId, s.Step),
                s.NormAmount, s.NormUnit, StepLimitsJob.Norm(s.NormAmount, s.NormUnit), s.Passed, s.OnTime, s.Late, s.Current,
                stepDue.GetValueOrDefault((s.ServiceId, s.UnitId, s.Step)),
                s.Escalated, s.Passed == 0 ? null : (double)s.Seconds / s.Passed, p95.TryGetValue((s.ServiceId, s.UnitId, s.Step), out var p) ? p : null))
            .ToList();

        var answers = await Scope(db.MonitoringDailyQuality.AsNoTracking(), filter)
            .GroupBy(q => new { q.ServiceId, q.UnitId })
            .Select(g => new
            {
                g.Key.ServiceId,
                g.Key.UnitId,
                Count = g.Sum(q => q.Answers),
                P1 = g.Sum(q => q.Process1),
                P2 = g.Sum(q => q.Process2),
                P3 = g.Sum(q => q.Process3),
                I1 = g.Sum(q => q.Information1),
                I2 = g.Sum(q => q.Information2),
                I3 = g.Sum(q => q.Information3),
            }).ToListAsync(ct);
        var quality = answers.OrderBy(q => q.ServiceId, StringComparer.Ordinal).ThenBy(q => q.UnitId, StringComparer.Ordinal)
            .Select(q => new QualitySummary(q.ServiceId, DeskQueue.ServiceLabel(q.ServiceId), q.UnitId, UnitLabel(units, q.UnitId), q.Count, [q.P1, q.P2, q.P3], [q.I1, q.I2, q.I3]))
            .ToList();

        var services = registry.All.OrderBy(h => h.ServiceId, StringComparer.Ordinal).Select(h => new DeskOption(h.ServiceId, DeskQueue.ServiceLabel(h.ServiceId))).ToList();
        var prefixes = registry.All.Select(h => h.UnitPrefix).Distinct().ToList();
        var unitOptions = units.Where(u => prefixes.Any(p => u.Key.StartsWith(p, StringComparison.Ordinal))).OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new DeskOption(u.Key, u.Value)).ToList();
        return new MonitoringSummary(filter, applications, stepRows, quality, services, unitOptions, await MonitoringAggregator.LastRunAsync(db, ct));
    }

    /// <summary>
    /// The 95th percentile of the time spent in each step (steps left in the period's applications), nearest rank, read from the
    /// summed day histograms (D-750): the database adds up the buckets of the period, the rank is found here.
    /// </summary>
    private async Task<Dictionary<(string, string, string), long>> Percentile95Async(MonitoringFilter filter, CancellationToken ct)
    {
        var bins = await Scope(db.MonitoringDailyDurations.AsNoTracking(), filter)
            .GroupBy(d => new { d.ServiceId, d.UnitId, d.Step, d.Bucket })
            .Select(g => new { g.Key.ServiceId, g.Key.UnitId, g.Key.Step, g.Key.Bucket, Count = g.Sum(d => d.Count), Min = g.Min(d => d.MinSeconds), Max = g.Max(d => d.MaxSeconds) })
            .ToListAsync(ct);
        return bins.GroupBy(b => (b.ServiceId, b.UnitId, b.Step))
            .Select(g => (g.Key, P95: DurationHistogram.Percentile95(g.Select(b => new DurationHistogram.Bin(b.Bucket, b.Count, b.Min, b.Max)))))
            .Where(x => x.P95 is not null).ToDictionary(x => x.Key, x => x.P95!.Value);
    }

    private static IQueryable<T> Scope<T>(IQueryable<T> q, MonitoringFilter f)
        where T : class, IMonitoringDailySlice
    {
        q = q.Where(s => s.Day >= f.From && s.Day <= f.To);
        if (f.Service is not null)
        {
            q = q.Where(s => s.ServiceId == f.Service);
        }

        return f.Unit is null ? q : q.Where(s => s.UnitId == f.Unit);
    }

    private static IQueryable<MonitoringStage> ScopeStages(IQueryable<MonitoringStage> q, MonitoringFilter f)
    {
        q = q.Where(s => s.SubmittedOn >= f.From && s.SubmittedOn <= f.To);
        if (f.Service is not null)
        {
            q = q.Where(s => s.ServiceId == f.Service);
        }

        return f.Unit is null ? q : q.Where(s => s.UnitId == f.Unit);
    }

    private int StateOrder(string serviceId, string step)
    {
        var states = registry.Find(serviceId)?.Procedure.States;
        var i = states is null ? -1 : states.ToList().FindIndex(s => s.Name == step);
        return i < 0 ? int.MaxValue : i;
    }

    private LocalizedText StepLabel(string serviceId, string step) =>
        registry.Find(serviceId)?.Procedure.States.FirstOrDefault(s => s.Name == step)?.Label ?? new LocalizedText("Қадам", "Шаг", "Step");

    private static LocalizedText UnitLabel(Dictionary<string, LocalizedText> units, string unit) => units.GetValueOrDefault(unit) ?? new LocalizedText(unit, unit, unit);

    private static DateOnly? ParseDay(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new QyzmetException(MonitoringErrors.PeriodInvalid, field, MaxPeriodDays);

    private static QyzmetException Invalid(string field, string allowed) =>
        new(KernelErrors.Validation) { Fields = { [field] = new($"Рұқсат етілген мәндер: {allowed}.", $"Допустимые значения: {allowed}.", $"Allowed values: {allowed}.") } };
}
