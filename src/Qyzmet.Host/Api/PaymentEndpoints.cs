using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Host.Api;

/// <summary>Paying through the payment gateway, the gateway's signed callbacks, the payment history and reconciliation (ADR 0020).</summary>
internal static class PaymentEndpoints
{
    /// <summary>The header carrying the gateway's signature over the callback body.</summary>
    public const string SignatureHeader = "Qyzmet-Gateway-Signature";

    public static void MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Payments");

        group.MapPost("/applications/{number}/payment", async (string number, HttpContext http, ApplicationService applications, QyzmetDbContext db,
            CancellationToken ct) =>
        {
            var attempt = await applications.StartPaymentAsync(CurrentUser.Required(http.User), number, ct);
            var invoice = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == attempt.PaymentId, ct);
            return TypedResults.Ok(new StartedPaymentDto(attempt.Id, attempt.GatewayPaymentId, invoice.Id.ToString("N"), attempt.Status, attempt.NextUrl,
                new Tenge(invoice.AmountTiyn).ToString(), invoice.AmountTiyn, invoice.ExpiresAt));
        }).WithSummary("Start paying the open fee: returns paymentUrl, the gateway page to send the payer's browser to (ADR 0020)");

        group.MapGet("/applications/{number}/payments", async (string number, HttpContext http, ApplicationService applications, QyzmetDbContext db,
            CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var invoices = await db.Payments.AsNoTracking().Where(p => p.ApplicationId == application.Id).OrderBy(p => p.RequestedAt).ToListAsync(ct);
            var attempts = await db.PaymentAttempts.AsNoTracking().Where(a => a.ApplicationId == application.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(ct);
            var attemptIds = attempts.Select(a => a.Id).ToList();
            var events = await db.PaymentEvents.AsNoTracking().Where(e => attemptIds.Contains(e.AttemptId)).OrderBy(e => e.Id).ToListAsync(ct);
            var refunds = await db.PaymentRefunds.AsNoTracking().Where(r => attemptIds.Contains(r.AttemptId)).ToListAsync(ct);
            return TypedResults.Ok(invoices.Select(i => new
            {
                invoiceId = i.Id,
                amount = new Tenge(i.AmountTiyn).ToString(),
                amountTiyn = i.AmountTiyn,
                purpose = i.Purpose,
                payerId = i.PayerId,
                budgetCode = i.BudgetCode,
                recipient = i.RecipientName,
                recipientBin = i.RecipientBin,
                status = i.Status,
                i.ExpiresAt,
                i.PaidAt,
                paidVia = i.PaidVia,
                receipt = i.ReceiptNumber,
                receiptDocumentId = i.ReceiptDocumentId,
                receiptUrl = i.ReceiptDocumentId is null ? null : $"/api/applications/{number}/payments/{i.Id}/receipt",
                attempts = attempts.Where(a => a.PaymentId == i.Id).Select(a => new
                {
                    a.Id,
                    a.GatewayPaymentId,
                    a.Status,
                    a.Finished,
                    a.FailureCode,
                    a.FailureMessage,
                    a.CreatedAt,
                    events = events.Where(e => e.AttemptId == a.Id).Select(e => new { e.Sequence, e.Status, e.OccurredAt, e.ReceivedAt, e.Outcome }),
                    refund = refunds.Where(r => r.AttemptId == a.Id).Select(r => new { r.Status, amount = new Tenge(r.AmountTiyn).ToString(), r.Reason, r.CreatedAt })
                        .FirstOrDefault(),
                }),
            }));
        }).WithSummary("The application's invoices with their gateway attempts, events history and refunds");

        group.MapGet("/applications/{number}/payments/{invoiceId:guid}/receipt", async (string number, Guid invoiceId, HttpContext http,
            ApplicationService applications, QyzmetDbContext db, Platform.Documents.DocumentContents contents, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            var documentId = await db.Payments.AsNoTracking().Where(p => p.Id == invoiceId && p.ApplicationId == application.Id)
                .Select(p => p.ReceiptDocumentId).SingleOrDefaultAsync(ct);
            var document = documentId is { } id ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) : null;
            return document is null
                ? throw new QyzmetException(CaseErrors.DocumentNotFound, number)
                : Results.File(await contents.ReadAsync(document.Number, document.Pdf, document.Sha256, ct), "application/pdf", $"{document.Number}.pdf");
        }).WithSummary("The signed PDF receipt of a paid invoice (verifiable at /verify/{id})");

        // The gateway calls this; it is anonymous, and trusted only through the signature over the exact body bytes.
        app.MapPost("/api/payments/callbacks", async (HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            var result = await applications.ConfirmGatewayEventAsync(buffer.ToArray(), http.Request.Headers[SignatureHeader].ToString(), ct);
            return TypedResults.Ok(new { outcome = result.Outcome.ToString().ToLowerInvariant(), status = result.Attempt.Status });
        }).WithTags("Payments").AllowAnonymous()
            .WithSummary("Signed payment-status callback from the gateway (ES256 over the body, header Qyzmet-Gateway-Signature); replays are harmless");

        var admin = app.MapGroup("/api/payments/reconciliation").WithTags("Payments");
        admin.MapPost("/run", async (string? day, HttpContext http, PaymentReconciliation reconciliation, PaymentService payments, CancellationToken ct) =>
        {
            RequireAdministrator(http);
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new QyzmetException(GatewayErrors.InvalidDay, day ?? "");
            }

            await payments.SendRefundsAsync(ct);
            return TypedResults.Ok(ToDto(await reconciliation.RunAsync(date, ct)));
        }).WithSummary("Reconcile the gateway's ledger of an Almaty day (?day=yyyy-MM-dd) against the invoices now; administrators only");
        admin.MapGet("/", async (HttpContext http, QyzmetDbContext db, CancellationToken ct) =>
        {
            RequireAdministrator(http);
            var reports = await db.ReconciliationReports.AsNoTracking().OrderByDescending(r => r.Id).Take(60).ToListAsync(ct);
            return TypedResults.Ok(reports.Select(ToDto));
        }).WithSummary("The latest reconciliation reports with their mismatches; administrators only");
    }

    private static object ToDto(ReconciliationReport r) => new
    {
        r.Id,
        day = r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.RunAt,
        r.Matched,
        r.Mismatches,
        details = JsonSerializer.Deserialize<JsonElement>(r.DetailsJson),
    };

    private static void RequireAdministrator(HttpContext http)
    {
        if (CurrentUser.Required(http.User).Role != Roles.Administrator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }
    }
}

/// <summary>A started gateway payment: send the payer's browser to <c>PaymentUrl</c>; <c>InvoiceReference</c> is what the gateway is told.</summary>
public sealed record StartedPaymentDto(Guid AttemptId, string GatewayPaymentId, string InvoiceReference, string Status, string PaymentUrl, string Amount, long AmountTiyn, DateTime ExpiresAt);
