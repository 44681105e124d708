using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qyzmet.Kernel.Errors;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.CivilRegistry.Features.RegistryDesk;

/// <summary>The certification of the other future spouse's answer (D-318): a base64 detached CMS signature over the answer's canonical form, or a one-time code.</summary>
public sealed record ConsentAnswerRequest(string? Signature, OtpConfirmation? Otp);

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

        // D-318: the answer is certified like a request (signature over the answer's canonical form, or a one-time code
        // sent for exactly this answer); a development session may omit both unless signatures are required (ADR 0010).
        foreach (var (answer, consent) in new[] { ("consent", true), ("decline", false) })
        {
            group.MapPost("/marriage-applications/{number}/" + answer + "/otp", async (string number, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await desk.RequestConsentOtpAsync(Required(http), number, consent, ct)))
                .WithSummary("The other future spouse asks for a one-time code to confirm this answer (" + answer + ")");

            group.MapPost("/marriage-applications/{number}/" + answer, async (string number, [FromBody] ConsentAnswerRequest? body, HttpContext http, CivilActDesk desk, CancellationToken ct) =>
                TypedResults.Ok(new { (await desk.AnswerAsync(Required(http), number, consent, ct, body?.Signature, body?.Otp)).Status }))
                .WithSummary(consent
                    ? "The other future spouse consents to the marriage application (then the applicant pays the duty); body: signature or otp"
                    : "The other future spouse declines the marriage application; body: signature or otp");
        }
    }

    private static UserInfo Required(HttpContext http) => CivilActDesk.UserOf(http.User) ?? throw new QyzmetException(KernelErrors.SignInRequired);
}
