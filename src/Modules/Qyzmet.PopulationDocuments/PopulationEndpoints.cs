using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Features.CaptureBiometrics;
using Qyzmet.PopulationDocuments.Features.LoadDutyRates;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;
using Qyzmet.PopulationDocuments.Features.WriteAddressToChip;

namespace Qyzmet.PopulationDocuments;

/// <summary>The population area's own endpoints; S3–S5 themselves use the platform's generic application endpoints.</summary>
internal static class PopulationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/population").WithTags("Population documents");

        // Issue 14 item 6 (D-358): the address register is looked up through the kernel's signed-in, indexed API
        // (GET /api/addresses, ADR 0026); the module keeps no anonymous substring search of its own.

        group.MapGet("/owner-consents", async (HttpContext http, OwnerConsents consents, CancellationToken ct) =>
            TypedResults.Ok((await consents.PendingAsync(Required(http), ct)).Select(a => new { a.Number, a.ApplicantName, a.SubmittedAt })))
            .WithSummary("Residence registrations waiting for my consent as the dwelling owner (004.md §3.3 item 9)");

        foreach (var (answer, consent) in new[] { ("consent", true), ("decline", false) })
        {
            group.MapPost("/residence-registrations/{number}/" + answer, async (string number, [FromBody] OwnerAnswerRequest? body, HttpContext http, OwnerConsents consents, CancellationToken ct) =>
                TypedResults.Ok(new { (await consents.AnswerAsync(Required(http), number, consent, body, ct)).Status }))
                .WithSummary(consent
                    ? "The dwelling owner co-signs the registration with their EDS (body: signature over the answer's canonical form)"
                    : "The dwelling owner refuses consent (body: signature)");
        }

        group.MapPost("/passport-applications/{number}/hand-over", async (string number, HandOverRequest body, HttpContext http, HandOverDesk desk, CancellationToken ct) =>
            TypedResults.Ok(new { (await desk.HandOverAsync(Required(http), number, body, ct)).Status }))
            .WithSummary("Centre operator: hands the ready passport or ID card over against the coupon (004.md §3.1 item 6)");

        // 004.md §3.1 item 9.2 / item 9 (portal), D-618: the photograph and the signature of an S1 application, each a
        // JPEG or PNG file in the multipart field named after it ("photo" or "signature").
        group.MapPost("/passport-applications/{number}/{kind:regex(^(photo|signature)$)}", async (string number, string kind, HttpContext http, BiometricCapture capture, CancellationToken ct) =>
            {
                var user = Required(http);
                // D-823: the caller's access first, then the form (a body that is no form: 415 SEC-0012 naming the part).
                await capture.EnsureMayCaptureAsync(user, number, kind, ct);
                var file = await UploadForm.ReadFileAsync(http.Request, kind, ct);
                // Refused from its declared length before it is read into memory; the check repeats on the bytes.
                var content = await BiometricFiles.ReadAsync(kind, file, ct);

                var a = await capture.AddAsync(user, number, kind, content, ct);
                return TypedResults.Created($"/api/applications/{number}/attachments/{a.Id}", new { a.Id, a.FileName, a.ContentType, size = a.Content.LongLength, a.Sha256 });
            })
            .WithMetadata(new ReadsUploadedFile())
            .DisableAntiforgery()
            .WithSummary("The photograph (3.5 × 4.5 cm) or signature (7 × 2 cm) of a passport/ID card application: JPEG or PNG, 300 dpi, in the multipart field \"photo\" or \"signature\" (004.md §3.1 item 9; D-618)");

        // D-621: the S1 duties and accelerated-issue surcharges as data with effective dates (the Ministry's price list).
        // D-630: each row says what it is (duty or surcharge, kk/ru/en) and whether its figure is a placeholder.
        group.MapGet("/duty-rates", async (DutyRates rates, CancellationToken ct) =>
            TypedResults.Ok((await rates.ListAsync(ct)).Select(r =>
            {
                var (kind, label) = DutyRates.Describe(r.Item);
                return new
                {
                    r.Item,
                    kind,
                    label,
                    effectiveFrom = r.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    r.MciShare,
                    r.AmountTiyn,
                    r.Source,
                    r.Placeholder,
                    note = r.Placeholder ? DutyRates.PlaceholderNote : null,
                };
            })))
            .WithSummary("The passport/ID card duties and accelerated-issue surcharges with their effective dates, kind and whether the figure is a placeholder (004.md §3.1 item 7; D-615, D-621, D-630)");

        group.MapPut("/duty-rates", async (List<DutyRateRow>? body, HttpContext http, DutyRates rates, CancellationToken ct) =>
            TypedResults.Ok(new { loaded = await rates.LoadAsync(Required(http), body, ct) }))
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator)) // D-816: the caller is checked before the body is read
            .WithSummary("Administrator: loads the Ministry's price list (rows: item, effectiveFrom, mciShare or amountTiyn, source, placeholder default false); all or nothing, audited (D-621, D-630)");

        group.MapGet("/chip-writes", async (string? iin, HttpContext http, ChipWrites writes, CancellationToken ct) =>
            TypedResults.Ok(await writes.PendingAsync(Required(http), iin, ct)))
            .WithSummary("Centre operator: legal addresses waiting to be written onto the citizen's ID card chip (004.md §3.3 item 6)");

        group.MapPost("/chip-writes/{id:long}/written", async (long id, HttpContext http, ChipWrites writes, CancellationToken ct) =>
            TypedResults.Ok(await writes.MarkWrittenAsync(Required(http), id, ct)))
            .WithSummary("Centre operator: the legal address has been written onto the ID card chip");
    }

    private static UserInfo Required(HttpContext http) => OwnerConsents.UserOf(http.User) ?? throw new QyzmetException(KernelErrors.SignInRequired);
}
