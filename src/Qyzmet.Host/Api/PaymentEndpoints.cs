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
                claim = i.ClaimKind is null ? null : new
                {
                    kind = i.ClaimKind,
                    status = i.ClaimStatus,
                    ground = i.ClaimGround,
                    proof = i.ClaimProof,
                    attachmentId = i.ClaimAttachmentId,
                    rejection = i.ClaimRejection,
                    rejectionText = i.ClaimRejection is { } r && PaymentClaims.RejectionReasons.TryGetValue(r, out var why) ? why.For(Language.Current) : null,
                    decidedBy = i.ClaimDecidedBy,
                    decidedAt = i.ClaimDecidedAt,
                },
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

        // D-711: paid outside the gateway (where the regulation allows), the applicant puts the uploaded e-copy to staff.
        group.MapPost("/applications/{number}/payments/e-copy", async (string number, PaymentECopyRequest body, HttpContext http, ApplicationService applications,
            CancellationToken ct) => TypedResults.Ok(ClaimDto(await applications.SubmitPaymentECopyAsync(CurrentUser.Required(http.User), number, body.AttachmentId, ct))))
            .WithSummary("Applicant: the e-copy (an uploaded attachment) of a payment made outside the gateway, for staff to check (000.md App. 1 rows 6, 8)");
        // D-709, D-711, D-712: staff of the unit that holds the application accept or reject an exemption or a payment e-copy.
        group.MapPost("/applications/{number}/payments/{invoiceId:guid}/claim/accept", async (string number, Guid invoiceId, HttpContext http,
            ApplicationService applications, CancellationToken ct) =>
            TypedResults.Ok(ClaimDto(await applications.DecidePaymentClaimAsync(CurrentUser.Required(http.User), number, invoiceId, true, null, ct))))
            .WithSummary("Staff: accept the exemption (the fee is waived) or the payment e-copy (the invoice is paid)");
        group.MapPost("/applications/{number}/payments/{invoiceId:guid}/claim/reject", async (string number, Guid invoiceId, PaymentClaimRejection body,
            HttpContext http, ApplicationService applications, CancellationToken ct) =>
            TypedResults.Ok(ClaimDto(await applications.DecidePaymentClaimAsync(CurrentUser.Required(http.User), number, invoiceId, false, body.Reason, ct))))
            .WithSummary("Staff: reject the claim with a listed reason (told to the applicant in kk/ru/en); the fee is then to be paid through the gateway");

        // The gateway calls this; it is anonymous, and trusted only through the signature over the exact body bytes.
        app.MapPost("/api/payments/callbacks", async (HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            var result = await applications.ConfirmGatewayEventAsync(buffer.ToArray(), http.Request.Headers[SignatureHeader].ToString(), ct);
            return TypedResults.Ok(new { outcome = result.Outcome.ToString().ToLowerInvariant(), status = result.Attempt.Status });
        }).WithTags("Payments").AllowAnonymous()
            .WithSummary("Signed payment-status callback from the gateway (ES256 over the body, header Qyzmet-Gateway-Signature); replays are harmless");

        // D-707: the State Corporation price lists as data with effective dates, one service for every module.
        var fees = app.MapGroup("/api/fees").WithTags("Payments");
        fees.MapGet("/prices", async (string? on, QyzmetDbContext db, FeeRuleService rules, CancellationToken ct) =>
        {
            var day = rules.Today;
            if (on is not null && !DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                throw new QyzmetException(FeeErrors.BadPrice, "on") { Fields = { ["on"] = FeeErrors.BadPrice.Message } };
            }

            var rows = await db.FeePrices.AsNoTracking().ToListAsync(ct);
            return TypedResults.Ok(rows.OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.AreaAbove).ThenBy(p => p.EffectiveFrom).ThenBy(p => p.Id).Select(p => new
            {
                p.PriceList,
                p.Code,
                p.NameKk,
                p.NameRu,
                p.AreaAbove,
                p.AreaUpTo,
                effectiveFrom = p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                tenge = p.AmountTiyn / 100m,
                p.Placeholder,
                inForce = rows.Where(r => r.Code == p.Code && r.AreaAbove == p.AreaAbove && r.AreaUpTo == p.AreaUpTo && r.EffectiveFrom <= day)
                    .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id).FirstOrDefault()?.Id == p.Id,
            }));
        }).WithSummary("The price lists (Order No. 21/НҚ, Order No. 87 para 28) with effective dates; inForce on ?on=yyyy-MM-dd (default today, Almaty)");
        fees.MapPost("/prices/{code}", async (string code, FeePriceRequest body, HttpContext http, FeeRuleService rules, CancellationToken ct) =>
        {
            RequireAdministrator(http);
            DateOnly? from = null;
            if (body.EffectiveFrom is { } text)
            {
                from = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new QyzmetException(FeeErrors.BadPrice, "effectiveFrom") { Fields = { ["effectiveFrom"] = FeeErrors.BadPrice.Message } };
            }

            var row = await rules.SetAsync(CurrentUser.Required(http.User).Id, code, body.Tenge, from, body.AreaAbove, body.AreaUpTo, ct);
            return TypedResults.Ok(new { row.Code, tenge = row.AmountTiyn / 100m, effectiveFrom = row.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.AreaAbove, row.AreaUpTo });
        }).WithSummary("Administrator: a price of a price-list position in force from effectiveFrom (default today); earlier invoices keep theirs");

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

    private static object ClaimDto(Payment p) => new
    {
        invoiceId = p.Id,
        p.Status,
        claim = new { kind = p.ClaimKind, status = p.ClaimStatus, rejection = p.ClaimRejection },
        p.ReceiptNumber,
        p.PaidVia,
    };

    private static void RequireAdministrator(HttpContext http)
    {
        if (CurrentUser.Required(http.User).Role != Roles.Administrator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }
    }
}

/// <summary>The uploaded e-copy of a payment made outside the gateway (D-711).</summary>
public sealed record PaymentECopyRequest(Guid? AttachmentId);

/// <summary>Why staff reject a claim: a code of <c>PaymentClaims.RejectionReasons</c> (D-712).</summary>
public sealed record PaymentClaimRejection(string? Reason);

/// <summary>A new price of a price-list position (D-707).</summary>
public sealed record FeePriceRequest(decimal? Tenge, string? EffectiveFrom, decimal? AreaAbove, decimal? AreaUpTo);

/// <summary>A started gateway payment: send the payer's browser to <c>PaymentUrl</c>; <c>InvoiceReference</c> is what the gateway is told.</summary>
public sealed record StartedPaymentDto(Guid AttemptId, string GatewayPaymentId, string InvoiceReference, string Status, string PaymentUrl, string Amount, long AmountTiyn, DateTime ExpiresAt);
