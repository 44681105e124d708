using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Monitoring;

/// <summary>A part of the rollup rewritten as one: the applications submitted on <see cref="Day"/> of one service, at one unit or all.</summary>
public readonly record struct MonitoringSlice(DateOnly Day, string ServiceId, string? UnitId);

/// <summary>What one run of the aggregation did.</summary>
public sealed record AggregationRun(int Events, int Slices, long EventWatermark);

/// <summary>What a backfill did.</summary>
public sealed record BackfillResult(int Days, int Slices, int QualitySlices);

/// <summary>
/// Keeps the per-day rollup (<see cref="MonitoringDailyStep"/> and its histogram and due-day counts, and
/// <see cref="MonitoringDailyQuality"/>) equal to what the stage and answer rows give (issue 15, issue 16 "no full scans";
/// ADR 0030). The unit of work is a slice: its rollup rows are deleted, recomputed from the slice's stage rows (an index
/// range: <c>(SubmittedOn, ServiceId, UnitId, Step)</c>) and written, in one short transaction per slice. Recomputing
/// makes every run idempotent, and a stage that ends weeks after its application was submitted rewrites that day's row.
/// <list type="bullet">
/// <item><see cref="RunOnceAsync"/> (the clustered job) finds the slices to rewrite from the application events after its
/// watermark (every status change writes one, with the stage rows, in one transaction), the escalations and the
/// questionnaire answers since its last run (D-752).</item>
/// <item><see cref="BackfillAsync"/> (the <c>monitoring backfill</c> command) rewrites every (day, service) slice of a
/// period, found one at a time by keyset over the stage index, so memory holds one slice (D-753).</item>
/// </list>
/// </summary>
public sealed class MonitoringAggregator(IServiceScopeFactory scopes, TimeProvider time, ILogger<MonitoringAggregator> log)
{
    public const string WatermarkName = "daily";

    /// <summary>Application events read per batch by the job.</summary>
    public const int EventBatch = 500;

    /// <summary>
    /// How long a transaction that writes stages may take from its clock reading to its commit (D-752). An event younger than
    /// this may still be preceded by an uncommitted one with a smaller id (PostgreSQL takes ids at insert, not at commit),
    /// so the watermark stops before it and the next run reads it again; escalations and answers are read again for as long.
    /// </summary>
    public static readonly TimeSpan SettleMargin = TimeSpan.FromMinutes(10);

    private const int Attempts = 4;

    /// <summary>One incremental pass of the job: rewrites the slices touched since the watermark and moves it on.</summary>
    public async Task<AggregationRun> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var settled = now - SettleMargin;
        var mark = await WatermarkAsync(false, ct);
        long cursor = mark.EventId, committed = mark.EventId;
        var prefixSettled = true;
        int events = 0, slices = 0;
        while (true)
        {
            List<(long Id, DateTime At)> batch;
            List<MonitoringSlice> touched;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
                var from = cursor;
                var rows = await db.ApplicationEvents.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(EventBatch)
                    .Select(e => new { e.Id, e.ApplicationId, e.At }).ToListAsync(ct);
                if (rows.Count == 0)
                {
                    break;
                }

                batch = rows.Select(r => (r.Id, r.At)).ToList();
                var apps = rows.Select(r => r.ApplicationId).Distinct().ToList();
                touched = (await db.MonitoringStages.AsNoTracking().Where(s => apps.Contains(s.ApplicationId))
                    .Select(s => new { s.SubmittedOn, s.ServiceId, s.UnitId }).Distinct().ToListAsync(ct))
                    .Select(s => new MonitoringSlice(s.SubmittedOn, s.ServiceId, s.UnitId)).ToList();
            }

            foreach (var slice in touched)
            {
                await RefreshStepsAsync(slice, ct);
            }

            foreach (var (id, at) in batch)
            {
                prefixSettled &= at <= settled;
                if (prefixSettled)
                {
                    committed = id;
                }
            }

            events += batch.Count;
            slices += touched.Count;
            cursor = batch[^1].Id;
            await MoveEventWatermarkAsync(committed, ct);
            if (batch.Count < EventBatch)
            {
                break;
            }
        }

        // Escalations change a stage without an event; questionnaire answers are rows of their own. Both are read from the
        // last run's instant less the margin (their partial/plain index), and their slices rewritten.
        List<MonitoringSlice> escalated, answered;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var since = mark.EscalationsFrom;
            escalated = (await db.MonitoringStages.AsNoTracking().Where(s => s.EscalatedAt != null && s.EscalatedAt >= since)
                .Select(s => new { s.SubmittedOn, s.ServiceId, s.UnitId }).Distinct().ToListAsync(ct))
                .Select(s => new MonitoringSlice(s.SubmittedOn, s.ServiceId, s.UnitId)).ToList();
            var answersSince = mark.AnswersFrom;
            answered = (await db.QualityAnswers.AsNoTracking().Where(q => q.AnsweredAt >= answersSince)
                .Select(q => new { q.SubmittedOn, q.ServiceId, q.UnitId }).Distinct().ToListAsync(ct))
                .Select(s => new MonitoringSlice(s.SubmittedOn, s.ServiceId, s.UnitId)).ToList();
        }

        foreach (var slice in escalated)
        {
            await RefreshStepsAsync(slice, ct);
        }

        foreach (var slice in answered)
        {
            await RefreshQualityAsync(slice, ct);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            await db.MonitoringWatermarks.Where(w => w.Name == WatermarkName)
                .ExecuteUpdateAsync(u => u.SetProperty(w => w.EscalationsFrom, settled).SetProperty(w => w.AnswersFrom, settled).SetProperty(w => w.RunAt, now), ct);
        }

        return new AggregationRun(events, slices + escalated.Count + answered.Count, committed);
    }

    /// <summary>
    /// Rewrites every slice of the period (all when <paramref name="from"/> and <paramref name="to"/> are null) from the stage
    /// and answer rows: the next (day, service) is found by keyset on the stage index, so nothing but one slice is in memory.
    /// Safe to run again and beside the job (each slice is rewritten whole in its transaction).
    /// </summary>
    public async Task<BackfillResult> BackfillAsync(DateOnly? from, DateOnly? to, Action<DateOnly>? dayDone, CancellationToken ct)
    {
        var start = from ?? DateOnly.MinValue;
        var end = to ?? DateOnly.MaxValue;
        // A database rolled up whole for the first time: the job goes on from the events there are now (D-753). A partial
        // backfill leaves the job to start from the first event.
        await WatermarkAsync(fromNow: from is null && to is null, ct);

        int days = 0, slices = 0, quality = 0;
        DateOnly? lastDay = null;
        MonitoringSlice? last = null;
        while (await NextStageSliceAsync(start, end, last, ct) is { } slice)
        {
            await RefreshStepsAsync(slice, ct);
            slices++;
            if (lastDay != slice.Day)
            {
                if (lastDay is { } done)
                {
                    dayDone?.Invoke(done);
                }

                days++;
                lastDay = slice.Day;
            }

            last = slice;
        }

        if (lastDay is { } final)
        {
            dayDone?.Invoke(final);
        }

        last = null;
        while (await NextQualitySliceAsync(start, end, last, ct) is { } slice)
        {
            await RefreshQualityAsync(slice, ct);
            quality++;
            last = slice;
        }

        log.LogInformation("Monitoring backfill {From}..{To}: {Days} day(s), {Slices} slice(s), {Quality} questionnaire slice(s)", start, end, days, slices, quality);
        return new BackfillResult(days, slices, quality);
    }

    private async Task<MonitoringSlice?> NextStageSliceAsync(DateOnly from, DateOnly to, MonitoringSlice? after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var q = db.MonitoringStages.AsNoTracking().Where(s => s.SubmittedOn >= from && s.SubmittedOn <= to);
        if (after is { } a)
        {
            q = q.Where(s => s.SubmittedOn > a.Day || (s.SubmittedOn == a.Day && string.Compare(s.ServiceId, a.ServiceId) > 0));
        }

        var next = await q.OrderBy(s => s.SubmittedOn).ThenBy(s => s.ServiceId).Select(s => new { s.SubmittedOn, s.ServiceId }).FirstOrDefaultAsync(ct);
        return next is null ? null : new MonitoringSlice(next.SubmittedOn, next.ServiceId, null);
    }

    private async Task<MonitoringSlice?> NextQualitySliceAsync(DateOnly from, DateOnly to, MonitoringSlice? after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var q = db.QualityAnswers.AsNoTracking().Where(s => s.SubmittedOn >= from && s.SubmittedOn <= to);
        if (after is { } a)
        {
            q = q.Where(s => s.SubmittedOn > a.Day || (s.SubmittedOn == a.Day && string.Compare(s.ServiceId, a.ServiceId) > 0));
        }

        var next = await q.OrderBy(s => s.SubmittedOn).ThenBy(s => s.ServiceId).Select(s => new { s.SubmittedOn, s.ServiceId }).FirstOrDefaultAsync(ct);
        return next is null ? null : new MonitoringSlice(next.SubmittedOn, next.ServiceId, null);
    }

    /// <summary>
    /// Rewrites the rollup of one slice from its stage rows. The delete comes first so that two writers of one slice (the job
    /// and a backfill) take turns on its rows: the second one's insert meets the first one's rows, fails, and is retried with
    /// a fresh read, so the last committed rows are computed from the latest stages.
    /// </summary>
    public async Task RefreshStepsAsync(MonitoringSlice slice, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await InSlice(db.MonitoringDailySteps, slice).ExecuteDeleteAsync(ct);
                await InSlice(db.MonitoringDailyDurations, slice).ExecuteDeleteAsync(ct);
                await InSlice(db.MonitoringDailyDues, slice).ExecuteDeleteAsync(ct);
                db.AddRange(await ComputeStepsAsync(db, slice, ct));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                log.LogInformation(ex, "Monitoring slice {Day} {Service} {Unit} written concurrently; computing it again", slice.Day, slice.ServiceId, slice.UnitId);
            }
        }
    }

    /// <summary>Rewrites the questionnaire rollup of one slice from its answer rows.</summary>
    public async Task RefreshQualityAsync(MonitoringSlice slice, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var rows = db.MonitoringDailyQuality.Where(d => d.Day == slice.Day && d.ServiceId == slice.ServiceId);
                await (slice.UnitId is null ? rows : rows.Where(d => d.UnitId == slice.UnitId)).ExecuteDeleteAsync(ct);
                var answers = db.QualityAnswers.AsNoTracking().Where(q => q.SubmittedOn == slice.Day && q.ServiceId == slice.ServiceId);
                if (slice.UnitId is not null)
                {
                    answers = answers.Where(q => q.UnitId == slice.UnitId);
                }

                var sums = await answers.GroupBy(q => q.UnitId).Select(g => new MonitoringDailyQuality
                {
                    Day = slice.Day,
                    ServiceId = slice.ServiceId,
                    UnitId = g.Key,
                    Answers = g.Count(),
                    Process1 = g.Sum(q => q.Process == 1 ? 1 : 0),
                    Process2 = g.Sum(q => q.Process == 2 ? 1 : 0),
                    Process3 = g.Sum(q => q.Process == 3 ? 1 : 0),
                    Information1 = g.Sum(q => q.Information == 1 ? 1 : 0),
                    Information2 = g.Sum(q => q.Information == 2 ? 1 : 0),
                    Information3 = g.Sum(q => q.Information == 3 ? 1 : 0),
                }).ToListAsync(ct);
                db.AddRange(sums);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                log.LogInformation(ex, "Monitoring questionnaire slice {Day} {Service} written concurrently; computing it again", slice.Day, slice.ServiceId);
            }
        }
    }

    /// <summary>The rollup rows of a slice, computed by the database over the slice's stage rows (GROUP BY), durations bucketed here.</summary>
    private static async Task<List<object>> ComputeStepsAsync(QyzmetDbContext db, MonitoringSlice slice, CancellationToken ct)
    {
        var stages = db.MonitoringStages.AsNoTracking().Where(s => s.SubmittedOn == slice.Day && s.ServiceId == slice.ServiceId);
        if (slice.UnitId is not null)
        {
            stages = stages.Where(s => s.UnitId == slice.UnitId);
        }

        var rows = new List<object>();
        var steps = await stages.GroupBy(s => new { s.UnitId, s.Step })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.Step,
                Final = g.Sum(s => s.Final ? 1 : 0),
                Completed = g.Sum(s => s.Completed ? 1 : 0),
                Stages = g.Count(),
                Current = g.Sum(s => s.LeftAt == null ? 1 : 0),
                CurrentOverdue = g.Sum(s => s.LeftAt == null && s.Overdue == true ? 1 : 0),
                Passed = g.Sum(s => s.LeftAt != null ? 1 : 0),
                OnTime = g.Sum(s => s.LeftAt != null && s.Overdue == false ? 1 : 0),
                Late = g.Sum(s => s.LeftAt != null && s.Overdue == true ? 1 : 0),
                Escalated = g.Sum(s => s.EscalatedAt != null ? 1 : 0),
                Seconds = g.Sum(s => s.DurationSeconds ?? 0),
                NormAmount = g.Max(s => s.NormAmount),
                NormUnit = g.Max(s => s.NormUnit),
            }).ToListAsync(ct);
        rows.AddRange(steps.Select(s => new MonitoringDailyStep
        {
            Day = slice.Day,
            ServiceId = slice.ServiceId,
            UnitId = s.UnitId,
            Step = s.Step,
            Final = s.Final > 0,
            Completed = s.Completed > 0,
            Stages = s.Stages,
            Current = s.Current,
            CurrentOverdue = s.CurrentOverdue,
            Passed = s.Passed,
            PassedOnTime = s.OnTime,
            PassedOverdue = s.Late,
            Escalated = s.Escalated,
            DurationSeconds = s.Seconds,
            NormAmount = s.NormAmount,
            NormUnit = s.NormUnit,
        }));

        // The histogram: distinct durations counted by the database, put in their buckets here (bounded by the slice).
        var bins = new Dictionary<(string Unit, string Step, int Bucket), (int Count, long Min, long Max)>();
        await foreach (var d in stages.Where(s => s.LeftAt != null && s.DurationSeconds != null)
            .GroupBy(s => new { s.UnitId, s.Step, Seconds = s.DurationSeconds ?? 0 })
            .Select(g => new { g.Key.UnitId, g.Key.Step, g.Key.Seconds, Count = g.Count() }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (d.UnitId, d.Step, DurationHistogram.Bucket(d.Seconds));
            bins[key] = bins.TryGetValue(key, out var b)
                ? (b.Count + d.Count, Math.Min(b.Min, d.Seconds), Math.Max(b.Max, d.Seconds))
                : (d.Count, d.Seconds, d.Seconds);
        }

        rows.AddRange(bins.Select(b => new MonitoringDailyDuration
        {
            Day = slice.Day,
            ServiceId = slice.ServiceId,
            UnitId = b.Key.Unit,
            Step = b.Key.Step,
            Bucket = b.Key.Bucket,
            Count = b.Value.Count,
            MinSeconds = b.Value.Min,
            MaxSeconds = b.Value.Max,
        }));

        // Open stages by the Almaty day their step limit runs out (D-751).
        var dues = new Dictionary<(string Unit, string Step, MonitoringDueKind Kind, DateOnly Due), int>();
        await foreach (var d in stages.Where(s => s.LeftAt == null && !s.Final && s.DueAt != null)
            .GroupBy(s => new { s.UnitId, s.Step, s.DueAt })
            .Select(g => new { g.Key.UnitId, g.Key.Step, g.Key.DueAt, Count = g.Count() }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (d.UnitId, d.Step, MonitoringDueKind.StepLimit, AlmatyTime.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(d.DueAt!.Value, DateTimeKind.Utc))));
            dues[key] = dues.GetValueOrDefault(key) + d.Count;
        }

        // ... and by their application's overall due date.
        var terms = await (from s in stages
                           where s.LeftAt == null && !s.Final
                           join a in db.Applications on s.ApplicationId equals a.Id
                           where a.DueOn != null
                           group s by new { s.UnitId, s.Step, a.DueOn } into g
                           select new { g.Key.UnitId, g.Key.Step, g.Key.DueOn, Count = g.Count() }).ToListAsync(ct);
        foreach (var t in terms)
        {
            var key = (t.UnitId, t.Step, MonitoringDueKind.ApplicationTerm, t.DueOn!.Value);
            dues[key] = dues.GetValueOrDefault(key) + t.Count;
        }

        rows.AddRange(dues.Select(d => new MonitoringDailyDue
        {
            Day = slice.Day,
            ServiceId = slice.ServiceId,
            UnitId = d.Key.Unit,
            Step = d.Key.Step,
            Kind = d.Key.Kind,
            DueOn = d.Key.Due,
            Count = d.Value,
        }));
        return rows;
    }

    private static IQueryable<MonitoringDailyStep> InSlice(IQueryable<MonitoringDailyStep> q, MonitoringSlice s) =>
        s.UnitId is null ? q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId) : q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId && d.UnitId == s.UnitId);

    private static IQueryable<MonitoringDailyDuration> InSlice(IQueryable<MonitoringDailyDuration> q, MonitoringSlice s) =>
        s.UnitId is null ? q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId) : q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId && d.UnitId == s.UnitId);

    private static IQueryable<MonitoringDailyDue> InSlice(IQueryable<MonitoringDailyDue> q, MonitoringSlice s) =>
        s.UnitId is null ? q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId) : q.Where(d => d.Day == s.Day && d.ServiceId == s.ServiceId && d.UnitId == s.UnitId);

    /// <summary>
    /// The job's watermark row, created on first use: by the job from the first event (it aggregates everything there is), by a
    /// backfill (<paramref name="fromNow"/>) after the last event there is now, since the backfill itself reads every stage.
    /// </summary>
    private async Task<MonitoringWatermark> WatermarkAsync(bool fromNow, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        if (await db.MonitoringWatermarks.AsNoTracking().SingleOrDefaultAsync(w => w.Name == WatermarkName, ct) is { } mark)
        {
            return mark;
        }

        var start = fromNow ? await db.ApplicationEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0 : 0;
        mark = new MonitoringWatermark { Name = WatermarkName, EventId = start, EscalationsFrom = DateTime.UnixEpoch, AnswersFrom = DateTime.UnixEpoch };
        db.MonitoringWatermarks.Add(mark);
        try
        {
            await db.SaveChangesAsync(ct);
            return mark;
        }
        catch (DbUpdateException)
        {
            // Created by another instance at the same moment.
            db.ChangeTracker.Clear();
            return await db.MonitoringWatermarks.AsNoTracking().SingleAsync(w => w.Name == WatermarkName, ct);
        }
    }

    /// <summary>Moves the event watermark forward only (a slower concurrent run never moves it back).</summary>
    private async Task MoveEventWatermarkAsync(long eventId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        await db.MonitoringWatermarks.Where(w => w.Name == WatermarkName && w.EventId < eventId)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.EventId, eventId), ct);
    }

    /// <summary>The watermark as the dashboard shows it ("figures as of"), null before the first run.</summary>
    public static Task<DateTime?> LastRunAsync(QyzmetDbContext db, CancellationToken ct) =>
        db.MonitoringWatermarks.AsNoTracking().Where(w => w.Name == WatermarkName).Select(w => w.RunAt).FirstOrDefaultAsync(ct);
}
