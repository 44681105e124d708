using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.Supervise;

public sealed record WindowRowDto(int Number, string? OperatorName, string State, string? Ticket, string? ServiceId);

/// <summary>A ticket over a limit: the wait (15 minutes) or the service time of its standard.</summary>
public sealed record BreachDto(string Ticket, string ServiceId, string Kind, int Minutes, int LimitMinutes, int? Window, bool Ongoing);

/// <summary>A ticket of the day with its person (by name) and the application filed for it (D-653).</summary>
public sealed record TicketRowDto(string Ticket, string ServiceId, string Status, bool Booked, string? PersonName, int? Window, string? ApplicationNumber);

public sealed record OverviewDto(
    string CentreId, DateOnly Day, int Waiting, int? LongestWaitMinutes, IReadOnlyList<WindowRowDto> Windows,
    int Issued, int Served, int NoShows, int WaitMeasured, int WaitWithin, double? WaitWithinShare,
    int ServiceMeasured, int ServiceWithin, double? ServiceWithinShare, IReadOnlyList<BreachDto> Breaches,
    IReadOnlyList<TicketRowDto> Tickets);

public sealed record BoardRowDto(string Ticket, int Window, bool Serving);

/// <summary>
/// The supervisor's view of a centre's day and the hall board. 004.md item 4 of each standard: the maximum wait to hand
/// in documents is 15 minutes, and the maximum service time is the standard's (S1 30, S2 20, S3 20, S4 30, S5 15
/// minutes); both are measured per ticket (D-646), and a ticket still waiting or being served past its limit is a breach
/// already.
/// </summary>
public sealed class CentreOverview(QyzmetDbContext db, Centres centres, TimeProvider time)
{
    public const string WaitBreach = "wait";
    public const string ServiceBreach = "service";

    public async Task<OverviewDto> SupervisorAsync(UserInfo user, string? centreId, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId ?? user.UnitId, ct);
        var head = user.Role == Roles.ProviderHead && user.UnitId == centre.Id;
        if (!head && user.Role != Roles.Administrator)
        {
            throw new QyzmetException(QueueErrors.SupervisorOnly);
        }

        var nowOffset = time.GetUtcNow();
        var now = nowOffset.UtcDateTime;
        var day = AlmatyTime.LocalDate(nowOffset);
        var tickets = await db.Set<QueueTicket>().AsNoTracking().Where(t => t.CentreId == centre.Id && t.Day == day).ToListAsync(ct);
        var names = await centres.StaffNamesAsync(centre.Id, ct);

        var waiting = tickets.Where(t => t.Status == TicketStatus.Waiting).ToList();
        int? longest = waiting.Count == 0 ? null : (int)waiting.Max(t => Minutes(t.WaitFrom, now > t.WaitFrom ? now : t.WaitFrom));

        var windows = centre.Windows.Select(w =>
        {
            var current = tickets.Where(t => t.WindowNumber == w.Number && t.Status is TicketStatus.Called or TicketStatus.Serving)
                .OrderByDescending(t => t.CalledAt).FirstOrDefault();
            var state = w.OperatorIin is null ? "closed" : current?.Status ?? "free";
            return new WindowRowDto(w.Number, w.OperatorIin is { } iin ? names.GetValueOrDefault(iin) : null, state, current?.Display, current?.ServiceId);
        }).ToList();

        var breaches = new List<BreachDto>();
        int waitMeasured = 0, waitWithin = 0, serviceMeasured = 0, serviceWithin = 0;
        var maxWait = (int)QueueLimits.MaxWait.TotalMinutes;
        foreach (var t in tickets.OrderBy(t => t.Number))
        {
            // The wait: to the call, or until now while the ticket still waits.
            var waitEnd = t.CalledAt ?? (t.Status == TicketStatus.Waiting ? now : (DateTime?)null);
            if (waitEnd is { } we)
            {
                var waited = we > t.WaitFrom ? we - t.WaitFrom : TimeSpan.Zero;
                var ongoing = t.CalledAt is null;
                if (waited > QueueLimits.MaxWait)
                {
                    breaches.Add(new BreachDto(t.Display, t.ServiceId, WaitBreach, (int)waited.TotalMinutes, maxWait, t.WindowNumber, ongoing));
                }

                if (!ongoing)
                {
                    waitMeasured++;
                    waitWithin += waited <= QueueLimits.MaxWait ? 1 : 0;
                }
            }

            if (t.ServiceStartedAt is { } started && QueueLimits.MaxService(t.ServiceId) is { } limit)
            {
                var end = t.FinishedAt ?? now;
                var served = end - started;
                var ongoing = t.FinishedAt is null;
                if (served > limit)
                {
                    breaches.Add(new BreachDto(t.Display, t.ServiceId, ServiceBreach, (int)served.TotalMinutes, (int)limit.TotalMinutes, t.WindowNumber, ongoing));
                }

                if (!ongoing)
                {
                    serviceMeasured++;
                    serviceWithin += served <= limit ? 1 : 0;
                }
            }
        }

        var people = await centres.PeopleNamesAsync([.. tickets.Where(t => t.Iin != null).Select(t => t.Iin!).Distinct()], ct);
        var rows = tickets.OrderBy(t => t.Number)
            .Select(t => new TicketRowDto(t.Display, t.ServiceId, t.Status, t.Booked, t.Iin is { } i ? people.GetValueOrDefault(i) : null, t.WindowNumber, t.ApplicationNumber))
            .ToList();
        return new OverviewDto(
            centre.Id, day, waiting.Count, longest, windows,
            tickets.Count, tickets.Count(t => t.Status == TicketStatus.Done), tickets.Count(t => t.Status == TicketStatus.NoShow),
            waitMeasured, waitWithin, Share(waitWithin, waitMeasured), serviceMeasured, serviceWithin, Share(serviceWithin, serviceMeasured),
            breaches, rows);
    }

    /// <summary>The hall board: the tickets called to a window and not yet finished, the latest call first.</summary>
    public async Task<IReadOnlyList<BoardRowDto>> BoardAsync(string? centreId, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        var day = AlmatyTime.LocalDate(time.GetUtcNow());
        var rows = await db.Set<QueueTicket>().AsNoTracking()
            .Where(t => t.CentreId == centre.Id && t.Day == day && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(t => t.CalledAt).Select(t => new BoardRowDto(t.Display, t.WindowNumber ?? 0, t.Status == TicketStatus.Serving))];
    }

    private static double Minutes(DateTime from, DateTime to) => Math.Floor((to - from).TotalMinutes);

    private static double? Share(int within, int measured) => measured == 0 ? null : Math.Round((double)within / measured, 4);
}
