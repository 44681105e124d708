using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;

namespace Qyzmet.Host.Api;

/// <summary>Health, identifiers, the working calendar, the service catalog and the development sign-in.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (QyzmetDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                // D-343: the outbox backlog as of this instance's last delivery pass (no extra query: /health stays cheap).
                ? Results.Ok(new { status = "healthy", outboxBacklog = Platform.Telemetry.QyzmetTelemetry.OutboxBacklog })
                : Results.Json(new { status = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithSummary("200 when the database is reachable");

        var ids = app.MapGroup("/api/identifiers").WithTags("Identifiers");
        ids.MapGet("/iin/{value}", (string value) =>
        {
            var iin = Iin.Parse(value);
            return TypedResults.Ok(new IinInfo(true, iin.Value, iin.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), iin.Sex == Sex.Male ? "male" : "female"));
        }).WithSummary("Validate an IIN and read its birth date and sex");
        ids.MapGet("/bin/{value}", (string value) =>
        {
            var bin = Bin.Parse(value);
            return TypedResults.Ok(new BinInfo(true, bin.Value, $"{bin.RegistrationYear:D4}-{bin.RegistrationMonth:D2}",
                ToKebab(bin.EntityType.ToString()), ToKebab(bin.Attribute.ToString())));
        }).WithSummary("Validate a BIN and read its registration month, entity type and attribute");

        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapGet("/deadline", async (string? submittedAt, int? workingDays, int? calendarDays, CalendarService calendars, CancellationToken ct) =>
        {
            if (submittedAt is null || !DateTimeOffset.TryParse(submittedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                || !HasOffset(submittedAt))
            {
                throw new QyzmetException(HostErrors.BadSubmittedAt);
            }

            if (workingDays is null == calendarDays is null)
            {
                throw new QyzmetException(HostErrors.DeadlineUnitRequired);
            }

            var rule = workingDays is { } w ? DeadlineRule.WorkingDays(w) : DeadlineRule.CalendarDays(calendarDays!.Value);
            var deadline = (await calendars.GetAsync(ct)).Compute(at, rule);
            return TypedResults.Ok(new DeadlineDto(
                deadline.AcceptedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                deadline.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [.. deadline.NonWorkingDaysSkipped.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]));
        }).WithSummary("When an application submitted at a moment is accepted and when its deadline falls");
        calendar.MapGet("/overrides", async (QyzmetDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.CalendarOverrides.AsNoTracking().OrderBy(o => o.Date)
                .Select(o => new CalendarOverrideDto(o.Date.ToString("yyyy-MM-dd"), o.Kind, o.Reason)).ToListAsync(ct)))
            .WithSummary("Government transfers of days off loaded by administrators");
        calendar.MapPut("/overrides", async (CalendarOverrideDto[] overrides, HttpContext http, CalendarOverrideLoader loader, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            if (user.Role != Roles.Administrator)
            {
                throw new QyzmetException(KernelErrors.Forbidden);
            }

            var count = await loader.LoadAsync(overrides, user.Id, ct);
            return TypedResults.Ok(new { loaded = count });
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)) // D-816: the caller is checked before the body is read
            .WithSummary("Load (add or replace) transfers of days off; administrators only");

        var services = app.MapGroup("/api/services").WithTags("Catalog");
        services.MapGet("/", (ProcedureRegistry registry) =>
            TypedResults.Ok(ServiceCatalog.All.Select(s => ServiceSummary.From(s, registry))))
            .WithSummary("Every state service of the regulations, with whether it can be applied for yet");
        services.MapGet("/{id}", (string id, ProcedureRegistry registry) =>
        {
            var standard = ServiceCatalog.Find(id) ?? throw new QyzmetException(CaseErrors.ServiceUnknown, id);
            var handler = registry.Find(id);
            return TypedResults.Ok(new
            {
                summary = ServiceSummary.From(standard, registry),
                standard,
                // FeeRule is polymorphic; its description says what the rule is in every language.
                fee = standard.Fee.Describe(),
                feeCases = standard.FeeCases?.Select(c => new { c.Case, rule = c.Rule.Describe() }),
                form = handler?.Form.Fields,
                procedure = handler is null ? null : new
                {
                    initial = handler.Procedure.InitialState,
                    states = handler.Procedure.States,
                    transitions = handler.Procedure.Transitions,
                    overallDeadline = handler.Procedure.OverallDeadline,
                },
            });
        }).WithSummary("The service standard, its form and its procedure");

        var mci = app.MapGroup("/api/payments/mci").WithTags("Payments");
        mci.MapGet("/", async (QyzmetDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.MciRates.AsNoTracking().OrderBy(r => r.Year).Select(r => new { r.Year, tenge = r.Tiyn / 100m }).ToListAsync(ct)))
            .WithSummary("The monthly calculation index per year (fees are shares of it)");
        mci.MapPut("/{year:int}", async (int year, MciRateRequest body, HttpContext http, MciRateLoader loader, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            if (user.Role != Roles.Administrator)
            {
                throw new QyzmetException(KernelErrors.Forbidden);
            }

            await loader.SetAsync(year, body.Tenge, user.Id, ct);
            return TypedResults.Ok(new { year, tenge = body.Tenge });
        }).WithSummary("Set a year's MCI from the republican budget law; administrators only");

        app.MapGet("/api/admin/outbox", async (HttpContext http, QyzmetDbContext db, long? before, CancellationToken ct) =>
        {
            if (CurrentUser.Required(http.User).Role != Roles.Administrator)
            {
                throw new QyzmetException(KernelErrors.Forbidden);
            }

            var query = db.Outbox.AsNoTracking();
            if (before is { } b)
            {
                query = query.Where(m => m.Id < b);
            }

            var page = await query.OrderByDescending(m => m.Id).Take(50)
                .Select(m => new { m.Id, m.Channel, m.Address, m.Text, m.CreatedAt, m.DeliveredAt, m.Attempts }).ToListAsync(ct);
            var ids = page.Select(m => m.Id).ToList();
            var log = await db.DeliveryLog.AsNoTracking().Where(l => ids.Contains(l.OutboxMessageId)).ToListAsync(ct);
            return TypedResults.Ok(page.Select(m => new
            {
                m.Id,
                m.Channel,
                m.Address,
                // Issue 10 item 6: never the one-time code, not even before delivery.
                Text = OutboxMessage.Redacted(m.Text),
                m.CreatedAt,
                m.DeliveredAt,
                m.Attempts,
                deliveries = log.Where(l => l.OutboxMessageId == m.Id).Select(l => new { l.At, l.Result }),
            }));
        }).WithTags("Notifications").WithSummary("SMS/e-mail outbox with its delivery log; administrators only");

        app.MapPost("/api/dev/sign-in", async (DevSignInRequest request, HttpContext http, QyzmetDbContext db, IConfiguration config, IHostEnvironment environment, CancellationToken ct) =>
        {
            var user = await DevSignIn.FindAsync(db, config, environment, request.Id, ct);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CurrentUser.Principal(user));
            return TypedResults.Ok(user);
        }).AllowAnonymous().WithTags("Sign-in").WithSummary("Development sign-in as a demo person (by IIN) or staff member; replaced by EDS/OTP sign-in");
        app.MapPost("/api/dev/sign-out", async (HttpContext http, Platform.Trust.Sessions sessions, CancellationToken ct) =>
        {
            await sessions.EndAsync(http.User, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).WithTags("Sign-in");
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(value, @"[+-]\d{2}:?\d{2}$");

    private static string ToKebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

internal sealed record IinInfo(bool Valid, string Value, string BirthDate, string Sex);

internal sealed record BinInfo(bool Valid, string Value, string RegistrationMonth, string EntityType, string Attribute);

internal sealed record DeadlineDto(string AcceptedOn, string DueDate, string[] NonWorkingDaysSkipped);

internal sealed record CalendarOverrideDto(string Date, string Kind, string Reason);

internal sealed record DevSignInRequest(string Id);

internal sealed record MciRateRequest(decimal Tenge);

/// <summary>A catalog entry: <see cref="Available"/> when it can be applied for now; <see cref="Suspended"/> when delivered but suspended for now (D-348).</summary>
internal sealed record ServiceSummary(string Id, string Area, LocalizedText Name, bool Available, bool Suspended, string SpecReference)
{
    public static ServiceSummary From(ServiceStandard s, ProcedureRegistry registry) =>
        new(s.Id, s.Area.ToString(), s.Name, registry.IsOffered(s.Id), registry.IsSuspended(s.Id), s.SpecReference);
}
