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

public sealed record MonitoringSummary(MonitoringFilter Filter, IReadOnlyList<ServiceUnitSummary> Applications, IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<QualitySummary> Quality, IReadOnlyList<DeskOption> Services, IReadOnlyList<DeskOption> Units);

/// <summary>
/// The monitoring aggregates (issue 15; ADR 0023), computed by the database over the indexed stage rows of the period: counts
/// with GROUP BY, the 95th percentile with a window function (ROW_NUMBER over the step's durations, nearest rank), the same
/// SQL on SQLite and PostgreSQL. Nothing is updated per request; nothing is kept between requests (D-742).
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

        var stages = Scope(db.MonitoringStages.AsNoTracking(), filter);

        // Where each application is now: its one stage row that was never left.
        var current = await stages.Where(s => s.LeftAt == null)
            .GroupBy(s => new { s.ServiceId, s.UnitId, s.Step, s.Final, s.Completed })
            .Select(g => new { g.Key.ServiceId, g.Key.UnitId, g.Key.Step, g.Key.Final, g.Key.Completed, Count = g.Count(), Late = g.Sum(s => s.Overdue == true ? 1 : 0) })
            .ToListAsync(ct);
        var openLate = await (from s in stages
                              where s.LeftAt == null && !s.Final
                              join a in db.Applications on s.ApplicationId equals a.Id
                              where a.DueOn != null && a.DueOn < today
                              group s by new { s.ServiceId, s.UnitId } into g
                              select new { g.Key.ServiceId, g.Key.UnitId, Count = g.Count() }).ToListAsync(ct);

        var applications = current.GroupBy(c => (c.ServiceId, c.UnitId)).OrderBy(g => g.Key.ServiceId, StringComparer.Ordinal).ThenBy(g => g.Key.UnitId, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(c => c.Count);
                var late = g.Where(c => c.Final).Sum(c => c.Late) + openLate.Where(o => o.ServiceId == g.Key.ServiceId && o.UnitId == g.Key.UnitId).Sum(o => o.Count);
                var byStatus = g.OrderBy(c => StateOrder(c.ServiceId, c.Step)).Select(c => new StatusCount(c.Step, StepLabel(c.ServiceId, c.Step), c.Final, c.Completed, c.Count)).ToList();
                return new ServiceUnitSummary(g.Key.ServiceId, DeskQueue.ServiceLabel(g.Key.ServiceId), g.Key.UnitId, UnitLabel(units, g.Key.UnitId), total,
                    g.Where(c => !c.Final).Sum(c => c.Count), g.Where(c => c.Completed).Sum(c => c.Count), g.Where(c => c.Final && !c.Completed).Sum(c => c.Count),
                    total - late, late, byStatus);
            }).ToList();

        var steps = await stages.Where(s => !s.Final)
            .GroupBy(s => new { s.ServiceId, s.UnitId, s.Step })
            .Select(g => new
            {
                g.Key.ServiceId,
                g.Key.UnitId,
                g.Key.Step,
                NormAmount = g.Max(s => s.NormAmount),
                NormUnit = g.Max(s => s.NormUnit),
                Passed = g.Sum(s => s.LeftAt != null ? 1 : 0),
                Late = g.Sum(s => s.LeftAt != null && s.Overdue == true ? 1 : 0),
                InTime = g.Sum(s => s.LeftAt != null && s.Overdue == false ? 1 : 0),
                Open = g.Sum(s => s.LeftAt == null ? 1 : 0),
                OpenLate = g.Sum(s => s.LeftAt == null && s.DueAt != null && s.DueAt < now ? 1 : 0),
                Escalated = g.Sum(s => s.EscalatedAt != null ? 1 : 0),
                Seconds = g.Sum(s => s.DurationSeconds ?? 0),
            }).ToListAsync(ct);
        var p95 = await Percentile95Async(filter, ct);

        var stepRows = steps.OrderBy(s => s.ServiceId, StringComparer.Ordinal).ThenBy(s => s.UnitId, StringComparer.Ordinal).ThenBy(s => StateOrder(s.ServiceId, s.Step))
            .Select(s => new StepSummary(s.ServiceId, DeskQueue.ServiceLabel(s.ServiceId), s.UnitId, UnitLabel(units, s.UnitId), s.Step, StepLabel(s.ServiceId, s.Step),
                s.NormAmount, s.NormUnit, StepLimitsJob.Norm(s.NormAmount, s.NormUnit), s.Passed, s.InTime, s.Late, s.Open, s.OpenLate, s.Escalated,
                s.Passed == 0 ? null : (double)s.Seconds / s.Passed, p95.TryGetValue((s.ServiceId, s.UnitId, s.Step), out var p) ? p : null))
            .ToList();

        var answers = await ScopeQuality(db.QualityAnswers.AsNoTracking(), filter)
            .GroupBy(q => new { q.ServiceId, q.UnitId })
            .Select(g => new
            {
                g.Key.ServiceId,
                g.Key.UnitId,
                Count = g.Count(),
                P1 = g.Sum(q => q.Process == 1 ? 1 : 0),
                P2 = g.Sum(q => q.Process == 2 ? 1 : 0),
                P3 = g.Sum(q => q.Process == 3 ? 1 : 0),
                I1 = g.Sum(q => q.Information == 1 ? 1 : 0),
                I2 = g.Sum(q => q.Information == 2 ? 1 : 0),
                I3 = g.Sum(q => q.Information == 3 ? 1 : 0),
            }).ToListAsync(ct);
        var quality = answers.OrderBy(q => q.ServiceId, StringComparer.Ordinal).ThenBy(q => q.UnitId, StringComparer.Ordinal)
            .Select(q => new QualitySummary(q.ServiceId, DeskQueue.ServiceLabel(q.ServiceId), q.UnitId, UnitLabel(units, q.UnitId), q.Count, [q.P1, q.P2, q.P3], [q.I1, q.I2, q.I3]))
            .ToList();

        var services = registry.All.OrderBy(h => h.ServiceId, StringComparer.Ordinal).Select(h => new DeskOption(h.ServiceId, DeskQueue.ServiceLabel(h.ServiceId))).ToList();
        var prefixes = registry.All.Select(h => h.UnitPrefix).Distinct().ToList();
        var unitOptions = units.Where(u => prefixes.Any(p => u.Key.StartsWith(p, StringComparison.Ordinal))).OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new DeskOption(u.Key, u.Value)).ToList();
        return new MonitoringSummary(filter, applications, stepRows, quality, services, unitOptions);
    }

    /// <summary>
    /// The 95th percentile of the time spent in each step (steps left in the period's applications), nearest-rank: the duration at
    /// rank ⌈0.95·n⌉ in ascending order. One window-function query; SQLite (3.25+) and PostgreSQL run the same text.
    /// </summary>
    private async Task<Dictionary<(string, string, string), long>> Percentile95Async(MonitoringFilter filter, CancellationToken ct)
    {
        var args = new List<object> { filter.From, filter.To };
        var where = "\"LeftAt\" IS NOT NULL AND \"Final\" = {2} AND \"SubmittedOn\" >= {0} AND \"SubmittedOn\" <= {1}";
        args.Add(false);
        if (filter.Service is not null)
        {
            where += " AND \"ServiceId\" = {" + args.Count.ToString(CultureInfo.InvariantCulture) + "}";
            args.Add(filter.Service);
        }

        if (filter.Unit is not null)
        {
            where += " AND \"UnitId\" = {" + args.Count.ToString(CultureInfo.InvariantCulture) + "}";
            args.Add(filter.Unit);
        }

        var sql = "SELECT \"ServiceId\", \"UnitId\", \"Step\", \"DurationSeconds\" FROM (SELECT \"ServiceId\", \"UnitId\", \"Step\", \"DurationSeconds\", "
            + "ROW_NUMBER() OVER (PARTITION BY \"ServiceId\", \"UnitId\", \"Step\" ORDER BY \"DurationSeconds\") AS rn, "
            + "COUNT(*) OVER (PARTITION BY \"ServiceId\", \"UnitId\", \"Step\") AS cnt FROM mon_stages WHERE " + where + ") ranked "
            + "WHERE rn * 100 >= cnt * 95 AND (rn - 1) * 100 < cnt * 95";
        var rows = await db.Database.SqlQueryRaw<PercentileRow>(sql, [.. args]).ToListAsync(ct);
        return rows.ToDictionary(r => (r.ServiceId, r.UnitId, r.Step), r => r.DurationSeconds);
    }

    private static IQueryable<MonitoringStage> Scope(IQueryable<MonitoringStage> q, MonitoringFilter f)
    {
        q = q.Where(s => s.SubmittedOn >= f.From && s.SubmittedOn <= f.To);
        if (f.Service is not null)
        {
            q = q.Where(s => s.ServiceId == f.Service);
        }

        return f.Unit is null ? q : q.Where(s => s.UnitId == f.Unit);
    }

    private static IQueryable<QualityAnswer> ScopeQuality(IQueryable<QualityAnswer> q, MonitoringFilter f)
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

    private sealed class PercentileRow
    {
        public string ServiceId { get; set; } = "";
        public string UnitId { get; set; } = "";
        public string Step { get; set; } = "";
        public long DurationSeconds { get; set; }
    }
}
