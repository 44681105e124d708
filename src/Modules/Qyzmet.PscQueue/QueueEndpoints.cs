using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.BookSlot;
using Qyzmet.PscQueue.Features.EditHours;
using Qyzmet.PscQueue.Features.HomeVisits;
using Qyzmet.PscQueue.Features.ServeAtWindow;
using Qyzmet.PscQueue.Features.Supervise;
using Qyzmet.PscQueue.Features.TakeTicket;

namespace Qyzmet.PscQueue;

public sealed record BookRequest(string? Centre, string? Service, DateTimeOffset? SlotStart);

public sealed record TicketRequest(string? Service, string? Iin);

public sealed record CheckInRequest(string? Code);

public sealed record WindowRequest(int? Window);

public sealed record HomeVisitRequest(string? Centre, string? Service, string? Reason, string? Address, string? Phone);

public sealed record AssignRequest(string? Operator, string? Date);

public sealed record HoursRequest(string? EffectiveFrom, string? WeekdayOpens, string? WeekdayCloses, string? SaturdayOpens, string? SaturdayCloses);

/// <summary>The queue's API (ADR 0021): times are UTC instants; errors are ProblemDetails with QUE- codes.</summary>
internal static class QueueEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/queue").WithTags("PSC queue");

        g.MapGet("/centres", async (Centres centres, TimeProvider time, CancellationToken ct) =>
        {
            var today = Kernel.Calendar.AlmatyTime.LocalDate(time.GetUtcNow());
            return TypedResults.Ok((await centres.AllAsync(ct)).Select(c =>
            {
                var week = c.WeekOn(today);
                return new
                {
                    c.Id,
                    c.Name,
                    c.Settings.SlotMinutes,
                    Hours = new { Weekdays = $"{week.Opens:HH\\:mm}-{week.Closes:HH\\:mm}", Saturday = week.SaturdayOpens is { } o && week.SaturdayCloses is { } cl ? $"{o:HH\\:mm}-{cl:HH\\:mm}" : null },
                    c.Services,
                    Windows = c.Windows.Count,
                };
            }));
        })
            .WithSummary("The centres with an electronic queue: today's weekly hours (local), slot length, services, number of windows");

        g.MapGet("/centres/{centre}/slots", async (string centre, string? service, string? date, Bookings bookings, CancellationToken ct) =>
            TypedResults.Ok(await bookings.SlotsAsync(centre, service, Bookings.ParseDate(date, "date"), ct)))
            .WithSummary("Bookable slots of a centre for a service on a date (yyyy-MM-dd, Almaty); none on a non-working day");

        g.MapPost("/bookings", async ([FromBody] BookRequest? body, HttpContext http, Bookings bookings, CancellationToken ct) =>
            TypedResults.Created((string?)null, await bookings.BookAsync(CurrentUser.Required(http.User), body?.Centre, body?.Service, body?.SlotStart, ct)))
            .WithSummary("Book a slot (signed-in citizen): one active booking per person, service and day");

        g.MapGet("/bookings", async (HttpContext http, Bookings bookings, CancellationToken ct) =>
            TypedResults.Ok(await bookings.MineAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("My bookings from today on");

        g.MapPost("/bookings/{code}/cancel", async (string code, HttpContext http, Bookings bookings, CancellationToken ct) =>
            TypedResults.Ok(await bookings.CancelAsync(CurrentUser.Required(http.User), code, ct)))
            .WithSummary("Cancel my active booking");

        g.MapPost("/centres/{centre}/tickets", async (string centre, [FromBody] TicketRequest? body, Kiosk kiosk, CancellationToken ct) =>
            TypedResults.Created((string?)null, await kiosk.TakeAsync(centre, body?.Service, body?.Iin, ct)))
            .AllowAnonymous()
            .WithSummary("Kiosk (no sign-in): take a ticket for a service while the centre is open; optionally with the person's IIN (checksum checked)");

        g.MapPost("/centres/{centre}/check-in", async (string centre, [FromBody] CheckInRequest? body, Kiosk kiosk, CancellationToken ct) =>
            TypedResults.Created((string?)null, await kiosk.CheckInAsync(centre, body?.Code, ct)))
            .AllowAnonymous()
            .WithSummary("Kiosk (no sign-in): check in a booking by its code; issues the ticket");

        g.MapGet("/window", async (HttpContext http, WindowDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.StateAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("Operator: my window, its current ticket and how many wait");

        g.MapPost("/window", async ([FromBody] WindowRequest? body, HttpContext http, WindowDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.TakeWindowAsync(CurrentUser.Required(http.User), body?.Window, ct)))
            .WithSummary("Operator: take a free window of my centre");

        g.MapPost("/window/leave", async (HttpContext http, WindowDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.LeaveWindowAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("Operator: leave my window");

        g.MapPost("/window/tickets", async ([FromBody] TicketRequest? body, HttpContext http, WindowDesk desk, CancellationToken ct) =>
            TypedResults.Created((string?)null, await desk.IssueTicketAsync(CurrentUser.Required(http.User), body?.Service, body?.Iin, ct)))
            .WithSummary("Operator: issue a walk-in ticket of my centre, optionally with the person's IIN");

        g.MapPost("/window/call-next", async (HttpContext http, WindowDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.CallNextAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("Operator: call the next ticket (booked arrivals due now, then walk-ins in order)");

        foreach (var (path, summary) in new[] { ("recall", "call the current ticket again"), ("no-show", "the person called did not come"), ("start", "start serving"), ("finish", "finish serving") })
        {
            g.MapPost("/window/" + path, async (HttpContext http, WindowDesk desk, CancellationToken ct) =>
            {
                var user = CurrentUser.Required(http.User);
                return TypedResults.Ok(path switch
                {
                    "recall" => await desk.RecallAsync(user, ct),
                    "no-show" => await desk.NoShowAsync(user, ct),
                    "start" => await desk.StartAsync(user, ct),
                    _ => await desk.FinishAsync(user, ct),
                });
            }).WithSummary("Operator: " + summary);
        }

        g.MapGet("/centres/{centre}/overview", async (string centre, HttpContext http, CentreOverview overview, CancellationToken ct) =>
            TypedResults.Ok(await overview.SupervisorAsync(CurrentUser.Required(http.User), centre, ct)))
            .WithSummary("Head of the centre: waiting, longest wait, windows, today's counts, share within the limits, breaches");

        g.MapGet("/centres/{centre}/board", async (string centre, CentreOverview overview, CancellationToken ct) =>
            TypedResults.Ok(await overview.BoardAsync(centre, ct)))
            .WithSummary("Hall board (no sign-in): tickets called to windows");

        g.MapPost("/home-visits", async ([FromBody] HomeVisitRequest? body, HttpContext http, HomeVisits visits, CancellationToken ct) =>
            TypedResults.Created((string?)null, await visits.RequestAsync(CurrentUser.Required(http.User), body?.Centre, body?.Service, body?.Reason, body?.Address, body?.Phone, ct)))
            .WithSummary("Ask for a home visit for health reasons (S1, S3, S4 item 12)");

        g.MapGet("/home-visits", async (HttpContext http, HomeVisits visits, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            return TypedResults.Ok(user.Role is Platform.Identity.Roles.Applicant ? await visits.MineAsync(user, ct) : await visits.OfCentreAsync(user, ct));
        }).WithSummary("Home visits: mine (citizen), my centre's (head) or assigned to me (operator)");

        g.MapPost("/home-visits/{number}/assign", async (string number, [FromBody] AssignRequest? body, HttpContext http, HomeVisits visits, CancellationToken ct) =>
            TypedResults.Ok(await visits.AssignAsync(CurrentUser.Required(http.User), number, body?.Operator, body?.Date, ct)))
            .WithSummary("Head of the centre: assign an operator and a working day to a home visit");

        g.MapPost("/home-visits/{number}/done", async (string number, HttpContext http, HomeVisits visits, CancellationToken ct) =>
            TypedResults.Ok(await visits.MarkDoneAsync(CurrentUser.Required(http.User), number, ct)))
            .WithSummary("The operator assigned: mark the home visit done (on or after its day)");

        g.MapGet("/hours", async (HttpContext http, CentreHoursEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ScheduleAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("Head of the centre: the weekly hours in force today and the changes to come");

        g.MapPost("/hours", async ([FromBody] HoursRequest? body, HttpContext http, CentreHoursEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.SetAsync(CurrentUser.Required(http.User), body?.EffectiveFrom, body?.WeekdayOpens, body?.WeekdayCloses,
                body?.SaturdayOpens, body?.SaturdayCloses, ct)))
            .WithSummary("Head of the centre: set the weekly hours (HH:mm, local) from a date, tomorrow at the earliest");
    }
}
