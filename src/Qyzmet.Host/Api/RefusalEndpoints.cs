using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Api;

/// <summary>Refusals and hearings (000.md para 4, para 5-1) for any service whose procedure declares them.</summary>
internal static class RefusalEndpoints
{
    public static void MapRefusalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/applications/{number}").WithTags("Refusals and hearings");

        group.MapPost("/stop-consideration", async (string number, ActionRequest body, HttpContext http, RefusalService refusals, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await refusals.StopConsiderationAsync(CurrentUser.Required(http.User), number, body.Reason ?? "", ct), ct)))
            .WithSummary("Refuse further consideration: incomplete package or expired documents");

        group.MapPost("/refusal", async (string number, RefusalBody body, HttpContext http, RefusalService refusals, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await refusals.RefuseAsync(CurrentUser.Required(http.User), number,
                new RefusalRequest(body.Ground ?? "", body.Reason ?? "", body.HearingAt, body.Place), ct), ct)))
            .WithSummary("Refuse on a statutory ground: a refusal notice for terms up to 3 working days, else a preliminary decision with the hearing's time and place");

        group.MapPost("/objection", async (string number, ObjectionBody body, HttpContext http, RefusalService refusals, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await refusals.ObjectAsync(CurrentUser.Required(http.User), number, body.Text ?? "", ct), ct)))
            .WithSummary("The applicant's objection to a preliminary refusal decision");

        group.MapPost("/hearing-decision", async (string number, HearingDecisionBody body, HttpContext http, RefusalService refusals, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await refusals.DecideAsync(CurrentUser.Required(http.User), number, body.Provide, body.Reason ?? "", ct), ct)))
            .WithSummary("After the hearing: provide the service or refuse");

        group.MapGet("/hearing", async (string number, HttpContext http, ApplicationService applications, RefusalService refusals, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var h = await refusals.LatestHearingAsync(application.Id, ct);
            return h is null ? Results.NoContent() : Results.Ok(new
            {
                h.Ground,
                h.HearingAt,
                h.Place,
                objectionDueOn = h.ObjectionDueOn.ToString("yyyy-MM-dd"),
                h.Objection,
                h.ObjectionAt,
                h.Decision,
                h.DecidedAt,
            });
        }).WithSummary("The latest preliminary decision and hearing of an application");
    }
}

internal sealed record RefusalBody(string? Ground, string? Reason, DateTimeOffset? HearingAt, string? Place);

internal sealed record ObjectionBody(string? Text);

internal sealed record HearingDecisionBody(bool Provide, string? Reason);
