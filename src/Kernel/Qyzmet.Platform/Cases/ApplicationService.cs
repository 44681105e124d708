using System.Diagnostics;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Telemetry;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// A request to apply. It is certified by <paramref name="Signature"/> (base64 detached CMS over
/// <see cref="Trust.RequestCanonicalForm"/>) or by <paramref name="Otp"/>; see <see cref="Trust.SubmissionConfirmations"/>.
/// </summary>
public sealed record SubmitRequest(string ServiceId, string? ApplicantId, IReadOnlyDictionary<string, string?> Fields, string? IdempotencyKey,
    string? Signature = null, Trust.OtpConfirmation? Otp = null);

public sealed record SubmitResult(Application Application, bool Replayed);

/// <summary>One row of a cabinet list: the application and its latest payment, if any.</summary>
public sealed record ApplicationListItem(Application Application, Payment? LatestPayment);

/// <summary>A person or company as the register knows them, shown at the PSC desk before the form opens.</summary>
public sealed record RegisteredApplicant(string Id, bool IsLegalEntity, string Name, DateOnly? BirthDate);

/// <summary>Applications from submission to result: the one place where applications are created and moved.</summary>
public sealed class ApplicationService(
    QyzmetDbContext db,
    ProcedureRegistry registry,
    CaseServices services,
    AuditLog audit,
    NumberSequence numbers,
    CalendarService calendars,
    Trust.SubmissionConfirmations confirmations,
    Trust.AccessContext access,
    Trust.PersonAccessLog accessLog,
    Trust.PowersOfAttorney powers,
    UnitStaffing staffing,
    AuditChainWriter chainWriter,
    IPaymentGateway gatewayClient,
    PaymentReceipts receipts,
    IEnumerable<IApplicationSubmittedListener> submittedListeners,
    TimeProvider time,
    ILogger<ApplicationService> log)
{
    /// <summary>
    /// The durable marker of a service's reaction still owed after "pay" (ADR 0031, D-359): a case timer whose trigger is this
    /// prefix and the state "pay" led to. The confirmation commits it with the payment; the request runs the reaction after the
    /// commit and claims the marker in the reaction's own transaction; if it fails or the host stops first, the due-timers job
    /// runs it after <see cref="ReactionGrace"/>.
    /// </summary>
    public const string ReactionPrefix = "react-after-pay:";

    /// <summary>How long the due-timers job leaves a pending reaction to the request that committed the payment (D-359).</summary>
    public static readonly TimeSpan ReactionGrace = TimeSpan.FromMinutes(1);

    public async Task<SubmitResult> SubmitAsync(UserInfo user, string channel, SubmitRequest request, CancellationToken ct)
    {
        var handler = registry.ForNewApplication(request.ServiceId);

        using var activity = QyzmetTelemetry.Source.StartActivity("application.submit");
        activity?.SetTag("qyzmet.service", handler.ServiceId);
        activity?.SetTag("qyzmet.channel", channel);
        var started = Stopwatch.GetTimestamp();
        var requestHash = Hash(request);
        if (request.IdempotencyKey is { } key)
        {
            var existing = await ByIdempotencyKey.For(db)(db, user.Id, key);
            if (existing is not null)
            {
                return existing.RequestHash == requestHash
                    ? new SubmitResult(existing, Replayed: true)
                    : throw new QyzmetException(KernelErrors.IdempotencyConflict);
            }
        }

        access.Set(user.Id, user.Role, AccessPurposes.ForService(handler.ServiceId));
        var applicant = await ResolveApplicantAsync(user, request.ApplicantId, handler, ct);
        var form = handler.Form.Validate(request.Fields);
        // ADR 0010: the signature or one-time password is checked before anything is written; a failure stores nothing.
        var confirmation = await confirmations.CheckAsync(user, handler.ServiceId, applicant.Id, applicant.IsLegalEntity, request.Fields,
            request.Signature, request.Otp, ct);
        var now = time.GetUtcNow();
        var calendar = await calendars.GetAsync(ct);
        var procedure = handler.Procedure;
        var acceptedOn = calendar.AcceptanceDay(now);
        DateOnly? due = await handler.DeadlineForAsync(applicant, form, ct) is { Unit: DeadlineUnit.WorkingDays or DeadlineUnit.CalendarDays } rule
            ? calendar.Compute(now, rule).DueDate
            : null;

        var unit = await handler.AssignUnitAsync(applicant, form, ct);
        // D-214: no application is accepted that nobody at its unit can process (it would be stuck for good).
        await staffing.EnsureStaffedAsync(handler, unit, ct);
        // ADR 0019: everything up to here and the service's automated step below (registry reads, PDF rendering and
        // signing) run with no write transaction open; the number comes from a sequence (no row held). The transaction
        // begins at the first save and holds only the inserts; a request killed before the commit writes nothing.
        db.DeferTransactionToFirstSave = true;
        try
        {
            return await SubmitCoreAsync(user, channel, request, handler, applicant, form, confirmation, now, procedure, acceptedOn, due, unit,
                requestHash, activity, started, ct);
        }
        finally
        {
            db.DeferTransactionToFirstSave = false;
            if (db.Database.CurrentTransaction is { } open)
            {
                await open.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private async Task<SubmitResult> SubmitCoreAsync(UserInfo user, string channel, SubmitRequest request, IStateServiceHandler handler, ApplicantInfo applicant,
        IReadOnlyDictionary<string, string> form, Trust.PendingConfirmation confirmation, DateTimeOffset now, ProcedureDefinition procedure, DateOnly acceptedOn, DateOnly? due,
        string unit, string requestHash, Activity? activity, long started, CancellationToken ct)
    {
        var seq = await numbers.NextAsync("application", ct);
        var app = new Application
        {
            Id = Guid.CreateVersion7(),
            Number = $"{AlmatyTime.LocalDate(now).Year}-{seq:D7}",
            ServiceId = handler.ServiceId,
            ApplicantId = applicant.Id,
            ApplicantName = applicant.Name,
            SubmittedBy = user.Id,
            Channel = channel,
            Status = procedure.InitialState,
            FormJson = JsonSerializer.Serialize(form),
            UnitId = unit,
            SubmittedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
            AcceptedOn = acceptedOn,
            DueOn = due,
            IdempotencyKey = request.IdempotencyKey,
            RequestHash = requestHash,
        };
        db.Applications.Add(app);
        await confirmations.RecordAsync(app.Id, confirmation, ct);
        access.Set(user.Id, user.Role, AccessPurposes.ForService(handler.ServiceId), app.Number);
        var ctx = new ProcessContext(user.Id, user.Role, "submitted via " + channel, user.UnitId);
        services.Engine.RecordHistory(app, ctx, "submit", "", now.UtcDateTime);
        await services.Engine.EnterFirstStageAsync(app, now.UtcDateTime, ct);
        await audit.AppendAsync(ctx, "application.submit", "application:" + app.Number,
            JsonSerializer.Serialize(new { app.ServiceId, app.ApplicantId, channel, confirmation = confirmation.Method, certificate = confirmation.Signer?.Serial }), ct);
        await services.Notifier.NotifyAsync(app.ApplicantId, app.Id,
            new LocalizedText($"№ {app.Number} өтініш қабылданды", $"Заявление № {app.Number} принято", $"Application {app.Number} received"),
            new LocalizedText(
                $"«{Title(handler).Kk}» қызметіне өтінішіңіз тіркелді." + (due is null ? "" : $" Мерзімі: {due:dd.MM.yyyy}."),
                $"Ваше заявление на услугу «{Title(handler).Ru}» зарегистрировано." + (due is null ? "" : $" Срок: {due:dd.MM.yyyy}."),
                $"Your application for '{Title(handler).En}' is registered." + (due is null ? "" : $" Due {due:yyyy-MM-dd}.")),
            sms: false, ct);

        await handler.ReactAsync(new CaseContext(app, ctx, handler, services), ct);
        foreach (var listener in submittedListeners)
        {
            await listener.OnSubmittedAsync(app, user, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // A concurrent request with the same key won the race: answer with its application.
            if (db.Database.CurrentTransaction is { } failed)
            {
                await failed.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            var winner = await db.Applications.AsNoTracking()
                .SingleOrDefaultAsync(a => a.SubmittedBy == user.Id && a.IdempotencyKey == request.IdempotencyKey, ct);
            if (winner is null)
            {
                throw;
            }

            return winner.RequestHash == requestHash ? new SubmitResult(winner, Replayed: true) : throw new QyzmetException(KernelErrors.IdempotencyConflict);
        }

        if (db.Database.CurrentTransaction is { } tx)
        {
            await tx.CommitAsync(ct);
        }

        chainWriter.Nudge();
        var tags = QyzmetTelemetry.ServiceTags(handler.ServiceId, channel);
        QyzmetTelemetry.ApplicationsSubmitted.Add(1, tags);
        QyzmetTelemetry.SubmissionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        activity?.SetTag("qyzmet.application", app.Number);
        return new SubmitResult(app, Replayed: false);
    }

    /// <summary>Fires a staff or applicant action on an application the user may act on, then lets the service react.</summary>
    public async Task<Application> FireAsync(UserInfo user, string number, string trigger, string? reason, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindVisibleAsync(user, number, tracking: true, ct);
        var handler = registry.Get(app.ServiceId);
        if (RefusalService.MustGoThroughRefusals(handler.Procedure, trigger))
        {
            // ADR 0013: a service that uses the refusal capability refuses only through it (ground, hearing rule).
            throw new QyzmetException(RefusalErrors.UseRefusalEndpoint, trigger);
        }

        var ctx = new ProcessContext(user.Id, user.Role, reason, user.UnitId);
        await services.Engine.FireAsync(app, trigger, ctx, ct);
        await services.NotifyStatusAsync(app, handler, ct);
        await handler.ReactAsync(new CaseContext(app, ctx, handler, services), ct);
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return app;
    }

    /// <summary>
    /// Starts paying the open fee through the payment gateway (ADR 0020): returns the attempt whose NextUrl the payer's
    /// browser goes to. The "pay" step fires only when the gateway's signed confirmation arrives.
    /// </summary>
    public async Task<PaymentAttempt> StartPaymentAsync(UserInfo user, string number, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindVisibleAsync(user, number, tracking: true, ct);
        var handler = registry.Get(app.ServiceId);
        if (handler.Procedure.Find(app.Status, "pay") is null)
        {
            throw new QyzmetException(PaymentErrors.NoOpenPayment);
        }

        await handler.BeforePaymentAsync(app, ct);
        var attempt = await services.Payments.StartAsync(app, user, ct);
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return attempt;
    }

    /// <summary>
    /// Takes one signed gateway event (a callback, or fetched on the payer's return) in one short transaction. On the first
    /// success for an invoice the application can still be paid for, the invoice is closed with a receipt number and the
    /// procedure's "pay" step fires as the person who started paying; money taken when it can no longer be (expired,
    /// already paid) is refunded. The receipt's PDF is rendered and signed after the commit (ADR 0028, D-349).
    /// </summary>
    public async Task<GatewayEventResult> ConfirmGatewayEventAsync(byte[] payload, string? signature, CancellationToken ct)
    {
        GatewayEventResult result;
        var receiptDue = false;
        CaseTimer? reaction = null;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            result = await services.Payments.ApplyEventAsync(payload, signature, ct);
            if (result.JustSucceeded)
            {
                var app = await db.Applications.SingleAsync(a => a.Id == result.Attempt.ApplicationId, ct);
                var handler = registry.Get(app.ServiceId);
                if (result.Invoice.Status == PaymentStatus.Requested && handler.Procedure.Find(app.Status, "pay") is not null)
                {
                    var receipt = await numbers.NextAsync("receipt", ct);
                    services.Payments.MarkPaid(result.Invoice, result.Attempt, receipt, "gateway");
                    receiptDue = true;
                    await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.CanceledAt, time.GetUtcNow().UtcDateTime), ct);
                    var ctx = new ProcessContext(result.Attempt.StartedBy, result.Attempt.StartedByRole, "paid, receipt " + result.Invoice.ReceiptNumber);
                    await services.Engine.FireAsync(app, "pay", ctx, ct);
                    await services.NotifyStatusAsync(app, handler, ct);
                    // D-359: the service reacts after this commit (it may render and sign documents); the marker is committed
                    // with the payment, so a reaction that fails or a host that stops first loses nothing.
                    reaction = OweReaction(app);
                }
                else
                {
                    // D-706: paid after the window closed, or a second payment of a paid invoice: the money goes back.
                    services.Payments.RequestRefund(result.Invoice, result.Attempt,
                        result.Invoice.Status == PaymentStatus.Paid ? "paid twice" : "paid after the invoice could no longer be paid (" + app.Status + ")");
                }
            }

            try
            {
                await SaveAsync(ct);
            }
            catch (DbUpdateException) when (result.Outcome == GatewayEventOutcome.Applied)
            {
                // The same event arrived twice at once: the unique event id let the other one in; this one changed nothing.
                await tx.RollbackAsync(ct);
                return result with { Outcome = GatewayEventOutcome.Duplicate, JustSucceeded = false };
            }

            await tx.CommitAsync(ct);
        }

        if (reaction is not null)
        {
            await TryReactAfterPaymentAsync(reaction.Id, ct);
        }

        if (receiptDue)
        {
            await IssueReceiptAsync(result.Invoice, ct);
        }

        return result;
    }

    /// <summary>Records, in the payment's transaction, that the service still owes its reaction to the state "pay" led to (D-359).</summary>
    private CaseTimer OweReaction(Application app)
    {
        var marker = new CaseTimer { ApplicationId = app.Id, Trigger = ReactionPrefix + app.Status, DueAt = time.GetUtcNow().UtcDateTime + ReactionGrace };
        db.Timers.Add(marker);
        return marker;
    }

    /// <summary>
    /// D-359 (ADR 0031): the service's reaction to a committed payment, run after the commit by the request that committed it.
    /// The reaction reads, renders and signs with no write transaction open (ADR 0019); its writes and the claim of the
    /// marker (a conditional update, as the due-timers job claims a timer) commit together. A failure is logged, not thrown:
    /// the payment stands and the marker stays due, so <see cref="Timers.DueTimersJob"/> runs the reaction later. Should the
    /// job (or another request) have claimed it first, this run is rolled back: the reaction happens once.
    /// </summary>
    private async Task TryReactAfterPaymentAsync(long markerId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.DeferTransactionToFirstSave = true;
        try
        {
            var marker = await db.Timers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == markerId && t.FiredAt == null && t.CanceledAt == null, ct);
            if (marker is null)
            {
                return;
            }

            await ReactToPaymentAsync(marker, ct);
            if (db.Database.CurrentTransaction is null)
            {
                await db.Database.BeginTransactionAsync(ct);
            }

            var claimed = await db.Timers.Where(t => t.Id == markerId && t.FiredAt == null && t.CanceledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredAt, time.GetUtcNow().UtcDateTime).SetProperty(t => t.ClaimedBy, Environment.MachineName), ct);
            if (claimed == 0)
            {
                // The recovery job reacted meanwhile: this run's writes are dropped.
                await db.Database.CurrentTransaction!.RollbackAsync(ct);
                return;
            }

            await SaveAsync(ct);
            await db.Database.CurrentTransaction!.CommitAsync(ct);
            chainWriter.Nudge();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "The reaction after payment (marker {Marker}) failed; the payment stands and the due-timers job runs the reaction again", markerId);
        }
        finally
        {
            db.DeferTransactionToFirstSave = false;
            if (db.Database.CurrentTransaction is { } open)
            {
                await open.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The service's reaction owed by a marker (D-359), as the person who paid: only while the application is still in the
    /// state "pay" led to (if it has moved on, the reaction happened or no longer applies). Returns false then.
    /// </summary>
    private async Task<bool> ReactToPaymentAsync(CaseTimer marker, CancellationToken ct)
    {
        var state = marker.Trigger[ReactionPrefix.Length..];
        var app = await db.Applications.SingleAsync(a => a.Id == marker.ApplicationId, ct);
        if (app.Status != state)
        {
            return false;
        }

        var handler = registry.Get(app.ServiceId);
        // The step's own actor (the payer, D-704), as the "pay" line of the history records them.
        var paid = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == app.Id && e.Trigger == "pay" && e.ToStatus == state)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var ctx = paid is null ? ProcessContext.System("reaction after payment") : new ProcessContext(paid.ActorId, paid.ActorRole, paid.Reason);
        await handler.ReactAsync(new CaseContext(app, ctx, handler, services), ct);
        return true;
    }

    /// <summary>
    /// 001a.md para 6(11): after payment the portal issues a receipt: a signed PDF (not the application's result), signed
    /// like the unit's automated results (D-304). ADR 0028: rendered and signed after the payment's commit and stored in a
    /// short transaction of its own; should this fail or the host stop first, <see cref="PendingReceiptsJob"/> issues it.
    /// </summary>
    private async Task IssueReceiptAsync(Payment invoice, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        invoice.ReceiptDocumentId = await receipts.TryIssueAsync(invoice.Id, ct);
    }

    /// <summary>
    /// On the payer's return from the gateway: fetches the attempt's signed events and takes each as if it were a callback,
    /// so the page is right even when a callback is late. Returns the application number.
    /// </summary>
    public async Task<string?> SyncAttemptAsync(Guid attemptId, CancellationToken ct)
    {
        var attempt = await db.PaymentAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId, ct);
        if (attempt is null)
        {
            return null;
        }

        var number = await db.Applications.AsNoTracking().Where(a => a.Id == attempt.ApplicationId).Select(a => a.Number).SingleAsync(ct);
        var view = await gatewayClient.GetAsync(attempt.GatewayPaymentId, ct);
        foreach (var e in view?.Events ?? [])
        {
            db.ChangeTracker.Clear();
            await ConfirmGatewayEventAsync(e.Payload, e.Signature, ct);
        }

        return number;
    }

    /// <summary>Fires a due timer's trigger as the platform. Returns false when the application has moved on.</summary>
    public async Task<bool> FireTimerAsync(CaseTimer timer, CancellationToken ct)
    {
        if (timer.Trigger.StartsWith(ProcedureEngine.TaskOverduePrefix, StringComparison.Ordinal))
        {
            // ADR 0015: an overdue task is escalated; the application itself does not move.
            return Guid.TryParseExact(timer.Trigger[ProcedureEngine.TaskOverduePrefix.Length..], "N", out var taskId)
                && await services.Engine.EscalateTaskAsync(taskId, ct);
        }

        if (timer.Trigger.StartsWith(ReactionPrefix, StringComparison.Ordinal))
        {
            // D-359: the reaction to a payment that its request did not complete (it failed, or the host stopped after the commit).
            return await ReactToPaymentAsync(timer, ct);
        }

        var app = await db.Applications.SingleAsync(a => a.Id == timer.ApplicationId, ct);
        var handler = registry.Get(app.ServiceId);
        if (handler.Procedure.Find(app.Status, timer.Trigger) is null)
        {
            return false;
        }

        var ctx = ProcessContext.System("timer " + timer.Trigger);
        await new CaseContext(app, ctx, handler, services).FireAsync(timer.Trigger, "timer " + timer.Trigger, ct);
        if (handler.Procedure.Find(app.Status, "pay") is null)
        {
            // 001a.md para 6(11): the window closed; an invoice still open can no longer be paid.
            await services.Payments.ExpireOpenAsync(app, ct);
        }

        return true;
    }

    /// <summary>
    /// 000.md App. 1 rows 6 and 8, App. 2 row 8 (D-711): the applicant who paid outside the gateway puts the uploaded e-copy of
    /// the payment document to staff. The open invoice waits for their check (not payable meanwhile; a gateway payment arriving
    /// then is refunded, D-706). Only services whose regulation allows it (<see cref="IStateServiceHandler.AcceptsPaymentECopy"/>).
    /// </summary>
    public async Task<Payment> SubmitPaymentECopyAsync(UserInfo user, string number, Guid? attachmentId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindVisibleAsync(user, number, tracking: true, ct);
        if (user.IsStaff && user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        var handler = registry.Get(app.ServiceId);
        if (!handler.AcceptsPaymentECopy)
        {
            throw new QyzmetException(PaymentClaims.ECopyNotAllowed);
        }

        var invoice = await services.Payments.OpenPaymentAsync(app.Id, ct);
        if (invoice is null || time.GetUtcNow().UtcDateTime >= invoice.ExpiresAt || handler.Procedure.Find(app.Status, "pay") is null)
        {
            throw new QyzmetException(PaymentErrors.NoOpenPayment);
        }

        if (attachmentId is not { } fileId || !await db.Attachments.AnyAsync(a => a.Id == fileId && a.ApplicationId == app.Id, ct))
        {
            throw new QyzmetException(PaymentClaims.AttachmentUnknown) { Fields = { ["attachmentId"] = PaymentClaims.AttachmentUnknown.Message } };
        }

        invoice.Status = PaymentStatus.Claimed;
        invoice.ClaimKind = PaymentClaimKinds.ECopy;
        invoice.ClaimStatus = PaymentClaimStatus.Pending;
        invoice.ClaimAttachmentId = fileId;
        invoice.ClaimRejection = null;
        invoice.ClaimDecidedBy = null;
        invoice.ClaimDecidedAt = null;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, null, user.UnitId), "payment.e-copy", "application:" + app.Number,
            $"invoice {invoice.Id:N}, attachment {fileId:N}", ct);
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return invoice;
    }

    /// <summary>
    /// Staff of the unit that holds the application decide on a claim (D-709, D-711, D-712). Accepting an e-copy closes the
    /// invoice as paid "e-copy" and fires the procedure's "pay" step as the applicant; accepting an exemption fires its waive
    /// step. Rejecting gives a listed reason, told to the applicant in kk/ru/en; the invoice is then open to pay through the
    /// gateway (for an exemption: the fee is invoiced) until its window ends.
    /// </summary>
    public async Task<Payment> DecidePaymentClaimAsync(UserInfo user, string number, Guid invoiceId, bool accept, string? reason, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindVisibleAsync(user, number, tracking: true, ct);
        if (!user.IsStaff || user.Role is Roles.PscOperator or Roles.Administrator || user.UnitId != app.UnitId)
        {
            throw new QyzmetException(PaymentClaims.NotUnitStaff);
        }

        var invoice = await db.Payments.SingleOrDefaultAsync(p => p.Id == invoiceId && p.ApplicationId == app.Id, ct);
        if (invoice is not { Status: PaymentStatus.Claimed, ClaimStatus: PaymentClaimStatus.Pending })
        {
            throw new QyzmetException(PaymentClaims.NoPendingClaim);
        }

        var handler = registry.Get(app.ServiceId);
        var now = time.GetUtcNow().UtcDateTime;
        CaseTimer? reaction = null;
        invoice.ClaimDecidedBy = user.Id;
        invoice.ClaimDecidedAt = now;
        var staff = new ProcessContext(user.Id, user.Role, reason, user.UnitId);
        if (!accept)
        {
            if (reason is null || !PaymentClaims.RejectionReasons.TryGetValue(reason, out var why))
            {
                var list = string.Join(", ", PaymentClaims.RejectionReasons.Keys);
                throw new QyzmetException(PaymentClaims.BadRejectionReason, list)
                {
                    Fields = { ["reason"] = new(PaymentClaims.BadRejectionReason.Message.Kk.Replace("{0}", list, StringComparison.Ordinal),
                        PaymentClaims.BadRejectionReason.Message.Ru.Replace("{0}", list, StringComparison.Ordinal),
                        PaymentClaims.BadRejectionReason.Message.En.Replace("{0}", list, StringComparison.Ordinal)) },
                };
            }

            invoice.ClaimStatus = PaymentClaimStatus.Rejected;
            invoice.ClaimRejection = reason;
            invoice.Status = PaymentStatus.Requested;
            await audit.AppendAsync(staff, "payment.claim-rejected", "application:" + app.Number, $"invoice {invoice.Id:N}, {invoice.ClaimKind}, {reason}", ct);
            await services.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                new("Төлем бойынша өтініш қабылданбады", "Заявление по оплате отклонено", "Your payment claim was rejected"),
                new($"{app.Number} өтініші: {why.Kk} Төлеу мерзімі: {AlmatyTime.FromUtc(invoice.ExpiresAt).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)}.",
                    $"Заявление {app.Number}: {why.Ru} Оплатить нужно до {AlmatyTime.FromUtc(invoice.ExpiresAt).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)}.",
                    $"Application {app.Number}: {why.En} Pay before {AlmatyTime.FromUtc(invoice.ExpiresAt).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)}."), sms: false, ct);
        }
        else if (invoice.ClaimKind == PaymentClaimKinds.ECopy)
        {
            if (handler.Procedure.Find(app.Status, "pay") is null)
            {
                throw new QyzmetException(PaymentClaims.NoPendingClaim);
            }

            invoice.ClaimStatus = PaymentClaimStatus.Accepted;
            invoice.Status = PaymentStatus.Paid;
            invoice.PaidAt = now;
            invoice.PaidVia = PaymentClaimKinds.ECopy;
            invoice.ReceiptNumber = $"R{now.Year}-{await numbers.NextAsync("receipt", ct):D8}";
            await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.CanceledAt, now), ct);
            var ctx = new ProcessContext(app.ApplicantId, Roles.Applicant, $"paid outside the gateway; e-copy accepted by {user.Id}");
            await services.Engine.FireAsync(app, "pay", ctx, ct);
            await services.NotifyStatusAsync(app, handler, ct);
            // D-359: as after a gateway payment, the service reacts after the commit; D-715: the receipt PDF follows it.
            reaction = OweReaction(app);
        }
        else
        {
            invoice.ClaimStatus = PaymentClaimStatus.Accepted;
            invoice.Status = PaymentStatus.Waived;
            await audit.AppendAsync(staff, "payment.exemption-accepted", "application:" + app.Number, $"invoice {invoice.Id:N}, {invoice.ClaimGround}", ct);
            await new CaseContext(app, staff, handler, services).FireAsync(invoice.ClaimWaiveTrigger ?? "waive-fee",
                $"free of charge ({invoice.ClaimGround}): {invoice.ClaimProof}; accepted by {user.Id}", ct);
        }

        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        if (reaction is not null)
        {
            await TryReactAfterPaymentAsync(reaction.Id, ct);
            // D-715: a signed receipt as for a gateway payment (ADR 0028), issued after the commit; PendingReceiptsJob recovers it.
            await IssueReceiptAsync(invoice, ct);
        }

        return invoice;
    }

    /// <summary>
    /// The application if this user may see it: the applicant, the PSC operator who submitted it, staff of the
    /// unit it is assigned to, or an administrator. Anyone else gets "not found", so numbers reveal nothing.
    /// </summary>
    public async Task<Application> FindVisibleAsync(UserInfo user, string number, bool tracking, CancellationToken ct)
    {
        var query = VisibleTo(user, tracking ? db.Applications : db.Applications.AsNoTracking()).Where(a => a.Number == number);
        var app = await query.SingleOrDefaultAsync(ct) ?? throw new QyzmetException(CaseErrors.ApplicationNotFound, number);
        // Whatever the request reads of people from here on is read for this application (decision D-305).
        access.Set(user.Id, user.Role, AccessPurposes.ForApplication(app.Number, app.ServiceId), app.Number);
        if (user.IsStaff && app.ApplicantId != user.Id && Iin.TryParse(app.ApplicantId, out _, out _))
        {
            // Staff opening someone's application read that person's data: it goes to their "who viewed my data" log.
            accessLog.Record(app.ApplicantId);
            if (!tracking)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        return app;
    }

    /// <summary>A page of the user's applications, newest first, continuing after <paramref name="after"/> (keyset).</summary>
    public async Task<IReadOnlyList<Application>> ListAsync(UserInfo user, (DateTime SubmittedAt, Guid Id)? after, int take, CancellationToken ct)
    {
        var query = VisibleTo(user, db.Applications.AsNoTracking());
        if (after is { } cursor)
        {
            query = After(query, cursor);
        }

        return await query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
    }

    /// <summary>
    /// The one access rule: applicants see their own applications and those of the legal entities they may act for now
    /// (as head or holder of a valid power of attorney, D-308: whoever may apply for the entity may follow and collect
    /// its applications), PSC operators those they submitted, provider staff those assigned to their unit,
    /// administrators all.
    /// </summary>
    /// <summary>
    /// <see cref="VisibleTo"/>'s rule for staff, on an application already read: whether this staff member still sees it after
    /// a step they took (a step may hand it to another unit). Keep the two in step.
    /// </summary>
    public static bool VisibleToStaff(UserInfo user, Application app) => user.Role switch
    {
        Roles.Applicant => false,
        Roles.PscOperator => app.SubmittedBy == user.Id,
        Roles.Administrator => true,
        _ => app.UnitId == user.UnitId,
    };

    /// <summary>
    /// The keyset "older than the cursor" (D-381): the first condition alone is an index range (SubmittedAt ≤ cursor), so the
    /// read starts at the cursor; the OR that makes it exact is not, and alone left the read to start at the newest row.
    /// </summary>
    private static IQueryable<Application> After(IQueryable<Application> query, (DateTime SubmittedAt, Guid Id) cursor) =>
        query.Where(a => a.SubmittedAt <= cursor.SubmittedAt
            && (a.SubmittedAt < cursor.SubmittedAt || (a.SubmittedAt == cursor.SubmittedAt && a.Id.CompareTo(cursor.Id) < 0)));

    /// <summary>
    /// Every application, stated as the condition of the administrator's index (D-381: every row meets it, and no other
    /// query states it, so the index serves this list alone).
    /// </summary>
    private static IQueryable<Application> EveryApplication(IQueryable<Application> query) => query.Where(a => a.Version >= 0);

    private IQueryable<Application> VisibleTo(UserInfo user, IQueryable<Application> query) => user.Role switch
    {
        Roles.Applicant => VisibleToApplicant(user.Id, query),
        Roles.PscOperator => query.Where(a => a.SubmittedBy == user.Id),
        Roles.Administrator => EveryApplication(query),
        _ => query.Where(a => a.UnitId == user.UnitId),
    };

    private IQueryable<Application> VisibleToApplicant(string iin, IQueryable<Application> query)
    {
        var represented = powers.RepresentedBy(iin);
        return query.Where(a => a.ApplicantId == iin || represented.Contains(a.ApplicantId));
    }

    /// <summary>
    /// The cabinet list (issue 16 item 4, D-344): a page of <see cref="ListAsync"/> with each application's latest payment,
    /// read in one query (no query per application), untracked. An applicant's page, the hot path, is a compiled query
    /// (D-363); staff lists compose the access rule as <see cref="ListAsync"/> does.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationListItem>> ListWithPaymentsAsync(UserInfo user, (DateTime SubmittedAt, Guid Id)? after, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 100);
        if (user.Role == Roles.Applicant)
        {
            var now = time.GetUtcNow();
            var today = AlmatyTime.LocalDate(now);
            var rows = after is { } c
                ? ApplicantPageAfter.For(db)(db, user.Id, today, now.UtcDateTime, c.SubmittedAt, c.Id, take)
                : ApplicantFirstPage.For(db)(db, user.Id, today, now.UtcDateTime, take);
            var list = new List<ApplicationListItem>(take);
            await foreach (var row in rows.WithCancellation(ct))
            {
                list.Add(row);
            }

            return NewestFirst(list);
        }

        var query = VisibleTo(user, db.Applications.AsNoTracking());
        if (after is { } cursor)
        {
            query = After(query, cursor);
        }

        return NewestFirst(await WithLatestPayment(db, query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take)).ToListAsync(ct));
    }

    /// <summary>The page in its keyset order (the join to the invoices, D-376, does not promise to keep the page's order).</summary>
    private static List<ApplicationListItem> NewestFirst(List<ApplicationListItem> page)
    {
        page.Sort((x, y) => y.Application.SubmittedAt.CompareTo(x.Application.SubmittedAt) is var c and not 0 ? c : y.Application.Id.CompareTo(x.Application.Id));
        return page;
    }

    // D-363: the applicant's cabinet page as compiled queries (first page, and after a keyset cursor); the access rule is
    // VisibleToApplicant's, with D-308's power-of-attorney rule inlined from its one expression (PowersOfAttorney.Valid).
    // D-376 (issue 16 "Data at national size"): the page is the union of two keyset reads, each bounded by the page size and
    // each one index range (the person's own applications on (ApplicantId, SubmittedAt, Id); those of the entities they
    // represent, per BIN, on the same index), never "own OR represented", which PostgreSQL can only answer by reading the
    // whole table. The latest invoice is found by a correlated key lookup per row (index on ApplicationId) and joined by its
    // primary key, never as EF's ROW_NUMBER() over every invoice.
    private static readonly CompiledPerModel<Func<QyzmetDbContext, string, DateOnly, DateTime, int, IAsyncEnumerable<ApplicationListItem>>> ApplicantFirstPage = new(() =>
        EF.CompileAsyncQuery(QueryRules.Expand<Func<QyzmetDbContext, string, DateOnly, DateTime, int, IQueryable<ApplicationListItem>>>(
            (db, iin, today, nowUtc, take) => WithLatestPayment(db,
                db.Applications.AsNoTracking().Where(a => a.ApplicantId == iin)
                    .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take)
                    .Concat(db.Applications.AsNoTracking()
                        .Where(a => db.LegalEntities.Where(e => e.HeadIin == iin).Select(e => e.Bin)
                            .Concat(db.PowersOfAttorney.Where(p => PowersOfAttorney.IsValid(p, iin, today, nowUtc)).Select(p => p.Bin))
                            .Contains(a.ApplicantId))
                        .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take))
                    .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take)))));

    private static readonly CompiledPerModel<Func<QyzmetDbContext, string, DateOnly, DateTime, DateTime, Guid, int, IAsyncEnumerable<ApplicationListItem>>> ApplicantPageAfter = new(() =>
        EF.CompileAsyncQuery(QueryRules.Expand<Func<QyzmetDbContext, string, DateOnly, DateTime, DateTime, Guid, int, IQueryable<ApplicationListItem>>>(
            (db, iin, today, nowUtc, afterAt, afterId, take) => WithLatestPayment(db,
                db.Applications.AsNoTracking().Where(a => a.ApplicantId == iin)
                    .Where(a => a.SubmittedAt < afterAt || (a.SubmittedAt == afterAt && a.Id.CompareTo(afterId) < 0))
                    .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take)
                    .Concat(db.Applications.AsNoTracking()
                        .Where(a => db.LegalEntities.Where(e => e.HeadIin == iin).Select(e => e.Bin)
                            .Concat(db.PowersOfAttorney.Where(p => PowersOfAttorney.IsValid(p, iin, today, nowUtc)).Select(p => p.Bin))
                            .Contains(a.ApplicantId))
                        .Where(a => a.SubmittedAt < afterAt || (a.SubmittedAt == afterAt && a.Id.CompareTo(afterId) < 0))
                        .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take))
                    .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(take)))));

    /// <summary>
    /// Each application of a (bounded) page with its latest invoice (D-376): the invoice's id by a correlated lookup on
    /// payments' ApplicationId index, then the invoice by its primary key. EF translates a <c>FirstOrDefault()</c> entity in a
    /// projection as a join to <c>ROW_NUMBER() OVER (PARTITION BY ApplicationId)</c> over the whole payments table.
    /// </summary>
    [QueryRule(nameof(WithLatestPaymentRule))]
    public static IQueryable<ApplicationListItem> WithLatestPayment(QyzmetDbContext db, IQueryable<Application> page) => WithLatestPaymentAdHoc(db, page);

    private static readonly Expression<Func<QyzmetDbContext, IQueryable<Application>, IQueryable<ApplicationListItem>>> WithLatestPaymentRule = (db, page) =>
        page.Select(a => new
        {
            Application = a,
            PaymentId = db.Payments.Where(p => p.ApplicationId == a.Id)
                .OrderByDescending(p => p.RequestedAt).ThenByDescending(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefault(),
        })
        .LeftJoin(db.Payments, x => x.PaymentId, p => (Guid?)p.Id, (x, p) => new ApplicationListItem(x.Application, p));

    private static readonly Func<QyzmetDbContext, IQueryable<Application>, IQueryable<ApplicationListItem>> WithLatestPaymentAdHoc = WithLatestPaymentRule.Compile();

    // D-368: every submission with an Idempotency-Key looks it up first (a compiled query, D-363).
    private static readonly CompiledPerModel<Func<QyzmetDbContext, string, string, Task<Application?>>> ByIdempotencyKey = new(() =>
        EF.CompileAsyncQuery((QyzmetDbContext db, string submittedBy, string key) =>
            db.Applications.AsNoTracking().SingleOrDefault(a => a.SubmittedBy == submittedBy && a.IdempotencyKey == key)));

    private static readonly CompiledPerModel<Func<QyzmetDbContext, Guid, IAsyncEnumerable<ApplicationEvent>>> History = new(() =>
        EF.CompileAsyncQuery<QyzmetDbContext, Guid, ApplicationEvent>((db, id) => db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Id)));

    /// <summary>The application's history, oldest first (a compiled query, D-363: it is read on every application page).</summary>
    public async Task<List<ApplicationEvent>> HistoryAsync(Guid applicationId, CancellationToken ct)
    {
        var list = new List<ApplicationEvent>();
        await foreach (var e in History.For(db)(db, applicationId).WithCancellation(ct))
        {
            list.Add(e);
        }

        return list;
    }

    /// <summary>
    /// For a signed-in applicant: the BIN they ask to apply for (as its head or attorney, checked on submission; D-308),
    /// or their own IIN when they give nothing (or their own IIN). Anything else is refused with the field's error
    /// (400, field <c>applicantId</c>): a mistyped BIN is never silently replaced by the applicant's own IIN, and
    /// nobody applies in another person's name (issue 10 item 10; 002.md §3.0 "Recipient").
    /// </summary>
    public static string OwnApplicantId(UserInfo user, string? requestedApplicant)
    {
        var requested = requestedApplicant?.Trim() ?? "";
        if (requested.Length == 0 || requested == user.Id)
        {
            return user.Id;
        }

        if (Bin.TryParse(requested, out var bin, out var error))
        {
            return bin.Value;
        }

        throw new QyzmetException(error) { Fields = { ["applicantId"] = error.Message } };
    }

    /// <summary>
    /// The PSC desk's first step (002.md §4.2 Condition 1; 001b.md §4.2 step 1): the operator's IIN (or BIN) is checked
    /// (length, digits, birth date, check digit) and the person is read from the register through the gateway, so a
    /// wrong number or an unknown person is refused before any form opens. The read is the operator's reading of the
    /// person's data and is saved in their access log at once (decision D-305).
    /// </summary>
    public async Task<RegisteredApplicant> IdentifyAtDeskAsync(UserInfo user, string? applicantId, CancellationToken ct)
    {
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        var id = applicantId?.Trim() ?? "";
        if (id.Length == 0)
        {
            throw new QyzmetException(CaseErrors.ApplicantRequired);
        }

        access.Set(user.Id, user.Role, PscDeskPurpose);
        if (Iin.TryParse(id, out _, out var iinError))
        {
            var person = await services.Gateway.FindPersonAsync(id, ct) ?? throw new QyzmetException(CaseErrors.ApplicantNotFound, id);
            await db.SaveChangesAsync(ct);
            return new RegisteredApplicant(person.Iin, false, person.FullName, person.BirthDate);
        }

        if (Bin.TryParse(id, out _, out _))
        {
            // D-308: at the PSC the operator may apply for a company (reads of legal entities are not personal data).
            var entity = await services.Gateway.FindLegalEntityAsync(id, ct) ?? throw new QyzmetException(CaseErrors.ApplicantNotFound, id);
            return new RegisteredApplicant(entity.Bin, true, entity.NameRu, null);
        }

        throw new QyzmetException(iinError) { Fields = { ["applicantId"] = iinError.Message } };
    }

    /// <summary>The purpose recorded when a PSC operator identifies a person at the desk (D-305).</summary>
    public static string PscDeskPurpose => Trust.AccessPurposes.PscDesk;

    private async Task<ApplicantInfo> ResolveApplicantAsync(UserInfo user, string? requestedApplicant, IStateServiceHandler handler, CancellationToken ct)
    {
        string applicantId;
        if (user.IsApplicant)
        {
            // Issue 3 "Roles": an applicant applies for themself or, giving a BIN, as the legal entity's representative
            // (its head or the holder of a valid power of attorney, checked below; decision D-308).
            applicantId = OwnApplicantId(user, requestedApplicant);
        }
        else if (user.Role == Roles.PscOperator)
        {
            applicantId = requestedApplicant?.Trim() ?? throw new QyzmetException(CaseErrors.ApplicantRequired);
        }
        else
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        ApplicantInfo? applicant = null;
        if (Iin.TryParse(applicantId, out _, out var iinError))
        {
            var person = await services.Gateway.FindPersonAsync(applicantId, ct);
            applicant = person is null ? null : new ApplicantInfo(person.Iin, false, person.FullName, person.RegionCode);
        }
        else if (Bin.TryParse(applicantId, out _, out _))
        {
            var entity = await services.Gateway.FindLegalEntityAsync(applicantId, ct);
            applicant = entity is null ? null : new ApplicantInfo(entity.Bin, true, entity.NameRu, entity.RegionCode);
            if (entity is not null && user.IsApplicant)
            {
                // D-308: only the head or a representative with a valid power of attorney applies for the entity (403, nothing stored).
                await powers.EnsureEntitledAsync(user.Id, entity.Bin, entity.HeadIin, ct);
            }
        }
        else
        {
            throw new QyzmetException(iinError!);
        }

        // 002.md §4.2 Condition 1: a consumer absent from the Individuals / Legal entities database is refused.
        if (applicant is null)
        {
            throw new QyzmetException(CaseErrors.ApplicantNotFound, applicantId);
        }

        if (applicant.IsLegalEntity ? !handler.AcceptsLegalEntities : !handler.AcceptsIndividuals)
        {
            throw new QyzmetException(CaseErrors.RecipientNotEligible,
                applicant.IsLegalEntity ? "legal entities" : "individuals");
        }

        return applicant;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(CaseErrors.ConcurrentChange);
        }
    }

    private static LocalizedText Title(IStateServiceHandler handler) =>
        Kernel.Catalog.ServiceCatalog.Find(handler.ServiceId)?.Name ?? new LocalizedText(handler.ServiceId, handler.ServiceId, handler.ServiceId);

    private static string Hash(SubmitRequest request)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            request.ServiceId,
            request.ApplicantId,
            Fields = request.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray(),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
