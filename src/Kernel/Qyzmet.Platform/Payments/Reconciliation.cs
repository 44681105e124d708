using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;
using Quartz;

namespace Qyzmet.Platform.Payments;

/// <summary>One difference between the gateway's ledger and the invoices.</summary>
public sealed record ReconciliationMismatch(string Kind, string? GatewayPaymentId, Guid? InvoiceId, long? GatewayAmount, long? InvoiceAmount, string Detail);

/// <summary>
/// The daily reconciliation (ADR 0020): every payment the gateway captured on an Almaty day against the platform's invoices
/// and attempts, and every invoice the platform closed as paid through the gateway that day against the gateway's ledger.
/// </summary>
public sealed class PaymentReconciliation(QyzmetDbContext db, IPaymentGateway gateway, TimeProvider time)
{
    public async Task<ReconciliationReport> RunAsync(DateOnly day, CancellationToken ct)
    {
        var from = AlmatyTime.FromLocal(day, TimeOnly.MinValue);
        var to = AlmatyTime.FromLocal(day.AddDays(1), TimeOnly.MinValue);
        var ledger = await gateway.TransactionsAsync(from, to, ct);
        var mismatches = new List<ReconciliationMismatch>();
        var matched = 0;
        var ids = ledger.Select(t => t.PaymentId).ToList();
        var attempts = await db.PaymentAttempts.AsNoTracking().Where(a => ids.Contains(a.GatewayPaymentId)).ToDictionaryAsync(a => a.GatewayPaymentId, ct);
        var invoiceIds = attempts.Values.Select(a => a.PaymentId).Distinct().ToList();
        var invoices = await db.Payments.AsNoTracking().Where(p => invoiceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var refunds = await db.PaymentRefunds.AsNoTracking().Where(r => invoiceIds.Contains(r.PaymentId)).ToListAsync(ct);
        foreach (var t in ledger.Where(t => t.Status == AttemptStatus.Success))
        {
            if (!attempts.TryGetValue(t.PaymentId, out var attempt))
            {
                mismatches.Add(new("unknown-at-platform", t.PaymentId, null, t.Amount, null, "the gateway captured a payment the platform never created"));
                continue;
            }

            var invoice = invoices[attempt.PaymentId];
            var refunded = refunds.Any(r => r.AttemptId == attempt.Id);
            var refundedAtPlatform = refunds.Where(r => r.AttemptId == attempt.Id && r.Status == "success").Sum(r => r.AmountTiyn);
            if (t.Refunded != refundedAtPlatform)
            {
                // D-713: what the gateway returned must be what the platform recorded as refunded (confirmed by its event).
                mismatches.Add(new("refund-differs", t.PaymentId, invoice.Id, t.Refunded, refundedAtPlatform,
                    "refunded at the gateway differs from the refunds confirmed at the platform"));
            }
            else if (t.Amount != invoice.AmountTiyn)
            {
                mismatches.Add(new("amount-differs", t.PaymentId, invoice.Id, t.Amount, invoice.AmountTiyn, "captured amount differs from the invoice"));
            }
            else if (attempt.Status != AttemptStatus.Success)
            {
                mismatches.Add(new("status-differs", t.PaymentId, invoice.Id, t.Amount, invoice.AmountTiyn,
                    $"captured at the gateway, {attempt.Status} at the platform (confirmation not received)"));
            }
            else if (invoice.Status != PaymentStatus.Paid && !refunded)
            {
                mismatches.Add(new("not-closed", t.PaymentId, invoice.Id, t.Amount, invoice.AmountTiyn, "captured, but the invoice is neither paid nor refunded"));
            }
            else
            {
                matched++;
            }
        }

        var fromUtc = from.UtcDateTime;
        var toUtc = to.UtcDateTime;
        var closed = await db.Payments.AsNoTracking().Where(p => p.PaidVia == "gateway" && p.PaidAt >= fromUtc && p.PaidAt < toUtc).ToListAsync(ct);
        foreach (var invoice in closed)
        {
            var gatewayIds = await db.PaymentAttempts.AsNoTracking().Where(a => a.PaymentId == invoice.Id && a.Status == AttemptStatus.Success)
                .Select(a => a.GatewayPaymentId).ToListAsync(ct);
            if (!gatewayIds.Any(id => ledger.Any(t => t.PaymentId == id && t.Status == AttemptStatus.Success)))
            {
                mismatches.Add(new("missing-at-gateway", gatewayIds.FirstOrDefault(), invoice.Id, null, invoice.AmountTiyn,
                    "paid at the platform, no captured payment in the gateway's ledger"));
            }
        }

        var report = new ReconciliationReport
        {
            Day = day,
            RunAt = time.GetUtcNow().UtcDateTime,
            Matched = matched,
            Mismatches = mismatches.Count,
            DetailsJson = JsonSerializer.Serialize(mismatches, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        db.ReconciliationReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }
}

/// <summary>The nightly run: sends requested refunds, then reconciles yesterday (Almaty). Once across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class PaymentReconciliationJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PaymentReconciliationJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<PaymentService>().SendRefundsAsync(cancellationToken);
            var day = AlmatyTime.LocalDate(time.GetUtcNow()).AddDays(-1);
            var report = await scope.ServiceProvider.GetRequiredService<PaymentReconciliation>().RunAsync(day, cancellationToken);
            if (report.Mismatches > 0)
            {
                log.LogWarning("Payment reconciliation of {Day}: {Count} mismatches (report {Id})", day, report.Mismatches, report.Id);
            }
        }
        catch (Kernel.Errors.QyzmetException e)
        {
            log.LogError("Payment reconciliation failed: {Error}; it runs again tomorrow or on demand", e.Message);
        }
    }
}
