using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Quartz;

namespace Qyzmet.Platform.Payments;

/// <summary>
/// Issues the signed PDF receipt of a gateway payment (001a.md para 6(11), §6 item 8) outside the confirmation's write
/// transaction (ADR 0028, after ADR 0019; D-349). The confirmation commits the invoice as paid with its receipt number;
/// the PDF is then rendered and signed with no write transaction open, and stored in a short transaction that claims the
/// invoice with a conditional update (<c>ReceiptDocumentId IS NULL</c>): whoever issues it (the request that took the
/// callback, or <see cref="PendingReceiptsJob"/> after a crash), exactly one receipt is stored.
/// </summary>
public sealed class PaymentReceipts(QyzmetDbContext db, DocumentIssuer documents, AuditLog audit, AuditChainWriter chainWriter,
    ILogger<PaymentReceipts> log)
{
    /// <summary>
    /// How long the recovery job leaves a paid invoice to the request that took its callback before issuing the receipt
    /// itself (D-350); a crash between the commit and the receipt is made good after at most this plus one scan.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Issues the receipt of the paid invoice unless it has one. Returns the receipt document's id, or null when none can
    /// be issued (not paid, or a unit without an authorised signatory, D-304). A gateway payment's receipt names its gateway
    /// payment; an accepted e-copy's (D-715) names the unit that checked it and is signed by that unit's authorised
    /// official. Must be called with no pending changes and no transaction open on this context.
    /// </summary>
    public async Task<Guid?> IssueAsync(Guid invoiceId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("A receipt is issued in its own short transaction, after the payment was committed.");
        }

        var invoice = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == invoiceId, ct);
        if (invoice is null || invoice.ReceiptDocumentId is not null || invoice.Status != PaymentStatus.Paid || invoice.ReceiptNumber is null)
        {
            return invoice?.ReceiptDocumentId;
        }

        PaymentAttempt? attempt = null;
        Trust.ResultSigning signing;
        Identity.ProviderUnit? checkedBy = null;
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == invoice.ApplicationId, ct);
        if (invoice.PaidVia == PaymentClaimKinds.ECopy)
        {
            // D-715: an accepted e-copy gets the same receipt, signed by the authorised official of the unit whose staff checked it.
            var unitId = await CheckingUnitAsync(invoice, app, ct);
            checkedBy = await db.ProviderUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
            signing = new Trust.ResultSigning(unitId);
        }
        else
        {
            // The attempt whose success paid the invoice: a second success for a paid invoice was refunded (D-706).
            attempt = await db.PaymentAttempts.AsNoTracking()
                .Where(a => a.PaymentId == invoice.Id && a.Status == AttemptStatus.Success && !db.PaymentRefunds.Any(r => r.AttemptId == a.Id))
                .OrderBy(a => a.UpdatedAt).FirstOrDefaultAsync(ct);
            if (attempt is null)
            {
                return null;
            }

            signing = new Trust.ResultSigning(app.UnitId);
        }

        StoredDocument document;
        try
        {
            // ADR 0019: rendering and signing (and the document number, a sequence) hold no write transaction.
            document = await documents.IssueAsync(null, signing, PaymentReceipt.Kind, app.ApplicantId,
                PaymentReceipt.Content(app, invoice, attempt, checkedBy), PaymentReceipt.Statement(app, invoice, attempt), duplicate: false, ct);
        }
        catch (QyzmetException e) when (e.Error.Code == DocumentErrors.NoAuthorisedSignatory.Code)
        {
            // D-304: no PDF without an authorised official; the receipt number still stands on the invoice and the page.
            return null;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Payments.Where(p => p.Id == invoice.Id && p.ReceiptDocumentId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReceiptDocumentId, document.Id), ct);
        if (claimed == 0)
        {
            // Someone else stored the receipt meanwhile: this copy is dropped (its document number is a gap, D-340).
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await db.Payments.AsNoTracking().Where(p => p.Id == invoice.Id).Select(p => p.ReceiptDocumentId).SingleAsync(ct);
        }

        await audit.AppendAsync(ProcessContext.System("receipt " + invoice.ReceiptNumber), "payment.receipt", "application:" + app.Number,
            JsonSerializer.Serialize(new { invoice = invoice.Id, invoice.ReceiptNumber, document = document.Number }), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        chainWriter.Nudge();
        log.LogInformation("Receipt {Receipt} of application {Number} issued as document {Document}", invoice.ReceiptNumber, app.Number, document.Number);
        return document.Id;
    }

    /// <summary>
    /// D-715: the unit whose staff accepted the e-copy (DecidePaymentClaimAsync lets only staff of the unit holding the
    /// application decide): the decider's unit that held it, else the application's unit.
    /// </summary>
    private async Task<string> CheckingUnitAsync(Payment invoice, Application app, CancellationToken ct)
    {
        var units = invoice.ClaimDecidedBy is { } decider
            ? await db.Staff.AsNoTracking().Where(s => s.Iin == decider).Select(s => s.UnitId).ToListAsync(ct)
            : [];
        return units.Count == 0 || units.Contains(app.UnitId) ? app.UnitId : units[0];
    }

    /// <summary>
    /// <see cref="IssueAsync"/> for the request that took the callback: a failure is logged, not thrown, since the payment
    /// is committed and the callback must be answered; <see cref="PendingReceiptsJob"/> issues the receipt later (D-350).
    /// </summary>
    public async Task<Guid?> TryIssueAsync(Guid invoiceId, CancellationToken ct)
    {
        try
        {
            return await IssueAsync(invoiceId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            log.LogError(e, "Receipt of invoice {Id} not issued after the payment; the recovery job issues it", invoiceId);
            return null;
        }
    }

    /// <summary>
    /// Paid invoices (through the gateway, or by an accepted e-copy, D-715) whose receipt was not stored (the host stopped
    /// between the payment's commit and the receipt),
    /// paid at least <see cref="Grace"/> ago and at most <paramref name="window"/> ago, oldest first.
    /// </summary>
    public Task<List<Guid>> PendingAsync(DateTime now, TimeSpan window, int take, CancellationToken ct)
    {
        var settled = now - Grace;
        var since = now - window;
        return db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Paid && (p.PaidVia == "gateway" || p.PaidVia == PaymentClaimKinds.ECopy) && p.ReceiptNumber != null && p.ReceiptDocumentId == null
                && p.PaidAt <= settled && p.PaidAt >= since)
            .OrderBy(p => p.PaidAt).Select(p => p.Id).Take(take).ToListAsync(ct);
    }
}

/// <summary>
/// The recovery path of ADR 0028: issues the receipts that the request taking the callback did not (it died after the
/// commit, or the signing failed). Once across the cluster (ADR 0007); each receipt is also claimed by a conditional write.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PendingReceiptsJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PendingReceiptsJob> log) : IJob
{
    /// <summary>D-350: how far back the job looks; older invoices without a PDF are those of units without a signatory.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    /// <summary>One pass; returns how many receipts it stored.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<Guid> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pending = await scope.ServiceProvider.GetRequiredService<PaymentReceipts>().PendingAsync(time.GetUtcNow().UtcDateTime, Window, 200, ct);
        }

        var issued = 0;
        foreach (var id in pending)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<PaymentReceipts>().IssueAsync(id, ct) is not null)
                {
                    issued++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Receipt of invoice {Id} failed; it is retried on the next scan", id);
            }
        }

        return issued;
    }
}
