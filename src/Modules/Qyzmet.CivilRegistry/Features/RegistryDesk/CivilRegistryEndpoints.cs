using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Identity;

namespace Qyzmet.CivilRegistry.Features.RegistryDesk;

internal static class CivilRegistryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/civil-registry").WithTags("Civil registry");

        group.MapGet("/acts", async (string? iin, string? name, string? date, string? number, long? after, int? limit, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.SearchAsync(Required(http), new ActSearch(iin, name, date, number, after, limit), ct)))
            .WithSummary("Registry office desk: search acts by IIN, name (prefix), act date or act number; at most 50, newest first ('after' = last id)");

        group.MapGet("/acts/{id:long}", async (long id, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.GetAsync(Required(http), id, ct)))
            .WithSummary("Registry office desk: one act record");

        group.MapGet("/marriage-consents", async (HttpContext http, CivilActDesk desk, CancellationToken ct) =>
            TypedResults.Ok((await desk.PendingConsentsAsync(Required(http), ct)).Select(a => new { a.Number, a.ApplicantName, a.SubmittedAt })))
            .WithSummary("Marriage applications waiting for my consent as the other future spouse");

        group.MapPost("/marriage-applications/{number}/consent", async (string number, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
            TypedResults.Ok(new { (await desk.AnswerAsync(Required(http), number, consent: true, ct)).Status }))
            .WithSummary("The other future spouse consents to the marriage application (then the applicant pays the duty)");

        group.MapPost("/marriage-applications/{number}/decline", async (string number, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
            TypedResults.Ok(new { (await desk.AnswerAsync(Required(http), number, consent: false, ct)).Status }))
            .WithSummary("The other future spouse declines the marriage application");
    }

    private static UserInfo Required(HttpContext http) => CivilActDesk.UserOf(http.User) ?? throw new QyzmetException(KernelErrors.SignInRequired);
}
