using System.Globalization;
using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Desk;

namespace Qyzmet.Host.Api;

/// <summary>
/// The clerk's workbench through the API (issue 11): the unit's queue for the staff member's role and one application
/// with what the clerk needs to decide. The same classes serve the desk pages (Pages/Desk).
/// </summary>
internal static class DeskEndpoints
{
    public static void MapDeskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/desk").WithTags("Desk");

        group.MapGet("/queue", async (string? service, string? step, string? status, string? due, string? after, int? limit, HttpContext http,
            DeskQueue queue, CancellationToken ct) =>
            TypedResults.Ok(DeskJson.Page(await queue.ListAsync(CurrentUser.Required(http.User), new DeskFilter(service, step, status, due, after, limit), null, ct))))
            .WithSummary("Staff: my unit's queue for my role, the oldest due first; filters service, step, status (mine|open|closed), due (overdue|today); keyset paging with 'after' = the previous page's 'next'");

        group.MapGet("/applications/{number}", async (string number, HttpContext http, DeskCases cases, ApplicationViews views, CancellationToken ct) =>
        {
            var c = await cases.OpenAsync(CurrentUser.Required(http.User), number, ct);
            var view = await views.ToPageAsync(c.Application, ct);
            var lang = Language.Current;
            return TypedResults.Ok(new
            {
                application = view.Application,
                service = DeskQueue.ServiceLabel(c.Application.ServiceId).For(lang),
                fields = view.Fields,
                stepDueOn = Iso(view.StepDueOn),
                view.StepDueAt,
                history = view.History,
                actions = c.Actions.Select(a => DeskJson.Action(a, lang)),
                grounds = c.Grounds.Select(g => new { g.Code, text = g.Text.For(lang) }),
                attachments = c.Attachments.Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, url = $"/api/applications/{number}/attachments/{a.Id}" }),
                payments = c.Payments.Select(p => new { amount = new Tenge(p.AmountTiyn).ToString(), p.AmountTiyn, p.Status, p.RequestedAt, p.PaidAt, p.ReceiptNumber }),
                previous = c.Previous.Select(p => new { p.Number, service = p.Service.For(lang), status = p.Status.For(lang), kind = p.Kind.ToString(), p.SubmittedAt }),
                preview = c.CanPreview ? $"/api/desk/applications/{number}/preview" : null,
            });
        }).WithSummary("Staff: one application of my unit as the workbench shows it (fields, history, attachments, payments, previous applications, allowed actions)");

        group.MapGet("/applications/{number}/preview", async (string number, HttpContext http, DeskCases cases, CancellationToken ct) =>
            Results.File(await cases.PreviewAsync(CurrentUser.Required(http.User), number, ct), "application/pdf"))
            .WithSummary("Staff: the result the next action would issue, as an unsigned draft PDF marked «ЖОБА / ПРОЕКТ» (nothing is recorded)");
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The queue as the API returns it, in the request's language.</summary>
internal static class DeskJson
{
    public static object Page(DeskQueuePage page)
    {
        var lang = Language.Current;
        return new
        {
            items = page.Items.Select(i => new
            {
                i.Number,
                i.ServiceId,
                service = i.Service.For(lang),
                i.ApplicantId,
                i.ApplicantName,
                i.Status,
                step = i.Step.For(lang),
                stepDueOn = i.StepDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.StepDueAt,
                dueOn = i.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.Overdue,
                i.DueToday,
                i.Escalated,
                actions = i.Actions.Select(a => Action(a, lang)),
            }),
            next = page.Next,
            services = page.Services.Select(o => new { o.Value, label = o.Label.For(lang) }),
            steps = page.Steps.Select(o => new { o.Value, label = o.Label.For(lang) }),
        };
    }

    public static object Action(DeskAction a, string lang) => new { a.Trigger, label = a.Label.For(lang), a.IsRefusal, a.ReasonRequired, a.NeedsGround, a.NeedsHearing };
}
