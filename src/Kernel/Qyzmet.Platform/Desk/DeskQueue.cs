using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Desk;

/// <summary>
/// What the clerk asks the queue for (issue 11 "The clerk's workbench"): a service, a step (state), which applications
/// (<see cref="DeskStatus"/>), which deadlines (<see cref="DeskDue"/>), and the keyset cursor of the previous page.
/// </summary>
public sealed record DeskFilter(string? Service = null, string? Step = null, string? Status = null, string? Due = null, string? After = null, int? Limit = null);

/// <summary>Which applications of the unit the queue holds.</summary>
public static class DeskStatus
{
    /// <summary>Waiting for the signed-in role: in a step from which the procedure lets this role act (the default).</summary>
    public const string Mine = "mine";

    /// <summary>Every application of the unit still under way, whoever acts now.</summary>
    public const string Open = "open";

    /// <summary>The unit's applications that have ended (result issued, refused, expired).</summary>
    public const string Closed = "closed";

    public static readonly string[] All = [Mine, Open, Closed];
}

/// <summary>Which deadlines the queue holds (the overall due date, Almaty calendar day; decision D-320).</summary>
public static class DeskDue
{
    public const string Overdue = "overdue";
    public const string Today = "today";

    public static readonly string[] All = [Overdue, Today];
}

/// <summary>
/// One action the signed-in role may take now, as the person reads it (the procedure's declared label, D-317), with the
/// inputs it requires: a refusal under the refusal capability (ADR 0013) needs a reason, and a refusal on a ground
/// (<see cref="NeedsGround"/>) may need the hearing's time and place (000.md para 5-1).
/// </summary>
public sealed record DeskAction(string Trigger, LocalizedText Label, bool IsRefusal, bool ReasonRequired, bool NeedsGround, bool NeedsHearing);

/// <summary>One line of the queue. Dates are Almaty calendar days; <see cref="StepDueAt"/> is a UTC instant for hour-based steps.</summary>
public sealed record DeskQueueItem(
    string Number, string ServiceId, LocalizedText Service, string ApplicantId, string ApplicantName, string Status, LocalizedText Step,
    StateKind Kind, DateTime SubmittedAt, DateOnly? StepDueOn, DateTime? StepDueAt, DateOnly? DueOn, bool Overdue, bool DueToday, IReadOnlyList<DeskAction> Actions)
{
    /// <summary>The current step ran past its limit and was escalated to the unit's head (issue 15; ADR 0023).</summary>
    public bool Escalated { get; init; }
}

/// <summary>A choice in a filter: its value and what the person reads.</summary>
public sealed record DeskOption(string Value, LocalizedText Label);

/// <summary>One page of the queue with the cursor of the next (null on the last page) and the filters' choices.</summary>
public sealed record DeskQueuePage(IReadOnlyList<DeskQueueItem> Items, string? Next, IReadOnlyList<DeskOption> Services, IReadOnlyList<DeskOption> Steps, DeskFilter Filter);

/// <summary>
/// The clerk's workbench queue, shared by every provider desk (issue 11; issue 16 item 5): the applications of the staff
/// member's unit in the steps their role acts on, filtered in the database (index on unit, status, due date), the oldest
/// due first, keyset-paged on (due date, number). Applications without a due date follow the dated ones (D-320).
/// Listing a page is a read of each listed applicant's name by the staff member, logged in their access log (D-305).
/// </summary>
public sealed class DeskQueue(QyzmetDbContext db, ProcedureRegistry registry, CalendarService calendars, PersonAccessLog accessLog, AccessContext access,
    TimeProvider time)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// The staff member's queue. <paramref name="services"/> narrows it to one desk's services (null: every service whose
    /// procedure names the role). Applicants and PSC operators have no provider desk (K-0003).
    /// </summary>
    public async Task<DeskQueuePage> ListAsync(UserInfo user, DeskFilter filter, IReadOnlyCollection<string>? services, CancellationToken ct)
    {
        EnsureDeskUser(user);
        var status = string.IsNullOrWhiteSpace(filter.Status) ? DeskStatus.Mine : filter.Status.Trim();
        if (!DeskStatus.All.Contains(status))
        {
            throw Invalid("status", string.Join(", ", DeskStatus.All));
        }

        var due = string.IsNullOrWhiteSpace(filter.Due) ? null : filter.Due.Trim();
        if (due is not null && !DeskDue.All.Contains(due))
        {
            throw Invalid("due", string.Join(", ", DeskDue.All));
        }

        var limit = filter.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            throw Invalid("limit", "1–" + MaxLimit.ToString(CultureInfo.InvariantCulture));
        }

        var cursor = Cursor.Decode(filter.After);
        // The services this unit can be given (their handlers' unit prefix, D-214) whose procedure names the role.
        var handlers = registry.All.Where(h => services is null ? Acts(h.Procedure, user.Role) && ServesUnit(h, user) : services.Contains(h.ServiceId))
            .OrderBy(h => h.ServiceId, StringComparer.Ordinal).ToList();
        var serviceOptions = handlers.Select(h => new DeskOption(h.ServiceId, ServiceLabel(h.ServiceId))).ToList();
        var service = string.IsNullOrWhiteSpace(filter.Service) ? null : filter.Service.Trim();
        if (service is not null && handlers.All(h => h.ServiceId != service))
        {
            throw Invalid("service", string.Join(", ", handlers.Select(h => h.ServiceId)));
        }

        // The (service, step) pairs the queue holds: the role's steps, every step under way, or the final ones.
        var scope = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var h in handlers.Where(h => service is null || h.ServiceId == service))
        {
            var p = h.Procedure;
            var steps = status switch
            {
                DeskStatus.Mine when user.Role != Roles.Administrator => p.States.Where(s => s.Kind == StateKind.Active && p.From(s.Name).Any(t => t.Roles.Contains(user.Role))),
                DeskStatus.Closed => p.States.Where(s => s.Kind != StateKind.Active),
                _ => p.States.Where(s => s.Kind == StateKind.Active),
            };
            scope[h.ServiceId] = [.. steps.Select(s => s.Name)];
        }

        var stepOptions = scope.SelectMany(kv => kv.Value.Select(s => (kv.Key, s))).GroupBy(x => x.s, StringComparer.Ordinal)
            .Select(g => new DeskOption(g.Key, registry.Get(g.First().Key).Procedure.State(g.Key).Label)).ToList();
        var step = string.IsNullOrWhiteSpace(filter.Step) ? null : filter.Step.Trim();
        if (step is not null)
        {
            if (stepOptions.All(o => o.Value != step))
            {
                throw Invalid("step", string.Join(", ", stepOptions.Select(o => o.Value)));
            }

            foreach (var key in scope.Keys.ToList())
            {
                scope[key] = [.. scope[key].Where(s => s == step)];
            }
        }

        var normalized = new DeskFilter(service, step, status, due, filter.After, limit);
        var now = time.GetUtcNow();
        var today = AlmatyTime.LocalDate(now);
        var query = db.Applications.AsNoTracking();
        if (user.Role != Roles.Administrator)
        {
            query = query.Where(a => a.UnitId == user.UnitId);
        }

        query = due switch
        {
            DeskDue.Overdue => query.Where(a => a.DueOn != null && a.DueOn < today),
            DeskDue.Today => query.Where(a => a.DueOn == today),
            _ => query,
        };

        // Keyset: the dated applications by (due date, number), then the undated by number (D-320). D-377: each (service,
        // step) of the scope is read as its own range of the (unit, status, due date, number) index, limited to the page, and
        // the ranges are merged: the cost is the page times the steps, not the unit's applications in those steps.
        var pairs = scope.SelectMany(kv => kv.Value.Select(step => (Service: kv.Key, Step: step))).ToList();
        var rows = new List<Application>();
        if (pairs.Count > 0 && cursor is not { Dated: false })
        {
            var dated = PerStep(pairs, query.Where(a => a.DueOn != null), part =>
            {
                if (cursor is { DueOn: { } d } c)
                {
                    part = part.Where(a => a.DueOn > d || (a.DueOn == d && string.Compare(a.Number, c.Number) > 0));
                }

                return part.OrderBy(a => a.DueOn).ThenBy(a => a.Number).Take(limit + 1);
            });
            rows.AddRange(await dated.OrderBy(a => a.DueOn).ThenBy(a => a.Number).Take(limit + 1).ToListAsync(ct));
        }

        if (pairs.Count > 0 && rows.Count <= limit && due is null)
        {
            var take = limit + 1 - rows.Count;
            var undated = PerStep(pairs, query.Where(a => a.DueOn == null), part =>
            {
                if (cursor is { Dated: false } c)
                {
                    part = part.Where(a => string.Compare(a.Number, c.Number) > 0);
                }

                return part.OrderBy(a => a.Number).Take(take);
            });
            rows.AddRange(await undated.OrderBy(a => a.Number).Take(take).ToListAsync(ct));
        }

        var more = rows.Count > limit;
        var page = rows.Take(limit).ToList();
        var entered = await EnteredAsync(page, ct);
        var calendar = await calendars.GetAsync(ct);
        // Issue 15: the steps the step-limits job escalated to the head are marked in the queue.
        var pageIds = page.Select(a => a.Id).ToList();
        var escalated = (await db.MonitoringStages.AsNoTracking().Where(s => pageIds.Contains(s.ApplicationId) && s.LeftAt == null && s.EscalatedAt != null)
            .Select(s => s.ApplicationId).ToListAsync(ct)).ToHashSet();
        var items = page.Select(a => Item(a, user.Role, entered.GetValueOrDefault(a.Id, a.SubmittedAt), calendar, now, today) with { Escalated = escalated.Contains(a.Id) }).ToList();

        // D-305: the page shows each applicant's name to the staff member; each is a read of that person's data.
        foreach (var a in page.Where(a => Kernel.Identifiers.Iin.TryParse(a.ApplicantId, out _, out _)))
        {
            access.Set(user.Id, user.Role, AccessPurposes.ForApplication(a.Number, a.ServiceId), a.Number);
            accessLog.Record(a.ApplicantId);
        }

        if (page.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        var next = more ? Cursor.Encode(page[^1]) : null;
        return new DeskQueuePage(items, next, serviceOptions, stepOptions, normalized);
    }

    /// <summary>The actions the role may take now on the application, labelled as declared, with their required inputs.</summary>
    public DeskAction[] ActionsFor(Application app, string role)
    {
        var procedure = registry.Get(app.ServiceId).Procedure;
        return [.. procedure.From(app.Status).Where(t => t.Roles.Contains(role)).Select(t => Action(procedure, t.Trigger))];
    }

    private static DeskAction Action(ProcedureDefinition procedure, string trigger)
    {
        var refusal = RefusalService.MustGoThroughRefusals(procedure, trigger);
        var onGround = refusal && trigger is RefusalTriggers.Refuse or RefusalTriggers.PreliminaryRefusal;
        return new DeskAction(trigger, procedure.Label(trigger)!.Action, refusal, refusal, onGround,
            onGround && procedure.Transitions.Any(t => t.Trigger == RefusalTriggers.PreliminaryRefusal));
    }

    /// <summary>Provider staff and administrators work at a desk; applicants and PSC operators do not (K-0003).</summary>
    public static void EnsureDeskUser(UserInfo user)
    {
        if (!user.IsStaff || user.Role == Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }
    }

    /// <summary>The service as a person reads it: its name and, for a variant, the variant (never its id).</summary>
    public static LocalizedText ServiceLabel(string serviceId) => ServiceCatalog.Find(serviceId) is { } s
        ? s.Variant is { } v ? new(s.Name.Kk + " — " + v.Kk, s.Name.Ru + " — " + v.Ru, s.Name.En + " — " + v.En) : s.Name
        : new("Мемлекеттік қызмет", "Государственная услуга", "State service");

    private static bool ServesUnit(IStateServiceHandler handler, UserInfo user) =>
        user.Role == Roles.Administrator || (user.UnitId is { } unit && unit.StartsWith(handler.UnitPrefix, StringComparison.Ordinal));

    private static bool Acts(ProcedureDefinition procedure, string role) =>
        role == Roles.Administrator || procedure.Transitions.Any(t => t.Roles.Contains(role));

    private DeskQueueItem Item(Application a, string role, DateTime entered, WorkingCalendar calendar, DateTimeOffset now, DateOnly today)
    {
        var procedure = registry.Get(a.ServiceId).Procedure;
        var state = procedure.State(a.Status);
        var (stepDueOn, stepDueAt) = StepDue(state, entered, calendar);
        var active = state.Kind == StateKind.Active;
        var overdue = active && (a.DueOn < today || stepDueOn < today || stepDueAt < now.UtcDateTime);
        var dueToday = active && !overdue && (a.DueOn == today || stepDueOn == today || (stepDueAt is { } at && AlmatyTime.LocalDate(Utc(at)) == today));
        return new DeskQueueItem(a.Number, a.ServiceId, ServiceLabel(a.ServiceId), a.ApplicantId, a.ApplicantName, a.Status, state.Label, state.Kind,
            a.SubmittedAt, stepDueOn, stepDueAt, a.DueOn, overdue, dueToday, ActionsFor(a, role));
    }

    /// <summary>The current step's limit, counted through the working calendar from when the application entered it.</summary>
    public static (DateOnly? On, DateTime? At) StepDue(ProcedureState state, DateTime entered, WorkingCalendar calendar) =>
        state is { Kind: StateKind.Active, StepLimit: { } limit }
            ? limit.Unit is DeadlineUnit.Hours or DeadlineUnit.Minutes
                ? (null, WorkingCalendar.DueInstant(Utc(entered), limit).UtcDateTime)
                : (calendar.Compute(Utc(entered), limit).DueDate, null)
            : (null, null);

    /// <summary>When each application entered its current step (its last history line into the status; else its submission).</summary>
    private async Task<Dictionary<Guid, DateTime>> EnteredAsync(List<Application> page, CancellationToken ct)
    {
        var ids = page.Select(a => a.Id).ToList();
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => ids.Contains(e.ApplicationId) && e.FromStatus != e.ToStatus)
            .Select(e => new { e.ApplicationId, e.ToStatus, e.At, e.Id }).ToListAsync(ct);
        var result = new Dictionary<Guid, DateTime>();
        foreach (var a in page)
        {
            var last = events.Where(e => e.ApplicationId == a.Id && e.ToStatus == a.Status).OrderByDescending(e => e.Id).FirstOrDefault();
            if (last is not null)
            {
                result[a.Id] = last.At;
            }
        }

        return result;
    }

    /// <summary>
    /// D-377: the queue's rows as the union (UNION ALL) of one bounded read per (service, step): each is an equality on the
    /// index's leading columns (unit, status) with the service checked on the few rows read, ordered and limited by
    /// <paramref name="bounded"/>. "status IN (...)" over several steps is one index range per step too, but the database must
    /// read all of them before it can sort, which grows with the unit's applications.
    /// </summary>
    private static IQueryable<Application> PerStep(List<(string Service, string Step)> pairs, IQueryable<Application> query,
        Func<IQueryable<Application>, IQueryable<Application>> bounded)
    {
        if (pairs.Count > MaxRanges)
        {
            // An administrator's queue spans every unit (no index range to read) and every step: one filtered query.
            return bounded(query.Where(InScope(pairs)));
        }

        IQueryable<Application>? union = null;
        foreach (var (service, step) in pairs)
        {
            var part = bounded(query.Where(a => a.Status == step && a.ServiceId == service));
            union = union is null ? part : union.Concat(part);
        }

        return union!;
    }

    /// <summary>More (service, step) ranges than this are read as one query (SQLite's compound SELECT holds at most 500).</summary>
    private const int MaxRanges = 48;

    /// <summary>(ServiceId = s1 AND Status = x) OR (ServiceId = s2 AND Status = y) ..., translated to SQL.</summary>
    private static Expression<Func<Application, bool>> InScope(List<(string Service, string Step)> pairs)
    {
        var a = Expression.Parameter(typeof(Application), "a");
        Expression body = Expression.Constant(false);
        foreach (var (service, step) in pairs)
        {
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.Equal(Expression.Property(a, nameof(Application.ServiceId)), Expression.Constant(service)),
                Expression.Equal(Expression.Property(a, nameof(Application.Status)), Expression.Constant(step))));
        }

        return Expression.Lambda<Func<Application, bool>>(body, a);
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static QyzmetException Invalid(string field, string allowed) =>
        new(KernelErrors.Validation) { Fields = { [field] = new($"Рұқсат етілген мәндер: {allowed}.", $"Допустимые значения: {allowed}.", $"Allowed values: {allowed}.") } };

    /// <summary>Opaque keyset cursor: "d|yyyy-MM-dd|number" in the dated part of the queue, "n|number" in the undated part.</summary>
    private sealed record Cursor(bool Dated, DateOnly? DueOn, string Number)
    {
        public static string Encode(Application last) => Convert.ToBase64String(Encoding.UTF8.GetBytes(last.DueOn is { } d
            ? "d|" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + last.Number
            : "n|" + last.Number)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static Cursor? Decode(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            try
            {
                var padded = value.Trim().Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - (padded.Length % 4)) % 4);
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
                return parts switch
                {
                    ["d", var d, var n] when DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && n.Length > 0 => new(true, day, n),
                    ["n", var n] when n.Length > 0 => new(false, null, n),
                    _ => throw Invalid("after", "next"),
                };
            }
            catch (FormatException)
            {
                throw Invalid("after", "next");
            }
        }
    }
}
