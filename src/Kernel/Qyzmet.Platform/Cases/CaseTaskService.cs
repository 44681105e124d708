using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Cases;

/// <summary>A task as its desk shows it: what, for which application, by when, whether it is late, and how it may end.</summary>
public sealed record TaskView(
    Guid Id,
    string ApplicationNumber,
    string ServiceId,
    string Kind,
    LocalizedText Label,
    string UnitId,
    string Channel,
    string Status,
    DateTime OpenedAt,
    DateOnly DueOn,
    DateTime DueAt,
    bool Overdue,
    DateTime? EscalatedAt,
    string? Outcome,
    bool? Positive,
    DateTime? CompletedAt,
    string? Comment,
    Guid? ScanAttachmentId,
    IReadOnlyList<TaskOutcome> Outcomes,
    IReadOnlyList<CaseTaskEvent> History);

/// <summary>
/// What the unit answers: the outcome, its reasons, and a file (base64): for a paper answer the scan (required), for an
/// electronic one the answer's own document, e.g. a monopoly's technical conditions (optional, D-552).
/// </summary>
public sealed record CompleteTaskRequest(string? Outcome, string? Comment, string? ScanBase64, string? ScanFileName);

/// <summary>
/// The desks' side of parallel tasks (ADR 0015): a unit's queue, one task, and completing it. Completing the last task of a fork
/// fires its join in the same transaction. A task is visible only to the staff of the unit that answers it (a paper task: to the
/// executors of the unit holding the application, who record the answer); anyone else gets "not found".
/// </summary>
/// <summary>One keyset page of a unit's open tasks, oldest term first; <c>Next</c> continues it (null on the last page).</summary>
public sealed record TaskQueuePage(IReadOnlyList<TaskView> Items, string? Next);

public sealed class CaseTaskService(QyzmetDbContext db, ProcedureRegistry registry, CaseServices services, AuditLog audit, TimeProvider time,
    Trust.AccessContext access, Trust.PersonAccessLog accessLog)
{
    private static readonly HashSet<string> AnsweringRoles = [Roles.ProviderExecutor, Roles.ProviderHead, Roles.ApprovingOfficer];

    /// <summary>The unit's tasks, open ones first by term, then the latest done (at most 200).</summary>
    public async Task<IReadOnlyList<TaskView>> QueueAsync(UserInfo user, CancellationToken ct)
    {
        if (!AnsweringRoles.Contains(user.Role) || user.UnitId is null)
        {
            return [];
        }

        var tasks = await Visible(user).OrderBy(t => t.Status == CaseTaskStatus.Open ? 0 : 1).ThenBy(t => t.DueAt).Take(200).ToListAsync(ct);
        return await ViewsAsync(tasks, withHistory: false, ct);
    }

    /// <summary>
    /// The task desk's queue (D-551): the unit's open tasks, the oldest term first (then by id), a keyset page of
    /// <paramref name="take"/> after <paramref name="cursor"/> (the <see cref="TaskQueuePage.Next"/> of the page before).
    /// </summary>
    public async Task<TaskQueuePage> OpenPageAsync(UserInfo user, string? cursor, int take, CancellationToken ct)
    {
        if (!AnsweringRoles.Contains(user.Role) || user.UnitId is null)
        {
            return new([], null);
        }

        take = Math.Clamp(take, 1, 100);
        var query = Visible(user).Where(t => t.Status == CaseTaskStatus.Open);
        if (!string.IsNullOrEmpty(cursor))
        {
            var (dueAt, id) = ReadCursor(cursor);
            query = query.Where(t => t.DueAt > dueAt || (t.DueAt == dueAt && t.Id.CompareTo(id) > 0));
        }

        var tasks = await query.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(take + 1).ToListAsync(ct);
        var next = tasks.Count > take ? Cursor(tasks[take - 1]) : null;
        return new(await ViewsAsync([.. tasks.Take(take)], withHistory: false, ct), next);
    }

    private static string Cursor(CaseTask task) => task.DueAt.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + task.Id.ToString("N");

    private static (DateTime DueAt, Guid Id) ReadCursor(string cursor)
    {
        var parts = cursor.Split('_');
        if (parts.Length == 2 && long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks && Guid.TryParseExact(parts[1], "N", out var id))
        {
            return (new DateTime(ticks, DateTimeKind.Utc), id);
        }

        throw new QyzmetException(TaskErrors.CursorInvalid) { Fields = { ["cursor"] = TaskErrors.CursorInvalid.Message } };
    }

    /// <summary>
    /// The application a task belongs to, for the task desk to show what is being approved (the choice act's data and the
    /// scheme, 003.md para 6 step 4). Whoever may see the task may read it; staff reading someone's application is recorded in
    /// that person's access log, as when a desk opens it (D-305).
    /// </summary>
    public async Task<Application> ApplicationOfAsync(UserInfo user, Guid id, CancellationToken ct)
    {
        var task = await Visible(user).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new QyzmetException(TaskErrors.NotFound, id);
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == task.ApplicationId, ct);
        access.Set(user.Id, user.Role, Trust.AccessPurposes.ForApplication(app.Number, app.ServiceId), app.Number);
        if (app.ApplicantId != user.Id && Kernel.Identifiers.Iin.TryParse(app.ApplicantId, out _, out _))
        {
            accessLog.Record(app.ApplicantId);
            await db.SaveChangesAsync(ct);
        }

        return app;
    }

    /// <summary>The tasks of an application the user may already see (the applicant follows the approvals; ADR 0015).</summary>
    public async Task<IReadOnlyList<TaskView>> OfApplicationAsync(Application app, CancellationToken ct)
    {
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.ApplicationId == app.Id).OrderBy(t => t.OpenedAt).ThenBy(t => t.Kind).ToListAsync(ct);
        return await ViewsAsync(tasks, withHistory: false, ct);
    }

    public async Task<TaskView> GetAsync(UserInfo user, Guid id, CancellationToken ct)
    {
        var task = await Visible(user).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new QyzmetException(TaskErrors.NotFound, id);
        return (await ViewsAsync([task], withHistory: true, ct))[0];
    }

    /// <summary>Records the unit's answer; when it is the fork's last, fires the join (all positive) or the refusal branch.</summary>
    public async Task<TaskView> CompleteAsync(UserInfo user, Guid id, CompleteTaskRequest request, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var task = await Visible(user, tracking: true).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new QyzmetException(TaskErrors.NotFound, id);
        if (task.Status != CaseTaskStatus.Open)
        {
            throw new QyzmetException(TaskErrors.NotOpen, task.Status);
        }

        var app = await db.Applications.SingleAsync(a => a.Id == task.ApplicationId, ct);
        var handler = registry.Get(app.ServiceId);
        var fork = handler.Procedure.ForkAt(task.State) ?? throw new InvalidOperationException($"{app.ServiceId}: no fork on {task.State}.");
        var spec = fork.Spec(task.Kind);
        var outcome = spec.Outcomes.FirstOrDefault(o => o.Name == request.Outcome?.Trim());
        if (outcome is null)
        {
            var error = new QyzmetException(TaskErrors.OutcomeUnknown, request.Outcome, string.Join(", ", spec.Outcomes.Select(o => o.Name)));
            error.Fields["outcome"] = error.Error.Message;
            throw error;
        }

        var comment = request.Comment?.Trim();
        if (!outcome.Positive && string.IsNullOrEmpty(comment))
        {
            // 003.md para 6 step 6: a negative conclusion leads to a reasoned refusal, so it must carry its reasons.
            throw new QyzmetException(TaskErrors.CommentRequired) { Fields = { ["comment"] = TaskErrors.CommentRequired.Message } };
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (task.Channel == "paper")
        {
            // 003.md para 6 step 4: a body without an information system answers on paper; its scan is kept with the answer.
            task.ScanAttachmentId = AddScan(app, user, request, now);
        }
        else if (!string.IsNullOrWhiteSpace(request.ScanBase64))
        {
            // D-552: an electronic answer may carry its document (a monopoly's technical conditions, 003.md para 6 step 4).
            task.ScanAttachmentId = AddScan(app, user, request, now);
        }

        // Two parties answering at once must not both miss the join: each answer also bumps the application's concurrency
        // token, so the second writer waits for the first (PostgreSQL row lock) and then gets TASK-0007 and retries.
        app.Version++;
        task.Status = CaseTaskStatus.Done;
        task.Outcome = outcome.Name;
        task.Positive = outcome.Positive;
        task.Comment = comment is null ? null : comment[..Math.Min(comment.Length, 4000)];
        task.CompletedAt = now;
        task.CompletedBy = user.Id;
        task.Version++;
        var ctx = new ProcessContext(user.Id, user.Role, comment, user.UnitId);
        db.CaseTaskEvents.Add(new CaseTaskEvent
        {
            TaskId = task.Id,
            At = now,
            ActorId = user.Id,
            ActorRole = user.Role,
            Event = task.Channel == "paper" ? "paper-recorded" : "completed",
            Outcome = outcome.Name,
            Comment = task.Comment,
        });
        await audit.AppendAsync(ctx, "task.completed", "application:" + app.Number,
            JsonSerializer.Serialize(new { task = task.Id, task.Kind, task.UnitId, outcome = outcome.Name, task.Channel, scan = task.ScanAttachmentId }), ct);
        var overdueTimer = ProcedureEngine.TaskOverduePrefix + task.Id.ToString("N");
        foreach (var timer in await db.Timers.Where(t => t.ApplicationId == app.Id && t.Trigger == overdueTimer && t.FiredAt == null && t.CanceledAt == null).ToListAsync(ct))
        {
            timer.CanceledAt = now;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(TaskErrors.ConcurrentChange);
        }

        var round = await db.CaseTasks.Where(t => t.ApplicationId == app.Id && t.State == task.State && t.Round == task.Round && t.Status != CaseTaskStatus.Cancelled)
            .Select(t => new { t.Kind, t.Positive, Done = t.Status == CaseTaskStatus.Done, t.Comment }).ToListAsync(ct);
        if (app.Status == task.State && fork.JoinOf([.. round.Select(r => (r.Kind, r.Positive, r.Done))]) is { } join)
        {
            var negatives = round.Where(r => r.Positive != true).Select(r => r.Kind + ": " + r.Comment).ToList();
            var reason = negatives.Count == 0 ? "all tasks ended positively" : "negative: " + string.Join("; ", negatives);
            await new CaseContext(app, ProcessContext.System(reason), handler, services).FireAsync(join, reason, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(TaskErrors.ConcurrentChange);
        }

        await tx.CommitAsync(ct);
        return (await ViewsAsync([task], withHistory: true, ct))[0];
    }

    private Guid AddScan(Application app, UserInfo user, CompleteTaskRequest request, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(request.ScanBase64) || string.IsNullOrWhiteSpace(request.ScanFileName))
        {
            throw new QyzmetException(TaskErrors.ScanRequired) { Fields = { ["scanBase64"] = TaskErrors.ScanRequired.Message } };
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(request.ScanBase64);
        }
        catch (FormatException)
        {
            throw new QyzmetException(TaskErrors.ScanInvalid) { Fields = { ["scanBase64"] = TaskErrors.ScanInvalid.Message } };
        }

        var type = content switch
        {
            [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
            [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            _ => null,
        };
        if (type is null || content.Length > AttachmentErrors.MaxBytes)
        {
            throw new QyzmetException(TaskErrors.ScanInvalid) { Fields = { ["scanBase64"] = TaskErrors.ScanInvalid.Message } };
        }

        var name = UploadedFileName.Sanitise(request.ScanFileName, type); // D-817
        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = app.Id,
            FileName = name,
            ContentType = type,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = now,
            UploadedBy = user.Id,
        };
        db.Attachments.Add(attachment);
        return attachment.Id;
    }

    /// <summary>
    /// The one access rule of tasks: staff of the answering unit; for a paper task, the executors of the unit that holds the
    /// application now (they record the body's answer).
    /// </summary>
    private IQueryable<CaseTask> Visible(UserInfo user, bool tracking = false)
    {
        var query = tracking ? db.CaseTasks : db.CaseTasks.AsNoTracking();
        if (!AnsweringRoles.Contains(user.Role) || user.UnitId is not { } unit)
        {
            return query.Where(_ => false);
        }

        var holdsApplication = db.Applications.Where(a => a.UnitId == unit).Select(a => a.Id);
        return user.Role == Roles.ProviderExecutor
            ? query.Where(t => (t.Channel != "paper" && t.UnitId == unit) || (t.Channel == "paper" && holdsApplication.Contains(t.ApplicationId)))
            : query.Where(t => t.Channel != "paper" && t.UnitId == unit);
    }

    private async Task<IReadOnlyList<TaskView>> ViewsAsync(IReadOnlyList<CaseTask> tasks, bool withHistory, CancellationToken ct)
    {
        var appIds = tasks.Select(t => t.ApplicationId).Distinct().ToList();
        var apps = await db.Applications.AsNoTracking().Where(a => appIds.Contains(a.Id)).Select(a => new { a.Id, a.Number, a.ServiceId }).ToDictionaryAsync(a => a.Id, ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var history = withHistory
            ? (await db.CaseTaskEvents.AsNoTracking().Where(e => taskIds.Contains(e.TaskId)).OrderBy(e => e.Id).ToListAsync(ct)).ToLookup(e => e.TaskId)
            : Enumerable.Empty<CaseTaskEvent>().ToLookup(e => e.TaskId);
        var now = time.GetUtcNow().UtcDateTime;
        return [.. tasks.Select(t =>
        {
            var app = apps[t.ApplicationId];
            var spec = registry.Find(app.ServiceId)?.Procedure.ForkAt(t.State)?.Tasks.FirstOrDefault(s => s.Kind == t.Kind);
            return new TaskView(t.Id, app.Number, app.ServiceId, t.Kind, spec?.Label ?? new LocalizedText(t.Kind, t.Kind, t.Kind), t.UnitId, t.Channel, t.Status,
                t.OpenedAt, t.DueOn, t.DueAt, IsOverdue(t, now), t.EscalatedAt, t.Outcome, t.Positive, t.CompletedAt, t.Comment, t.ScanAttachmentId,
                spec?.Outcomes ?? [], [.. history[t.Id]]);
        })];
    }

    /// <summary>ADR 0015: an open task is overdue once its term (the end of its due day, Almaty) has passed.</summary>
    public static bool IsOverdue(CaseTask task, DateTime nowUtc) => task.Status == CaseTaskStatus.Open && nowUtc >= task.DueAt;
}
