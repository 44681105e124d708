using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
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
            var dto = await views.ToDtoAsync(result.Application, ct);
            return result.Replayed ? Results.Ok(dto) : Results.Created($"/api/applications/{dto.Number}", dto);
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
            var page = await applications.ListAsync(user, Cursor.Decode(after), limit ?? 20, ct);
            var items = new List<ApplicationDto>();
            foreach (var a in page)
            {
                items.Add(await views.ToDtoAsync(a, ct, withHistory: false));
            }

            return TypedResults.Ok(new ApplicationPage(items, page.Count == 0 ? null : Cursor.Encode(page[^1].SubmittedAt, page[^1].Id)));
        }).WithSummary("My applications, newest first (keyset pagination: pass the returned 'next' as 'after')");

        group.MapGet("/applications/{number}", async (string number, HttpContext http, ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct), ct)))
            .WithSummary("One application with its status, payment, result and history");

        group.MapPost("/applications/{number}/actions/{trigger}", async (string number, string trigger, ActionRequest? body, HttpContext http,
            ApplicationService applications, ApplicationViews views, CancellationToken ct) =>
            TypedResults.Ok(await views.ToDtoAsync(await applications.FireAsync(CurrentUser.Required(http.User), number, trigger, body?.Reason, ct), ct)))
            .WithSummary("Fire a procedure action the user's role may take");

        group.MapGet("/applications/{number}/document", async (string number, HttpContext http, ApplicationService applications, QyzmetDbContext db, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var document = application.ResultDocumentId is { } id ? await db.ReleasedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) : null;
            return document is null
                ? throw new QyzmetException(CaseErrors.DocumentNotFound, number)
                : Results.File(document.Pdf, "application/pdf", $"{document.Number}.pdf");
        }).WithSummary("The signed result document (PDF)");

        group.MapPost("/applications/{number}/attachments", async (string number, IFormFile? file, HttpContext http, AttachmentService attachments, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
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
        }).DisableAntiforgery().WithSummary("Attach an electronic copy of a document (PDF, JPEG or PNG, at most 10 MB) while the application is open");

        group.MapGet("/applications/{number}/attachments", async (string number, HttpContext http, AttachmentService attachments, CancellationToken ct) =>
            TypedResults.Ok((await attachments.ListAsync(CurrentUser.Required(http.User), number, ct))
                .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content.LongLength, a.Sha256, a.UploadedAt))))
            .WithSummary("The files attached to an application");

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

/// <summary>The latest invoice; <c>Attempt</c> is its latest gateway payment (GOV.UK Pay statuses, failure code), if any.</summary>
public sealed record PaymentDto(string Amount, long AmountTiyn, string Status, DateTime ExpiresAt, string? ReceiptNumber, PaymentAttemptDto? Attempt = null);

public sealed record PaymentAttemptDto(string Status, bool Finished, string? FailureCode, string? FailureMessage);

public sealed record HistoryDto(DateTime At, string Actor, string Role, string Action, string? From, string To, string? Reason);

public sealed record ApplicationDto(
    string Number, string ServiceId, LocalizedText ServiceName, string Status, string StatusText, string StatusKind,
    string ApplicantId, string ApplicantName, string Channel, string UnitId, DateTime SubmittedAt, string AcceptedOn, string? DueOn,
    string? OutcomeReason, PaymentDto? Payment, Guid? DocumentId, string? DocumentUrl, IReadOnlyList<HistoryDto>? History);

internal sealed record ApplicationPage(IReadOnlyList<ApplicationDto> Items, string? Next);

/// <summary>Builds what the applicant sees of an application, in their language.</summary>
public sealed class ApplicationViews(QyzmetDbContext db, ProcedureRegistry registry, ApplicationService applications, Qyzmet.Platform.Calendar.CalendarService calendars)
{
    /// <summary>The application page's view in the current language (see <see cref="ApplicationPageView"/>).</summary>
    public async Task<ApplicationPageView> ToPageAsync(Application a, CancellationToken ct)
    {
        var lang = Language.Current;
        var dto = await ToDtoAsync(a, ct);
        var handler = registry.Get(a.ServiceId);
        var procedure = handler.Procedure;
        var state = procedure.State(a.Status);
        var standard = ServiceCatalog.Find(a.ServiceId);

        // What was submitted: every field the form shows for these values, labelled as declared.
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(a.FormJson) ?? [];
        var fields = handler.Form.Fields
            .Where(f => handler.Form.IsShown(f, values) && values.TryGetValue(f.Name, out var v) && !string.IsNullOrEmpty(v))
            .Select(f => new SubmittedField(f.Label.For(lang), Qyzmet.Platform.Forms.ServiceForm.Display(f, values[f.Name], lang)))
            .ToList();

        var events = await applications.HistoryAsync(a.Id, ct);
        var calendar = await calendars.GetAsync(ct);

        // The overall due date: stored for day-based terms; an hour-based term runs out at an instant (ADR 0004).
        DateTime? dueAt = a.DueOn is null && procedure.OverallDeadline is { Unit: Kernel.Calendar.DeadlineUnit.Hours or Kernel.Calendar.DeadlineUnit.Minutes } overall
            ? Kernel.Calendar.WorkingCalendar.DueInstant(Utc(a.SubmittedAt), overall).UtcDateTime
            : null;

        // The current step's limit, counted from when the application entered the step, through the working calendar.
        DateOnly? stepDueOn = null;
        DateTime? stepDueAt = null;
        if (state is { Kind: StateKind.Active, StepLimit: { } limit })
        {
            var entered = events.LastOrDefault(e => e.ToStatus == a.Status && e.FromStatus != a.Status)?.At ?? a.SubmittedAt;
            if (limit.Unit is Kernel.Calendar.DeadlineUnit.Hours or Kernel.Calendar.DeadlineUnit.Minutes)
            {
                stepDueAt = Kernel.Calendar.WorkingCalendar.DueInstant(Utc(entered), limit).UtcDateTime;
            }
            else
            {
                stepDueOn = calendar.Compute(Utc(entered), limit).DueDate;
            }
        }

        // History: the step's declared label (D-317, what was done), else the state it led to, a localized
        // detail the platform knows (channel, receipt, file), never the internal note.
        var receipts = new Queue<string>(await db.Payments.AsNoTracking().Where(p => p.ApplicationId == a.Id && p.ReceiptNumber != null)
            .OrderBy(p => p.PaidAt).Select(p => p.ReceiptNumber!).ToListAsync(ct));
        var history = new List<HistoryLine>();
        foreach (var e in events)
        {
            var to = procedure.States.FirstOrDefault(s => s.Name == e.ToStatus);
            var step = procedure.Label(e.Trigger)?.Done.For(lang) ?? to?.Label.For(lang) ?? "—";
            var detail = e.Trigger switch
            {
                "submit" => UiTexts.All["Via"].Format(lang, ChannelLabel(a.Channel).For(lang)),
                "pay" when receipts.TryDequeue(out var receipt) => UiTexts.All["ReceiptNo"].Format(lang, receipt),
                "attach" => e.Reason,
                _ => null,
            };
            var role = UiTexts.All.TryGetValue("Role." + e.ActorRole, out var r) ? r.For(lang) : "—";
            history.Add(new HistoryLine(e.At, step, detail, to?.Label.For(lang) ?? "—", role));
        }

        return new ApplicationPageView(
            dto,
            standard?.Name.For(lang) ?? dto.ServiceName.For(lang),
            standard?.Variant?.For(lang),
            fields,
            a.DueOn,
            dueAt,
            procedure.ActingParties(a.Status),
            [.. procedure.NextStates(a.Status).Select(s => s.Label.For(lang))],
            stepDueOn,
            stepDueAt,
            await handler.AppointmentAsync(a, ct),
            [.. handler.Form.Attachments.Select(t => t.For(lang))],
            history);
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static LocalizedText ChannelLabel(string channel) => channel switch
    {
        "service-centre" => UiTexts.All["Channel.ServiceCentre"],
        _ => UiTexts.All["Channel.Portal"],
    };

    public async Task<ApplicationDto> ToDtoAsync(Application a, CancellationToken ct, bool withHistory = true)
    {
        var lang = Language.Current;
        var state = registry.Get(a.ServiceId).Procedure.State(a.Status);
        var payment = await db.Payments.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderByDescending(p => p.RequestedAt).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        var attempt = payment is null ? null
            : await db.PaymentAttempts.AsNoTracking().Where(x => x.PaymentId == payment.Id).OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        var history = withHistory
            ? (await applications.HistoryAsync(a.Id, ct)).Select(e => new HistoryDto(e.At, e.ActorId, e.ActorRole, e.Trigger, e.FromStatus, e.ToStatus, e.Reason)).ToList()
            : null;
        return new ApplicationDto(
            a.Number, a.ServiceId, ServiceCatalog.Find(a.ServiceId)?.Name ?? new LocalizedText(a.ServiceId, a.ServiceId, a.ServiceId),
            a.Status, state.Label.For(lang), state.Kind.ToString(), a.ApplicantId, a.ApplicantName, a.Channel, a.UnitId, a.SubmittedAt,
            a.AcceptedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.OutcomeReasonJson is null ? null : JsonSerializer.Deserialize<LocalizedText>(a.OutcomeReasonJson)?.For(lang),
            payment is null ? null : new PaymentDto(new Tenge(payment.AmountTiyn).ToString(), payment.AmountTiyn, payment.Status, payment.ExpiresAt, payment.ReceiptNumber,
                attempt is null ? null : new PaymentAttemptDto(attempt.Status, attempt.Finished, attempt.FailureCode, attempt.FailureMessage)),
            a.ResultDocumentId, a.ResultDocumentId is null ? null : $"/api/applications/{a.Number}/document", history);
    }
}

/// <summary>One submitted form field as the applicant reads it: its declared label and its value (a choice by its label).</summary>
public sealed record SubmittedField(string Label, string Value);

/// <summary>One history line as a person reads it: only declared, localized texts (never the internal note).</summary>
public sealed record HistoryLine(DateTime At, string Step, string? Detail, string Status, string Role);

/// <summary>
/// What the citizen's application page shows beyond the API's DTO (issue 11): the exact service, what was submitted,
/// the due date, who acts now and what may happen next (derived from the procedure declaration), the current step's
/// deadline, the appointment the service set and the localized history (decisions.md D-315). Times are UTC; the page
/// shows Almaty time.
/// </summary>
public sealed record ApplicationPageView(
    ApplicationDto Application,
    string ServiceName,
    string? ServiceVariant,
    IReadOnlyList<SubmittedField> Fields,
    DateOnly? DueOn,
    DateTime? DueAt,
    IReadOnlyList<ProcedureParty> ActsNow,
    IReadOnlyList<string> NextSteps,
    DateOnly? StepDueOn,
    DateTime? StepDueAt,
    Appointment? Appointment,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<HistoryLine> History);

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
