using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Qyzmet.PaymentGateway;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The platform meets the simulated gateway (its own web app) over HTTP as it would a real acquirer (ADR 0020): only events
/// signed by the gateway's key count, each once and never backwards; late money is refunded; the ledger is reconciled.
/// Run on SQLite and on PostgreSQL. The reference service is 001a.md Reg 3 (30% of the MCI within 24 hours, para 6(11)).
/// </summary>
public abstract class PaymentGatewayTests
{
    private const string Reference = "civil-registry.status-reference";
    private static readonly string Almas = DemoData.Almas.Iin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ADR 0020: a callback is trusted only through the gateway's signature over its exact bytes.
    [Fact]
    public async Task Callback_ForgedSignature_RefusedAndNothingChanges()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        var forged = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Event(started, "ev_forged", 9, "success"), Json));
        var signedByOther = Convert.ToBase64String(System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256)
            .SignData(forged, System.Security.Cryptography.HashAlgorithmName.SHA256));

        foreach (var signature in new[] { signedByOther, "", "not base64!" })
        {
            var response = await PostCallbackAsync(forged, signature);
            Assert.Equal("PAY-0111", (await ApiResponses.ProblemAsync(response, HttpStatusCode.Unauthorized)).GetProperty("errorCode").GetString());
        }

        // A genuine event with one byte changed (the amount) no longer verifies either.
        var genuine = await GatewayEventsAsync(started);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(genuine[0].Payload).Replace("\"amount\":129750", "\"amount\":1"));
        Assert.NotEqual(genuine[0].Payload, tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCallbackAsync(tampered, genuine[0].Signature)).StatusCode);

        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal("requested", app.GetProperty("payment").GetProperty("status").GetString());
    }

    // ADR 0020: the gateway may send a callback again (retries); the second changes nothing and is answered 200.
    [Fact]
    public async Task Callback_Replayed_IsIdempotent()
    {
        var (client, number) = await ApplyAsync();
        var paid = await Factory.PayAsync(client, number);
        Assert.Equal("issued", paid.GetProperty("status").GetString());
        var receipt = paid.GetProperty("payment").GetProperty("receiptNumber").GetString();

        var history = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct);
        var attempt = history![0].GetProperty("attempts")[0];
        var events = await GatewayEventsAsync(attempt.GetProperty("gatewayPaymentId").GetString()!);
        Assert.Equal(["created", "started", "success"], events.Select(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("status").GetString()));
        foreach (var e in events.Concat(events))
        {
            var again = await PostCallbackAsync(e.Payload, e.Signature);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString());
        }

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(receipt, after.GetProperty("payment").GetProperty("receiptNumber").GetString());
        Assert.Single(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "pay");
        var recorded = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0].GetProperty("attempts")[0];
        Assert.Equal(3, recorded.GetProperty("events").GetArrayLength());
    }

    // 001a.md para 6(11), §6 item 8: after payment the portal issues a receipt: a signed PDF, verifiable like a result.
    [Fact]
    public async Task Paid_ReceiptIsASignedVerifiablePdf()
    {
        var (client, number) = await ApplyAsync();
        var paid = await Factory.PayAsync(client, number);
        var invoice = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0];
        Assert.Equal("gateway", invoice.GetProperty("paidVia").GetString());
        var pdf = await client.GetAsync(invoice.GetProperty("receiptUrl").GetString(), Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 4));

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/documents/{invoice.GetProperty("receiptDocumentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(),
            r => r[1].GetString() == paid.GetProperty("payment").GetProperty("receiptNumber").GetString());
        Assert.NotEqual(invoice.GetProperty("receiptDocumentId").GetString(), paid.GetProperty("documentId").GetString());
    }

    // 001a.md para 6(11); ADR 0028, D-349: two different success events for one invoice (two gateway attempts) arriving at
    // once close the invoice once and issue exactly one receipt; the second payment is refunded (D-706).
    [Fact]
    public async Task Receipt_TwoConcurrentSuccessCallbacks_ExactlyOneReceipt()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        var second = "gw_second_" + Guid.NewGuid().ToString("N");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var first = await db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.GatewayPaymentId == started.GetProperty("gatewayPaymentId").GetString(), Ct);
            db.PaymentAttempts.Add(new PaymentAttempt
            {
                Id = Guid.CreateVersion7(),
                PaymentId = first.PaymentId,
                ApplicationId = first.ApplicationId,
                GatewayPaymentId = second,
                Status = "started",
                NextUrl = first.NextUrl,
                StartedBy = first.StartedBy,
                StartedByRole = first.StartedByRole,
                CreatedAt = first.CreatedAt,
                UpdatedAt = first.UpdatedAt,
            });
            await db.SaveChangesAsync(Ct);
        }

        var one = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Event(started, "ev_one_" + number, 3, "success"), Json));
        var other = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Event(started, "ev_other_" + number, 3, "success") with { PaymentId = second }, Json));
        var responses = await Task.WhenAll(PostCallbackAsync(one, Factory.Gateway.Sign(one)), PostCallbackAsync(other, Factory.Gateway.Sign(other)));
        foreach (var (response, payload) in responses.Zip([one, other]))
        {
            // A callback that lost a race on the application's row is answered 409 (CASE-0009), and the gateway
            // sends it again, as it does every callback not answered 200 (ADR 0020).
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await PostCallbackAsync(payload, Factory.Gateway.Sign(payload))).StatusCode);
            }
        }

        var invoice = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0];
        Assert.Equal("paid", invoice.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, invoice.GetProperty("receiptDocumentId").ValueKind);
        Assert.Single(invoice.GetProperty("attempts").EnumerateArray(), a => a.GetProperty("refund").ValueKind == JsonValueKind.Object);
        Assert.Equal(1, await ReceiptDocumentsAsync(number));
        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Single(app.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "pay");
    }

    // ADR 0028, D-350: the host may stop after the payment's commit and before the receipt is stored. Nothing is lost: the
    // recovery job issues the receipt, signed and verifiable, once, however often it runs.
    [Fact]
    public async Task Receipt_HostStoppedAfterCommit_RecoveryJobIssuesItOnce()
    {
        var (client, number) = await ApplyAsync();
        var paid = await Factory.PayAsync(client, number);
        Assert.Equal("issued", paid.GetProperty("status").GetString());
        var receiptNumber = paid.GetProperty("payment").GetProperty("receiptNumber").GetString();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // As the database is when the host stopped right after the commit: paid, numbered, no PDF yet.
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var invoice = await db.Payments.SingleAsync(p => p.ReceiptNumber == receiptNumber, Ct);
            // (Documents are append-only, so the PDF stored before stays behind, unreferenced.)
            invoice.ReceiptDocumentId = null;
            invoice.PaidAt = invoice.PaidAt!.Value - PaymentReceipts.Grace - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync(Ct);
        }

        var before = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0];
        Assert.Equal(JsonValueKind.Null, before.GetProperty("receiptUrl").ValueKind);

        Assert.Equal(1, await RunPendingReceiptsAsync());
        var after = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0];
        Assert.Equal(0, await RunPendingReceiptsAsync());
        var again = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0];
        Assert.Equal(after.GetProperty("receiptDocumentId").GetString(), again.GetProperty("receiptDocumentId").GetString());
        var pdf = await client.GetAsync(after.GetProperty("receiptUrl").GetString(), Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/documents/{after.GetProperty("receiptDocumentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == receiptNumber);
    }

    // ADR 0028: a receipt just paid for is left to the request that took the callback (the grace period), and an invoice
    // that has its receipt is never given a second one.
    [Fact]
    public async Task Receipt_RecoveryJob_LeavesFreshAndIssuedInvoicesAlone()
    {
        var (client, number) = await ApplyAsync();
        await Factory.PayAsync(client, number);
        Assert.Equal(0, await RunPendingReceiptsAsync());
        Assert.Equal(1, await ReceiptDocumentsAsync(number));
    }

    // 001a.md para 6(11), §3.3 process 8; ADR 0031, D-359: the payment is recorded once the gateway confirms it, whatever the
    // service's reaction does afterwards. Here the reaction (issuing the reference) fails because the unit has no authorised
    // signatory (D-304, DOC-0001): the callback is still answered, the invoice stays paid, replayed callbacks react to
    // nothing, and once the unit has its signatory the due-timers job runs the reaction, once.
    [Fact]
    public async Task Reaction_FailsAfterPayment_PaymentStandsAndTheRecoveryJobReactsOnce()
    {
        var (client, number) = await ApplyAsync();
        var (_, signatory) = await SetSignatoryAsync(number, null);
        try
        {
            var paid = await Factory.PayAsync(client, number);
            Assert.Equal("paid", paid.GetProperty("status").GetString());
            Assert.Equal("paid", paid.GetProperty("payment").GetProperty("status").GetString());
            Assert.StartsWith("R", paid.GetProperty("payment").GetProperty("receiptNumber").GetString(), StringComparison.Ordinal);

            await SetSignatoryAsync(number, signatory);
            var attempt = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0].GetProperty("attempts")[0];
            foreach (var e in await GatewayEventsAsync(attempt.GetProperty("gatewayPaymentId").GetString()!))
            {
                var again = await PostCallbackAsync(e.Payload, e.Signature);
                Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString());
            }

            Assert.Equal("paid", (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("status").GetString());

            // Left to the request for the grace period; then the job reacts, and a second run finds nothing to do.
            await RunTimersAsync();
            Assert.Equal("paid", (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("status").GetString());
            Factory.Clock.Advance(Qyzmet.Platform.Cases.ApplicationService.ReactionGrace + TimeSpan.FromSeconds(1));
            await RunTimersAsync();
            await RunTimersAsync();
            var issued = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
            Assert.Equal("issued", issued.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.String, issued.GetProperty("documentId").ValueKind);
            Assert.Single(issued.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "pay");
            Assert.Single(issued.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "issue");

            // The receipt, left unsigned by the same cause, is made good by its own recovery job (ADR 0028).
            Assert.True(await RunPendingReceiptsAsync() >= 1);
            Assert.Equal(1, await ReceiptDocumentsAsync(number));
        }
        finally
        {
            await SetSignatoryAsync(number, signatory);
        }
    }

    // 001a.md para 6(11); D-359: a callback taken twice reacts once (one reference issued, one "issue" step).
    [Fact]
    public async Task Reaction_CallbackTwice_ReactsOnce()
    {
        var (client, number) = await ApplyAsync();
        await Factory.PayAsync(client, number);
        var attempt = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0].GetProperty("attempts")[0];
        var events = await GatewayEventsAsync(attempt.GetProperty("gatewayPaymentId").GetString()!);
        await Task.WhenAll(events.Select(e => PostCallbackAsync(e.Payload, e.Signature)));
        Factory.Clock.Advance(Qyzmet.Platform.Cases.ApplicationService.ReactionGrace + TimeSpan.FromSeconds(1));
        await RunTimersAsync();
        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Single(app.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "issue");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        Assert.Equal(1, await db.Documents.CountAsync(d => d.ApplicationId == id, Ct));
    }

    // D-716 (issue 15: refunds for applications that can no longer be paid, D-706): the applicant's page lists each payment with
    // its state, and a refund with its state, amount and date in Almaty time, in kk/ru/en, without internal ids.
    [Fact]
    public async Task Page_ShowsEachPaymentWithItsRefund_InTheReadersLanguage()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        var path = new Uri(started.GetProperty("paymentUrl").GetString()!).PathAndQuery;
        using var browser = Factory.Gateway.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path, Ct)).StatusCode);
        Factory.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Factory.Gateway.CallbacksOffline = true;
        try
        {
            await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay", ["card"] = GatewayDriver.GoodCard }), Ct);
            Factory.Clock.Advance(TimeSpan.FromMinutes(2));
            await RunTimersAsync();
        }
        finally
        {
            Factory.Gateway.CallbacksOffline = false;
        }

        await Factory.Gateway.RedeliverAsync();
        client = await Factory.SignedInAsync(Almas);
        var refund = (await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct))![0].GetProperty("attempts")[0].GetProperty("refund");
        Assert.Equal("requested", refund.GetProperty("status").GetString());
        var requestedAt = Qyzmet.Kernel.Calendar.AlmatyTime.FormatDateTime(DateTime.Parse(refund.GetProperty("createdAt").GetString()!,
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal));

        var ru = await client.GetStringAsync($"/applications/{number}?lang=ru", Ct);
        var section = ru[ru.IndexOf("id=\"payments\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Срок оплаты истёк", section, StringComparison.Ordinal);
        Assert.Contains($"Запрошен возврат: 1 297,50 ₸, {requestedAt}", System.Net.WebUtility.HtmlDecode(section).Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain(refund.GetProperty("reason").GetString()!, section, StringComparison.Ordinal);
        Assert.DoesNotContain(started.GetProperty("gatewayPaymentId").GetString()!, ru, StringComparison.Ordinal);

        // The nightly run sends the refund; the gateway's signed event completes it: "refunded", with the day it was done.
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        await RunReconciliationAsync(admin, Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()));
        var kk = await client.GetStringAsync($"/applications/{number}?lang=kk", Ct);
        Assert.Contains("Қайтарылды", kk, StringComparison.Ordinal);
        var en = await client.GetStringAsync($"/applications/{number}?lang=en", Ct);
        Assert.Contains("Refunded", en, StringComparison.Ordinal);
        Assert.Contains("Not paid in time", en, StringComparison.Ordinal);
    }

    // ADR 0020 (GOV.UK Pay's order): an older event arriving after a newer one is recorded but changes nothing.
    [Fact]
    public async Task Callback_Reordered_NeverMovesBackwards()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        var success = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Event(started, "ev_reorder_3_" + number, 3, "success"), Json));
        var startedLate = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Event(started, "ev_reorder_2_" + number, 2, "started"), Json));

        var first = await PostCallbackAsync(success, Factory.Gateway.Sign(success));
        Assert.Equal("applied", (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString());
        var late = await PostCallbackAsync(startedLate, Factory.Gateway.Sign(startedLate));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("stale", (await late.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString());

        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("success", app.GetProperty("payment").GetProperty("attempt").GetProperty("status").GetString());
    }

    // Issue 15: a callback for a payment the platform never created is refused as unknown, not taken.
    [Fact]
    public async Task Callback_UnknownInvoice_Refused404()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new EventPayload("ev_unknown", "gw_unknown", Guid.NewGuid().ToString("N"), 1, 100,
            "success", true, null, null, "1111", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), Json));
        var response = await PostCallbackAsync(body, Factory.Gateway.Sign(body));
        Assert.Equal("PAY-0112", (await ApiResponses.ProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
    }

    // 001a.md para 6(11): a declined card is reported with its reason; cancelling at the gateway comes back; both may be retried.
    [Fact]
    public async Task Gateway_DeclinedOrCancelled_InvoiceStaysOpenAndCanBePaid()
    {
        var (client, number) = await ApplyAsync();
        var declined = await Factory.PayAsync(client, number, GatewayDriver.DeclinedCard);
        Assert.Equal("P0010", declined.GetProperty("payment").GetProperty("attempt").GetProperty("failureCode").GetString());

        var started = await GatewayDriver.StartAsync(client, number);
        await GatewayDriver.AtGatewayAsync(Factory.Gateway, client, started.GetProperty("paymentUrl").GetString()!, card: null);
        var cancelled = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("cancelled", cancelled.GetProperty("payment").GetProperty("attempt").GetProperty("status").GetString());
        Assert.Equal("awaiting-payment", cancelled.GetProperty("status").GetString());

        Assert.Equal("issued", (await Factory.PayAsync(client, number)).GetProperty("status").GetString());
        var invoices = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct);
        Assert.Equal(3, invoices![0].GetProperty("attempts").GetArrayLength());
        Assert.Equal("108117", invoices[0].GetProperty("budgetCode").GetString());
        Assert.Equal(Almas, invoices[0].GetProperty("payerId").GetString());
    }

    // 001a.md para 6(11): after 24 hours the request expires; the gateway's page lapses with it; money that still arrives
    // late (a lost callback delivered after the expiry) is refunded, and reconciliation then finds the books agree.
    [Fact]
    public async Task Expiry_LatePaymentIsRefundedAndReconciled()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        var path = new Uri(started.GetProperty("paymentUrl").GetString()!).PathAndQuery;
        using var browser = Factory.Gateway.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path, Ct)).StatusCode);

        // Paid at 23:59 of the window, but the callback is lost and the payer never comes back.
        Factory.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Factory.Gateway.CallbacksOffline = true;
        try
        {
            var paid = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay", ["card"] = GatewayDriver.GoodCard }), Ct);
            Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
            var day = Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());

            Factory.Clock.Advance(TimeSpan.FromMinutes(2));
            await RunTimersAsync();
            client = await Factory.SignedInAsync(Almas);
            var expired = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
            Assert.Equal("expired", expired.GetProperty("status").GetString());
            Assert.Equal("expired", expired.GetProperty("payment").GetProperty("status").GetString());
            Assert.Equal("PAY-0101", (await ApiResponses.ProblemAsync(await client.PostAsync($"/api/applications/{number}/payment", null, Ct),
                HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());

            // Before the late callback: the gateway captured money the platform does not know was paid.
            var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
            var before = await RunReconciliationAsync(admin, day);
            Assert.Contains(before.GetProperty("details").EnumerateArray(), d => d.GetProperty("kind").GetString() == "status-differs"
                && d.GetProperty("gatewayPaymentId").GetString() == started.GetProperty("gatewayPaymentId").GetString());

            Factory.Gateway.CallbacksOffline = false;
            await Factory.Gateway.RedeliverAsync();
            var history = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct);
            var attempt = history![0].GetProperty("attempts")[0];
            Assert.Equal("success", attempt.GetProperty("status").GetString());
            Assert.Equal("requested", attempt.GetProperty("refund").GetProperty("status").GetString());
            Assert.Equal("expired", (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("status").GetString());

            // The nightly run sends the refund, then reconciles: the captured payment is matched by its refund.
            var after = await RunReconciliationAsync(admin, day);
            Assert.DoesNotContain(after.GetProperty("details").EnumerateArray(),
                d => d.GetProperty("gatewayPaymentId").GetString() == started.GetProperty("gatewayPaymentId").GetString());
            history = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/payments", Ct);
            Assert.Equal("success", history![0].GetProperty("attempts")[0].GetProperty("refund").GetProperty("status").GetString());

            // D-713: the refund's signed event arriving twice changes nothing the second time; the reconciliation still agrees.
            var gatewayPayment = Factory.Gateway.App.Services.GetRequiredService<GatewayStore>().Find(started.GetProperty("gatewayPaymentId").GetString()!)!;
            var refundEvent = gatewayPayment.Events.Single(e => e.Payload.Contains("refund-success", StringComparison.Ordinal));
            var platform = Factory.CreateClient();
            for (var i = 0; i < 2; i++)
            {
                using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/payments/callbacks") { Content = new StringContent(refundEvent.Payload, System.Text.Encoding.UTF8, "application/json") };
                replay.Headers.Add("Qyzmet-Gateway-Signature", refundEvent.Signature);
                var answer = await (await platform.SendAsync(replay, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
                Assert.Equal("duplicate", answer.GetProperty("outcome").GetString());
            }

            Assert.Single(gatewayPayment.Refunds);
            Assert.DoesNotContain((await RunReconciliationAsync(admin, day)).GetProperty("details").EnumerateArray(),
                d => d.GetProperty("kind").GetString() == "refund-differs");
        }
        finally
        {
            Factory.Gateway.CallbacksOffline = false;
        }
    }

    // 001a.md para 6(11): the gateway honours the invoice's window itself: after it, the page cannot take money.
    [Fact]
    public async Task Expiry_GatewayPageLapsesWithTheInvoice()
    {
        var (client, number) = await ApplyAsync();
        var started = await GatewayDriver.StartAsync(client, number);
        Factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var browser = Factory.Gateway.Browser();
        var path = new Uri(started.GetProperty("paymentUrl").GetString()!).PathAndQuery;
        var page = await browser.GetStringAsync(path + "?lang=en", Ct);
        Assert.Contains("The time to pay has passed.", page);
        Assert.DoesNotContain("name=\"card\"", page);
        var tried = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay", ["card"] = GatewayDriver.GoodCard }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, tried.StatusCode);
        client = await Factory.SignedInAsync(Almas);
        await client.GetAsync(tried.Headers.Location!.PathAndQuery, Ct);
        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("expired", app.GetProperty("payment").GetProperty("attempt").GetProperty("status").GetString());
        Assert.Equal("P0020", app.GetProperty("payment").GetProperty("attempt").GetProperty("failureCode").GetString());
        Assert.NotEqual("issued", app.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reconciliation_BadDay_Refused400NamingTheField()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var response = await admin.PostAsync("/api/payments/reconciliation/run?day=30.11.2026", null, Ct);
        var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("PAY-0115", problem.GetProperty("errorCode").GetString());
        var citizen = await Factory.SignedInAsync(Almas);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsync("/api/payments/reconciliation/run?day=2026-11-23", null, Ct)).StatusCode);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static EventPayload Event(JsonElement started, string eventId, int sequence, string status) =>
        new(eventId, started.GetProperty("gatewayPaymentId").GetString()!, InvoiceReference(started), sequence, started.GetProperty("amountTiyn").GetInt64(),
            status, status is "success" or "failed" or "cancelled" or "expired", null, null, "1111", null, DateTimeOffset.UtcNow);

    private static string InvoiceReference(JsonElement started) => started.GetProperty("invoiceReference").GetString()!;

    private async Task<(HttpClient Client, string Number)> ApplyAsync()
    {
        var client = await Factory.SignedInAsync(Almas);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/services/{Reference}/applications")
        {
            Content = JsonContent.Create(new { fields = new { kind = "birth", birthDate = "2009-08-24", birthPlace = "Аршалы", parents = "СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var app = await ApiResponses.CreatedAsync(await client.SendAsync(request, Ct));
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        return (client, app.GetProperty("number").GetString()!);
    }

    private async Task<List<(byte[] Payload, string Signature)>> GatewayEventsAsync(JsonElement started) =>
        await GatewayEventsAsync(started.GetProperty("gatewayPaymentId").GetString()!);

    private async Task<List<(byte[] Payload, string Signature)>> GatewayEventsAsync(string gatewayPaymentId)
    {
        using var api = Factory.Gateway.Api();
        var payment = await api.GetFromJsonAsync<JsonElement>($"/v1/payments/{gatewayPaymentId}", Ct);
        return [.. payment.GetProperty("events").EnumerateArray()
            .Select(e => (Encoding.UTF8.GetBytes(e.GetProperty("payload").GetString()!), e.GetProperty("signature").GetString()!))];
    }

    private async Task<HttpResponseMessage> PostCallbackAsync(byte[] payload, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/callbacks") { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(CallbackSender.SignatureHeader, signature);
        return await Factory.CreateClient().SendAsync(request, Ct);
    }

    private static async Task<JsonElement> RunReconciliationAsync(HttpClient admin, DateOnly day)
    {
        var response = await admin.PostAsync($"/api/payments/reconciliation/run?day={day:yyyy-MM-dd}", null, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> RunPendingReceiptsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingReceiptsJob>().RunOnceAsync(Ct);
    }

    private async Task<int> ReceiptDocumentsAsync(string number)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var applicationId = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        var invoices = await db.Payments.Where(p => p.ApplicationId == applicationId).Select(p => p.ReceiptNumber).ToListAsync(Ct);
        var receipts = await db.Documents.AsNoTracking().Where(d => d.Kind == PaymentReceipt.Kind).Select(d => d.StatementJson).ToListAsync(Ct);
        return receipts.Count(json => invoices.Any(r => r is not null && json.Contains(r, StringComparison.Ordinal)));
    }

    /// <summary>Names (or with null removes) the authorised signatory of the application's unit; returns the unit and the previous one.</summary>
    private async Task<(string UnitId, string? Previous)> SetSignatoryAsync(string number, string? iin)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var unitId = await db.Applications.Where(a => a.Number == number).Select(a => a.UnitId).SingleAsync(Ct);
        var unit = await db.ProviderUnits.SingleAsync(u => u.Id == unitId, Ct);
        var previous = unit.ResultSignatoryIin;
        unit.ResultSignatoryIin = iin;
        await db.SaveChangesAsync(Ct);
        return (unitId, previous);
    }

    private async Task RunTimersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct);
    }
}

public sealed class SqlitePaymentGatewayTests(SqliteHost host) : PaymentGatewayTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresPaymentGatewayTests(PostgresHost host) : PaymentGatewayTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
