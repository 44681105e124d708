using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Api;

/// <summary>Applications through the API: submit, follow, pay, act, download the result.</summary>
internal static class ApplicationEndpoints
{
    /// <summary>
    /// Whom the application is for: the IIN/BIN a PSC operator gives; for an applicant, the BIN of the legal entity they
    /// represent (decision D-308) or else themself.
    /// </summary>
    private static string ApplicantOf(UserInfo user, SubmitApplicationRequest body) =>
        user.Role == Roles.PscOperator ? body.ApplicantId?.Trim() ?? throw new QyzmetException(CaseErrors.ApplicantRequired)
        : ApplicationService.OwnApplicantId(user, body.ApplicantId);

    public static void MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Applications");

        group.MapPost("/services/{serviceId}/applications", async (string serviceId, SubmitApplicationRequest body, HttpContext http,
            ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
            if (key is not null && key.Length is < 8 or > 100)
            {
                throw new QyzmetException(HostErrors.IdempotencyKeyInvalid);
            }

            var channel = user.Role == Roles.PscOperator ? "service-centre" : "portal";
            var result = await applications.SubmitAsync(user, channel,
                new SubmitRequest(serviceId, body.ApplicantId, body.Fields ?? new Dictionary<string, string?>(), key, body.Signature,
                    body.Otp is { } otp ? new OtpConfirmation(otp.ChallengeId, otp.Code ?? "") : null), ct);
            if (result.Replayed)
            {
                return Results.Ok(await views.ToDtoAsync(result.Application, ct));
            }

            var dto = views.ToNewDto(result.Application);
            return Results.Created($"/api/applications/{dto.Number}", dto);
        }).WithSummary("Apply for a service, certified by 'signature' (base64 detached CMS over the canonical form from .../to-sign) or 'otp' (Idempotency-Key header makes retries safe)");

        group.MapPost("/services/{serviceId}/applications/to-sign", (string serviceId, SubmitApplicationRequest body, HttpContext http) =>
        {
            var user = CurrentUser.Required(http.User);
            var canonical = RequestCanonicalForm.Build(serviceId, ApplicantOf(user, body), body.Fields ?? new Dictionary<string, string?>());
            return TypedResults.Ok(new
            {
                canonical = System.Text.Encoding.UTF8.GetString(canonical),
                canonicalBase64 = Convert.ToBase64String(canonical),
                sha256 = RequestCanonicalForm.Sha256Hex(canonical),
            });
        }).WithSummary("The exact bytes to sign for this application (ADR 0010): sign 'canonicalBase64' decoded, detached CMS, with the signing key");

        group.MapPost("/services/{serviceId}/applications/otp", async (string serviceId, SubmitApplicationRequest body, HttpContext http,
            SubmissionConfirmations confirmations, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var issued = await confirmations.RequestOtpAsync(serviceId, ApplicantOf(user, body), body.Fields ?? new Dictionary<string, string?>(), ct);
            return TypedResults.Ok(new { challengeId = issued.ChallengeId, expiresAt = issued.ExpiresAt, phone = issued.MaskedPhone });
        }).WithSummary("Send a one-time password confirming exactly this application to the applicant's registered mobile number");

        group.MapGet("/applications", async (string? after, int? limit, HttpContext http, ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var page = await applications.ListWithPaymentsAsync(user, Cursor.Decode(after), limit ?? 20, ct);
            var items = page.Select(i => views.ToDto(i.Application, i.LatestPayment, history: null)).ToList();
            return TypedResults.Ok(new ApplicationPage(items,
                page.Count == 0 ? null : Cursor.Encode(page[^1].Application.SubmittedAt, page[^1].Application.Id)));
        }).WithSummary("My applications, newest first (keyset pagination: pass the returned 'next' as 'after')");

        group.MapGet("/applications/{number}", async (string number, HttpContext http, ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct), ct)))
            .WithSummary("One application with its status, payment, result and history");

        group.MapPost("/applications/{number}/actions/{trigger}", async (string number, string trigger, ActionRequest? body, HttpContext http,
            ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await applications.FireAsync(CurrentUser.Required(http.User), number, trigger, body?.Reason, ct), ct)))
            .WithSummary("Fire a procedure action the user's role may take");

        group.MapGet("/applications/{number}/document", async (string number, HttpContext http, ApplicationService applications, QyzmetDbContext db,
            Platform.Documents.DocumentContents contents, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var document = application.ResultDocumentId is { } id ? await db.ReleasedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) : null;
            return document is null
                ? throw new QyzmetException(CaseErrors.DocumentNotFound, number)
                : Results.File(await contents.ReadAsync(document.Number, document.Pdf, document.Sha256, ct), "application/pdf", $"{document.Number}.pdf");
        }).WithSummary("The signed result document (PDF)");

        // D-820: the form is read by the handler, after the caller (401) and their access to the application (404, 409), so
        // another body is refused (SEC-0012, 415) only to a caller who may attach; a bound IFormFile would let routing say
        // 415 to anyone first.
        group.MapPost("/applications/{number}/attachments", async (string number, HttpContext http, AttachmentService attachments, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            await attachments.EnsureMayAttachAsync(user, number, ct);
            var file = await UploadForm.ReadFileAsync(http.Request, "file", ct);
            if (file is null)
            {
                throw new QyzmetException(AttachmentErrors.Empty);
            }

            if (file.Length > AttachmentErrors.MaxBytes)
            {
                throw new QyzmetException(AttachmentErrors.TooLarge);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var a = await attachments.AddAsync(user, number, file.FileName, file.ContentType, buffer.ToArray(), ct);
            return TypedResults.Created($"/api/applications/{number}/attachments/{a.Id}", new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content.LongLength, a.Sha256, a.UploadedAt));
        }).WithMetadata(new ReadsUploadedFile())
            .DisableAntiforgery().WithSummary("Attach an electronic copy of a document (PDF, JPEG or PNG, at most 10 MB) while the application is open: multipart/form-data, the file in the part \"file\"");

        group.MapGet("/applications/{number}/attachments", async (string number, HttpContext http, AttachmentService attachments, CancellationToken ct) =>
            TypedResults.Ok((await attachments.ListAsync(CurrentUser.Required(http.User), number, ct))
                .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content.LongLength, a.Sha256, a.UploadedAt))))
            .WithSummary("The files attached to an application");

        group.MapGet("/applications/{number}/attachments/{id:guid}", async (string number, Guid id, HttpContext http, ApplicationService applications, QyzmetDbContext db, CancellationToken ct) =>
        {
            // The workbench opens attachments inline (issue 11); whoever may see the application may read its files.
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var file = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.ApplicationId == application.Id, ct)
                ?? throw new QyzmetException(CaseErrors.ApplicationNotFound, number);
            // A file is shown, never run: no script of an uploaded file gets this origin.
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(file.FileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
            return Results.File(file.Content, file.ContentType);
        }).WithSummary("One attached file, for viewing inline");

        group.MapGet("/cabinet/inbox", async (HttpContext http, QyzmetDbContext db, long? before, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var query = db.Inbox.AsNoTracking().Where(m => m.RecipientId == user.Id);
            if (before is { } b)
            {
                query = query.Where(m => m.Id < b);
            }

            var lang = Language.Current;
            return TypedResults.Ok(await query.OrderByDescending(m => m.Id).Take(50)
                .Select(m => new { m.Id, m.ApplicationId, subject = lang == "ru" ? m.SubjectRu : m.SubjectKk, body = lang == "ru" ? m.BodyRu : m.BodyKk, m.CreatedAt, m.ReadAt })
                .ToListAsync(ct));
        }).WithSummary("My personal-cabinet messages, newest first");
    }
}

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

internal sealed record SubmitApplicationRequest(string? ApplicantId, Dictionary<string, string?>? Fields, string? Signature = null, OtpDto? Otp = null);

internal sealed record OtpDto(Guid ChallengeId, string? Code);

internal sealed record ActionRequest(string? Reason);

internal sealed record ApplicationPage(IReadOnlyList<ApplicationDto> Items, string? Next);

/// <summary>Opaque keyset cursor: the (submittedAt, id) of the last item of the previous page.</summary>
internal static class Cursor
{
    public static string Encode(DateTime at, Guid id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(at.Ticks.ToString(CultureInfo.InvariantCulture) + ":" + id.ToString("N")));

    public static (DateTime, Guid)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            return (new DateTime(long.Parse(parts[0], CultureInfo.InvariantCulture), DateTimeKind.Utc), Guid.ParseExact(parts[1], "N"));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new QyzmetException(KernelErrors.Validation) { Fields = { ["after"] = new("Курсор жарамсыз.", "Неверный курсор.", "The cursor is not valid; pass the 'next' value of the previous page.") } };
        }
    }
}
