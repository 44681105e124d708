using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Api;

/// <summary>
/// Parallel tasks (ADR 0015): a unit's queue, one task with its history, and completing it (staff of the answering unit only;
/// anyone else gets 404). An application's tasks are listed for whoever may see the application.
/// </summary>
internal static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");

        group.MapGet("", async (HttpContext http, CaseTaskService tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.QueueAsync(CurrentUser.Required(http.User), ct)))
            .WithSummary("The signed-in staff member's unit task queue: open tasks first by term, with the overdue flag");

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, CaseTaskService tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.GetAsync(CurrentUser.Required(http.User), id, ct)))
            .WithSummary("One task of the unit, with its outcomes and history");

        group.MapPost("/{id:guid}/complete", async (Guid id, CompleteTaskRequest body, HttpContext http, CaseTaskService tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.CompleteAsync(CurrentUser.Required(http.User), id, body, ct)))
            .WithSummary("Record the unit's answer (a paper answer with its scan); the last answer of a fork fires its join");

        app.MapGet("/api/applications/{number}/tasks", async (string number, HttpContext http, ApplicationService applications, CaseTaskService tasks, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            return TypedResults.Ok(await tasks.OfApplicationAsync(application, ct));
        }).WithTags("Tasks").WithSummary("The parallel tasks of an application (approvals running at once), for whoever may see it");
    }
}
