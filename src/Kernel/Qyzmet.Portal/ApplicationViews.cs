using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Portal;

/// <summary>The latest invoice; <c>Attempt</c> is its latest gateway payment (GOV.UK Pay statuses, failure code), if any.</summary>
public sealed record PaymentDto(string Amount, long AmountTiyn, string Status, DateTime ExpiresAt, string? ReceiptNumber, PaymentAttemptDto? Attempt = null,
    PaymentClaimDto? Claim = null);

/// <summary>An exemption or payment e-copy put to staff (D-709, D-711): its status and, when rejected, why, in the reader's language.</summary>
public sealed record PaymentClaimDto(string Kind, string Status, string? Rejection, string? RejectionText);

public sealed record PaymentAttemptDto(string Status, bool Finished, string? FailureCode, string? FailureMessage);

public sealed record HistoryDto(DateTime At, string Actor, string Role, string Action, string? From, string To, string? Reason);

public sealed record ApplicationDto(
    string Number, string ServiceId, LocalizedText ServiceName, string Status, string StatusText, string StatusKind,
    string ApplicantId, string ApplicantName, string Channel, string UnitId, DateTime SubmittedAt, string AcceptedOn, string? DueOn,
    string? OutcomeReason, PaymentDto? Payment, Guid? DocumentId, string? DocumentUrl, IReadOnlyList<HistoryDto>? History);

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

        // D-629: the download is named after what the document is; a document the service declares not to be the result (e.g.
        // 004.md §6.1's registration coupon) is not "the result".
        var documentKind = a.ResultDocumentId is { } documentId
            ? await db.ReleasedDocuments.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Kind).FirstOrDefaultAsync(ct)
            : null;
        var documentLabel = documentKind is null ? null : handler.DocumentLabel(documentKind)?.For(lang);
        var payments = await PaymentLinesAsync(a, ct);

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
            history)
        { DocumentLabel = documentLabel, Payments = payments };
    }

    /// <summary>
    /// D-716: each invoice of the application as the applicant reads it: amount, state, when and how it was paid, the signed
    /// receipt, and each refund (requested or done, with its date and amount). The refunds were visible only in
    /// <c>GET /api/applications/{n}/payments</c>.
    /// </summary>
    private async Task<IReadOnlyList<PaymentLine>> PaymentLinesAsync(Application a, CancellationToken ct)
    {
        var invoices = await db.Payments.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderBy(p => p.RequestedAt).ToListAsync(ct);
        if (invoices.Count == 0)
        {
            return [];
        }

        var ids = invoices.Select(i => i.Id).ToList();
        var refunds = await db.PaymentRefunds.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        return [.. invoices.Select(i => new PaymentLine(
            new Tenge(i.AmountTiyn).ToString(),
            i.Status,
            i.Status == Qyzmet.Platform.Payments.PaymentStatus.Paid ? i.PaidAt : null,
            i.Status == Qyzmet.Platform.Payments.PaymentStatus.Paid ? i.PaidVia : null,
            i.ReceiptNumber,
            i.ReceiptDocumentId is null ? null : $"/api/applications/{Uri.EscapeDataString(a.Number)}/payments/{i.Id}/receipt",
            i.ReceiptDocumentId,
            [.. refunds.Where(r => r.PaymentId == i.Id).Select(r => new RefundLine(new Tenge(r.AmountTiyn).ToString(), r.Status,
                r.Status == "success" ? r.CompletedAt ?? r.CreatedAt : r.CreatedAt))]))];
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static LocalizedText ChannelLabel(string channel) => channel switch
    {
        "service-centre" => UiTexts.All["Channel.ServiceCentre"],
        _ => UiTexts.All["Channel.Portal"],
    };

    public async Task<ApplicationDto> ToDtoAsync(Application a, CancellationToken ct, bool withHistory = true)
    {
        // D-363: the latest invoice and its latest gateway attempt in one compiled query (it was two).
        var latest = await LatestPayment.For(db)(db, a.Id);
        var history = withHistory
            ? (await applications.HistoryAsync(a.Id, ct)).Select(e => new HistoryDto(e.At, e.ActorId, e.ActorRole, e.Trigger, e.FromStatus, e.ToStatus, e.Reason)).ToList()
            : null;
        return ToDto(a, latest?.Payment, history, latest?.Attempt);
    }

    /// <summary>
    /// D-368: the answer to a submission this request has just stored: its history line and invoice are still tracked by the
    /// request's context, so nothing is read back (it was two statements). Only for an application created in this context;
    /// anything else goes through <see cref="ToDtoAsync"/>.
    /// </summary>
    public ApplicationDto ToNewDto(Application a)
    {
        if (db.Entry(a).State == EntityState.Detached)
        {
            throw new InvalidOperationException("ToNewDto is for an application stored by this request; use ToDtoAsync.");
        }

        var payment = db.Payments.Local.Where(p => p.ApplicationId == a.Id).OrderByDescending(p => p.RequestedAt).ThenByDescending(p => p.Id).FirstOrDefault();
        var attempt = payment is null ? null
            : db.PaymentAttempts.Local.Where(x => x.PaymentId == payment.Id).OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).FirstOrDefault();
        var history = db.ApplicationEvents.Local.Where(e => e.ApplicationId == a.Id).OrderBy(e => e.Id)
            .Select(e => new HistoryDto(e.At, e.ActorId, e.ActorRole, e.Trigger, e.FromStatus, e.ToStatus, e.Reason)).ToList();
        return ToDto(a, payment, history, attempt);
    }

    private sealed record PaymentWithAttempt(Qyzmet.Platform.Payments.Payment Payment, Qyzmet.Platform.Payments.PaymentAttempt? Attempt);

    // D-376: the latest attempt's id by a correlated lookup (index on PaymentId), then the attempt by its primary key; EF
    // translates a FirstOrDefault() entity in a projection as ROW_NUMBER() over every attempt in the table.
    private static readonly CompiledPerModel<Func<QyzmetDbContext, Guid, Task<PaymentWithAttempt?>>> LatestPayment = new(() =>
        EF.CompileAsyncQuery((QyzmetDbContext db, Guid id) => db.Payments.AsNoTracking().Where(p => p.ApplicationId == id)
            .OrderByDescending(p => p.RequestedAt).ThenByDescending(p => p.Id).Take(1)
            .Select(p => new
            {
                Payment = p,
                AttemptId = db.PaymentAttempts.Where(x => x.PaymentId == p.Id)
                    .OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).Select(x => (Guid?)x.Id).FirstOrDefault(),
            })
            .LeftJoin(db.PaymentAttempts, x => x.AttemptId, t => (Guid?)t.Id, (x, t) => new PaymentWithAttempt(x.Payment, t))
            .FirstOrDefault()));

    /// <summary>
    /// The parallel tasks of a case with the unit that answers each (by its name, never its id) and the outcome as declared:
    /// which parties answered, which are late (ADR 0015, D-551).
    /// </summary>
    public async Task<IReadOnlyList<CaseTaskLine>> TasksAsync(Application a, CaseTaskService tasks, CancellationToken ct)
    {
        var lang = Language.Current;
        var list = await tasks.OfApplicationAsync(a, ct);
        if (list.Count == 0)
        {
            return [];
        }

        var unitIds = list.Select(t => t.UnitId).Distinct().ToList();
        var names = await db.ProviderUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new LocalizedText(u.NameKk, u.NameRu, u.NameRu), ct);
        return [.. list.Where(t => t.Status != CaseTaskStatus.Cancelled).Select(t => new CaseTaskLine(t,
            names.TryGetValue(t.UnitId, out var name) ? name.For(lang) : t.Label.For(lang),
            t.Outcome is null ? null : t.Outcomes.FirstOrDefault(o => o.Name == t.Outcome)?.Label.For(lang)))];
    }

    /// <summary>The DTO of an application whose latest payment (and history, if wanted) the caller has read.</summary>
    /// The cabinet list passes no attempt: it shows the invoice's status, and one query serves the whole page (issue 16).
    public ApplicationDto ToDto(Application a, Qyzmet.Platform.Payments.Payment? payment, List<HistoryDto>? history, Qyzmet.Platform.Payments.PaymentAttempt? attempt = null)
    {
        var lang = Language.Current;
        var state = registry.Get(a.ServiceId).Procedure.State(a.Status);
        return new ApplicationDto(
            a.Number, a.ServiceId, ServiceCatalog.Find(a.ServiceId)?.Name ?? new LocalizedText(a.ServiceId, a.ServiceId, a.ServiceId),
            a.Status, state.Label.For(lang), state.Kind.ToString(), a.ApplicantId, a.ApplicantName, a.Channel, a.UnitId, a.SubmittedAt,
            a.AcceptedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.OutcomeReasonJson is null ? null : JsonSerializer.Deserialize<LocalizedText>(a.OutcomeReasonJson)?.For(lang),
            payment is null ? null : new PaymentDto(new Tenge(payment.AmountTiyn).ToString(), payment.AmountTiyn, payment.Status, payment.ExpiresAt, payment.ReceiptNumber,
                attempt is null ? null : new PaymentAttemptDto(attempt.Status, attempt.Finished, attempt.FailureCode, attempt.FailureMessage),
                payment.ClaimKind is null ? null : new PaymentClaimDto(payment.ClaimKind, payment.ClaimStatus ?? "", payment.ClaimRejection,
                    payment.ClaimRejection is { } r && Qyzmet.Platform.Payments.PaymentClaims.RejectionReasons.TryGetValue(r, out var why) ? why.For(lang) : null)),
            a.ResultDocumentId, a.ResultDocumentId is null ? null : $"/api/applications/{a.Number}/document", history);
    }
}

/// <summary>
/// The stage of a two-stage procedure with an applicant's gate between the stages (003.md: stage 1, the agree-and-pay gate,
/// stage 2), derived from the declaration (D-553): the gate is the active states where the applicant acts; stage 2 is what the
/// gate's applicant steps lead to; stage 1 is the rest. Null for a procedure without such a gate, or an ended case.
/// </summary>
public static class ProcedureStages
{
    public const string First = "Stage.1";
    public const string Gate = "Stage.Gate";
    public const string Second = "Stage.2";

    private const string PayTrigger = "pay";

    public static string? Of(ProcedureDefinition procedure, string status)
    {
        var state = procedure.States.FirstOrDefault(s => s.Name == status);
        if (state is null || state.Kind != StateKind.Active)
        {
            return null;
        }

        var gate = procedure.States.Where(s => s.Kind == StateKind.Active && procedure.From(s.Name).Any(t => t.Roles.Contains(Qyzmet.Platform.Identity.Roles.Applicant)))
            .Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        // D-622: paying alone is no gate between two stages (every paid service has the applicant's "pay" step); the gate
        // is 003.md's agree-and-pay, so a procedure has stages only where the applicant also takes another step there.
        if (!gate.Any(g => procedure.From(g).Any(t => t.Trigger != PayTrigger && t.Roles.Contains(Qyzmet.Platform.Identity.Roles.Applicant))))
        {
            return null;
        }

        if (gate.Contains(status))
        {
            return Gate;
        }

        var second = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<string>(gate.SelectMany(g => procedure.From(g).Where(t => t.Roles.Contains(Qyzmet.Platform.Identity.Roles.Applicant))).Select(t => t.To).Where(t => !gate.Contains(t)));
        while (next.TryDequeue(out var s))
        {
            if (second.Add(s))
            {
                foreach (var t in procedure.From(s).Where(t => !gate.Contains(t.To)))
                {
                    next.Enqueue(t.To);
                }
            }
        }

        return second.Contains(status) ? Second : First;
    }
}

/// <summary>One parallel task of a case as its pages show it (ADR 0015): the task, who answers it, and its outcome's label.</summary>
public sealed record CaseTaskLine(TaskView Task, string Party, string? Outcome);

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
    IReadOnlyList<HistoryLine> History)
{
    /// <summary>What the download link says when the document is not the service's result (D-629); null: "Download the result".</summary>
    public string? DocumentLabel { get; init; }

    /// <summary>The application's invoices with their receipts and refunds (D-716), oldest first.</summary>
    public IReadOnlyList<PaymentLine> Payments { get; init; } = [];
}

/// <summary>
/// One invoice as the applicant reads it (D-716): amount, state (a page text key's suffix), paid when (UTC; shown in Almaty
/// time) and how, the receipt number and the signed receipt's download, and its refunds.
/// </summary>
public sealed record PaymentLine(string Amount, string Status, DateTime? PaidAt, string? PaidVia, string? ReceiptNumber, string? ReceiptUrl,
    Guid? ReceiptDocumentId, IReadOnlyList<RefundLine> Refunds);

/// <summary>A refund of an invoice (D-706, D-713): its amount, "requested", "submitted" or "success", and since when (UTC).</summary>
public sealed record RefundLine(string Amount, string Status, DateTime At);
