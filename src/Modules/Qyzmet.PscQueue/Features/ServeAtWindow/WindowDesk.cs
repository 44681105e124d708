using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.TakeTicket;

namespace Qyzmet.PscQueue.Features.ServeAtWindow;

/// <summary>The ticket at a window, as the operator reads it.</summary>
public sealed record WindowTicketDto(
    Guid Id, string Number, string ServiceId, bool Booked, string? Iin, string Status,
    DateTimeOffset IssuedAt, DateTimeOffset? CalledAt, DateTimeOffset? ServiceStartedAt, int Recalls, string? ApplyLink,
    string? PersonName = null, string? ApplicationNumber = null);

/// <summary>The window's state; <paramref name="Next"/> is the ticket the next call would take (D-652: who is next, by name).</summary>
public sealed record WindowStateDto(string CentreId, int? Window, IReadOnlyList<int> Windows, IReadOnlyList<int> FreeWindows, WindowTicketDto? Current, int Waiting,
    WindowTicketDto? Next = null);

/// <summary>
/// The operator window (004.md S1 §5 step 2–3: the recipient comes by e-queue and hands in the documents): the operator
/// takes a window, calls the next ticket, recalls it, marks a no-show, starts and finishes the service, and from the
/// called ticket opens the service's application at the PSC desk with the person's IIN.
/// </summary>
public sealed class WindowDesk(QyzmetDbContext db, Centres centres, Kiosk kiosk, AuditLog audit, TimeProvider time, Portal.DeskSubjects subjects)
{
    private static readonly string[] Open = [TicketStatus.Called, TicketStatus.Serving];

    public async Task<WindowStateDto> StateAsync(UserInfo user, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        var window = centre.Windows.FirstOrDefault(w => w.OperatorIin == user.Id)?.Number;
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var current = window is { } n ? await CurrentAsync(centre.Id, n, ct) : null;
        var waiting = await db.Set<QueueTicket>().CountAsync(t => t.CentreId == centre.Id && t.Day == today && t.Status == TicketStatus.Waiting, ct);
        var nextId = (await CandidatesAsync(centre.Id, ct)).FirstOrDefault();
        var next = nextId == Guid.Empty ? null : await db.Set<QueueTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == nextId, ct);
        return new WindowStateDto(centre.Id, window, [.. centre.Windows.Select(w => w.Number)],
            [.. centre.Windows.Where(w => w.OperatorIin is null || w.OperatorIin == user.Id).Select(w => w.Number)],
            current is null ? null : await ToDtoAsync(current, ct), waiting, next is null ? null : await ToDtoAsync(next, ct));
    }

    /// <summary>
    /// D-652: the operator issues a walk-in ticket at the window for a person who did not use the kiosk (same hours rule and
    /// numbering as the kiosk), with the person's IIN when given.
    /// </summary>
    public async Task<TicketDto> IssueTicketAsync(UserInfo user, string? serviceId, string? iin, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        return await kiosk.TakeAsync(Ctx(user), centre.Id, serviceId, iin, ct);
    }

    /// <summary>Takes a free window (a conditional update: two operators never hold one window), leaving any other.</summary>
    public async Task<WindowStateDto> TakeWindowAsync(UserInfo user, int? number, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        if (number is not { } n || centre.Windows.All(w => w.Number != n))
        {
            throw new QyzmetException(QueueErrors.WindowNotFound, number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<QueueWindow>().Where(w => w.CentreId == centre.Id && w.OperatorIin == user.Id && w.Number != n)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.OperatorIin, (string?)null), ct);
        var taken = await db.Set<QueueWindow>().Where(w => w.CentreId == centre.Id && w.Number == n && (w.OperatorIin == null || w.OperatorIin == user.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.OperatorIin, user.Id), ct);
        if (taken == 0)
        {
            throw new QyzmetException(QueueErrors.WindowTaken, n);
        }

        await audit.AppendAsync(Ctx(user), "queue.window-taken", $"{centre.Id}/{n}", null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await StateAsync(user, ct);
    }

    public async Task<WindowStateDto> LeaveWindowAsync(UserInfo user, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        await db.Set<QueueWindow>().Where(w => w.CentreId == centre.Id && w.OperatorIin == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.OperatorIin, (string?)null), ct);
        return await StateAsync(user, ct);
    }

    /// <summary>
    /// Calls the next ticket to the operator's window. Order (D-648): booked arrivals whose time has come, earliest booked
    /// time first; then walk-ins first come, first served; then booked arrivals who came early. A ticket goes to one
    /// window only: it is claimed with a conditional update (status still waiting), and a claim lost to another window
    /// moves on to the next candidate.
    /// </summary>
    public async Task<WindowTicketDto> CallNextAsync(UserInfo user, CancellationToken ct)
    {
        var (centre, window) = await WindowOfAsync(user, ct);
        if (await CurrentAsync(centre.Id, window, ct) is { } open)
        {
            throw new QyzmetException(QueueErrors.TicketInProgress, open.Display);
        }

        var now = time.GetUtcNow().UtcDateTime;
        for (var round = 0; round < 50; round++)
        {
            var candidates = await CandidatesAsync(centre.Id, ct);
            if (candidates.Count == 0)
            {
                throw new QyzmetException(QueueErrors.NobodyWaiting);
            }

            foreach (var id in candidates)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var claimed = await db.Set<QueueTicket>().Where(t => t.Id == id && t.Status == TicketStatus.Waiting)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(t => t.Status, TicketStatus.Called)
                        .SetProperty(t => t.WindowNumber, window)
                        .SetProperty(t => t.OperatorIin, user.Id)
                        .SetProperty(t => t.CalledAt, now), ct);
                if (claimed == 1)
                {
                    var ticket = await db.Set<QueueTicket>().AsNoTracking().FirstAsync(t => t.Id == id, ct);
                    await audit.AppendAsync(Ctx(user), "queue.called", Subject(ticket), $"window {window}", ct);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return await ToDtoAsync(ticket, ct);
                }

                await tx.RollbackAsync(ct);
            }
        }

        throw new QyzmetException(QueueErrors.NobodyWaiting);
    }

    /// <summary>The waiting tickets in the order of the call (D-648), the first few of each group.</summary>
    private async Task<List<Guid>> CandidatesAsync(string centreId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var waiting = db.Set<QueueTicket>().AsNoTracking().Where(t => t.CentreId == centreId && t.Day == today && t.Status == TicketStatus.Waiting);
        var candidates = new List<Guid>();
        candidates.AddRange(await waiting.Where(t => t.Booked && t.WaitFrom <= now).OrderBy(t => t.WaitFrom).ThenBy(t => t.Number).Select(t => t.Id).Take(5).ToListAsync(ct));
        candidates.AddRange(await waiting.Where(t => !t.Booked).OrderBy(t => t.Number).Select(t => t.Id).Take(5).ToListAsync(ct));
        candidates.AddRange(await waiting.Where(t => t.Booked && t.WaitFrom > now).OrderBy(t => t.WaitFrom).ThenBy(t => t.Number).Select(t => t.Id).Take(5).ToListAsync(ct));
        return candidates;
    }

    /// <summary>Calls the current ticket again (the board shows it once more).</summary>
    public Task<WindowTicketDto> RecallAsync(UserInfo user, CancellationToken ct) =>
        MoveAsync(user, TicketStatus.Called, "queue.recalled", t => t.Recalls++, ct);

    /// <summary>The person called did not come: the ticket is closed as a no-show.</summary>
    public Task<WindowTicketDto> NoShowAsync(UserInfo user, CancellationToken ct) =>
        MoveAsync(user, TicketStatus.Called, "queue.no-show", t =>
        {
            t.Status = TicketStatus.NoShow;
            t.FinishedAt = time.GetUtcNow().UtcDateTime;
        }, ct);

    /// <summary>The person is at the window: the service time (004.md item 4.3) starts.</summary>
    public Task<WindowTicketDto> StartAsync(UserInfo user, CancellationToken ct) =>
        MoveAsync(user, TicketStatus.Called, "queue.service-started", t =>
        {
            t.Status = TicketStatus.Serving;
            t.ServiceStartedAt = time.GetUtcNow().UtcDateTime;
        }, ct);

    public Task<WindowTicketDto> FinishAsync(UserInfo user, CancellationToken ct) =>
        MoveAsync(user, TicketStatus.Serving, "queue.service-finished", t =>
        {
            t.Status = TicketStatus.Done;
            t.FinishedAt = time.GetUtcNow().UtcDateTime;
        }, ct);

    private async Task<WindowTicketDto> MoveAsync(UserInfo user, string from, string action, Action<QueueTicket> change, CancellationToken ct)
    {
        var (centre, window) = await WindowOfAsync(user, ct);
        var ticket = await CurrentAsync(centre.Id, window, ct, tracked: true) ?? throw new QyzmetException(QueueErrors.NoCurrentTicket);
        if (ticket.Status != from)
        {
            throw new QyzmetException(QueueErrors.WrongTicketState, ticket.Display);
        }

        change(ticket);
        await audit.AppendAsync(Ctx(user), action, Subject(ticket), $"window {window}", ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(ticket, ct);
    }

    private async Task<QueueTicket?> CurrentAsync(string centreId, int window, CancellationToken ct, bool tracked = false)
    {
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var q = db.Set<QueueTicket>().Where(t => t.CentreId == centreId && t.Day == today && t.WindowNumber == window && Open.Contains(t.Status));
        return await (tracked ? q : q.AsNoTracking()).OrderByDescending(t => t.CalledAt).FirstOrDefaultAsync(ct);
    }

    internal Task<CentreView> CentreOfAsync(UserInfo user, CancellationToken ct) =>
        centres.OfStaffAsync(user, Roles.PscOperator, QueueErrors.OperatorOnly, ct);

    private async Task<(CentreView Centre, int Window)> WindowOfAsync(UserInfo user, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        var window = centre.Windows.FirstOrDefault(w => w.OperatorIin == user.Id) ?? throw new QyzmetException(QueueErrors.NoWindow);
        return (centre, window.Number);
    }

    private static ProcessContext Ctx(UserInfo user) => new(user.Id, user.Role, UnitId: user.UnitId);

    private static string Subject(QueueTicket t) => $"{t.CentreId}/{t.Day:yyyy-MM-dd}/{t.Display}";

    private static DateTimeOffset? Utc(DateTime? d) => d is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    /// <summary>
    /// The link that opens the ticket's application at the PSC desk: it names the ticket, never the person's IIN (a URL
    /// ends up in browser history, proxies' logs and Referer headers); the IIN is looked up on the server by
    /// <see cref="ApplyTargetAsync"/> for an operator of the ticket's centre.
    /// </summary>
    public static string ApplyLink(Guid ticketId) => $"/queue/window?handler=Apply&ticket={ticketId}";

    /// <summary>
    /// The PSC desk's application flow for this person and service (the host's /psc page checks the IIN first), naming the
    /// person by the operator's desk handle, never by the IIN (D-639).
    /// </summary>
    private string DeskLink(UserInfo user, string iin, string serviceId) =>
        $"/psc?subject={Uri.EscapeDataString(subjects.Issue(user, iin))}&service={Uri.EscapeDataString(serviceId)}";

    /// <summary>
    /// Where the apply link of a called or served ticket leads: the desk flow for the ticket's person and service, for an
    /// operator of the ticket's centre only (another centre's ticket, an unknown one, or one without an IIN is 404).
    /// </summary>
    public async Task<string> ApplyTargetAsync(UserInfo user, Guid ticketId, CancellationToken ct)
    {
        var centre = await CentreOfAsync(user, ct);
        var ticket = await db.Set<QueueTicket>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == ticketId && t.CentreId == centre.Id && Open.Contains(t.Status) && t.Iin != null, ct)
            ?? throw new QyzmetException(KernelErrors.NotFound, "ticket");
        return DeskLink(user, ticket.Iin!, ticket.ServiceId);
    }

    private async Task<WindowTicketDto> ToDtoAsync(QueueTicket t, CancellationToken ct)
    {
        var name = t.Iin is { } person ? (await centres.PeopleNamesAsync([person], ct)).GetValueOrDefault(person) : null;
        return new(
            t.Id, t.Display, t.ServiceId, t.Booked, t.Iin, t.Status, Utc(t.IssuedAt)!.Value, Utc(t.CalledAt), Utc(t.ServiceStartedAt), t.Recalls,
            t.Iin is null ? null : ApplyLink(t.Id), name, t.ApplicationNumber);
    }
}
