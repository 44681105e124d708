using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The State Corporation price list as data with effective dates (D-707, D-708): 000.md App. 1 row 6 (base cost of technical
/// inspection by object kind and area band, §8.1), invoiced through the one fee-rule service on the payment date.
/// </summary>
public abstract class FeeRuleApiTests : CadastreTestBase
{
    [Fact]
    public async Task PassportBaseCost_InvoicedAtTheListedPriceInForceOnThePaymentDate()
    {
        // The seeded list: "other" objects banded at 1000 m², every figure a placeholder (the spec gives none).
        var prices = await Factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/fees/prices", Ct);
        Assert.Contains(prices!, p => p.GetProperty("code").GetString() == "s1.base.other" && p.GetProperty("areaUpTo").GetDecimal() == 1000m
            && p.GetProperty("placeholder").GetBoolean() && p.GetProperty("inForce").GetBoolean());
        Assert.Contains(prices!, p => p.GetProperty("code").GetString() == "land.cadastral-plan" && p.GetProperty("placeholder").GetBoolean());

        // 000.md §8.1: 5 400 m² is "over 1000 m²", 640 m² "up to 1000 m²".
        var almas = await Factory.SignedInAsync(DemoData.Almas.Iin);
        var big = await Submit(almas, "real-estate.cadastral-passport", new { cadastralNumber = "75-050-011-002:1", consent = "given" });
        Assert.Equal(3_000_000, big.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        var small = await Submit(almas, "real-estate.cadastral-passport", new { cadastralNumber = "75-050-011-010:1", consent = "given" });
        Assert.Equal(1_500_000, small.GetProperty("payment").GetProperty("amountTiyn").GetInt64());

        // Only an administrator sets prices; a bad date names the field and writes nothing.
        var tomorrow = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Forbidden, (await almas.PostAsJsonAsync("/api/fees/prices/s1.base.private-house", new { tenge = 9000m, effectiveFrom = tomorrow }, Ct)).StatusCode);
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var bad = await admin.PostAsJsonAsync("/api/fees/prices/s1.base.private-house", new { tenge = 9000m, effectiveFrom = "01.12.2026" }, Ct);
        Assert.Equal("PAY-0117", await Code(bad, HttpStatusCode.BadRequest));
        Assert.Contains("effectiveFrom", await bad.Content.ReadAsStringAsync(Ct));
        await Ok(await admin.PostAsJsonAsync("/api/fees/prices/s1.base.private-house", new { tenge = 9000m, effectiveFrom = tomorrow }, Ct));

        // Today the old price is in force; from tomorrow (Almaty) the new one.
        var today = await Submit(await Factory.SignedInAsync(Aigerim), "real-estate.cadastral-passport", new { cadastralNumber = "75-123-045-067:1", consent = "given" });
        Assert.Equal(800_000, today.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var next = await Submit(await Factory.SignedInAsync(Nurlan), "real-estate.cadastral-passport", new { cadastralNumber = "75-123-045-067:1", consent = "given" });
        Assert.Equal(900_000, next.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
    }

    // 000.md App. 1 rows 6 and 8 (D-711, D-712): paid outside the gateway, the applicant uploads the payment document's e-copy; staff of
    // the unit reject it (the applicant reads why in their language, the invoice is open again) or accept it (paid "e-copy", next step).
    [Fact]
    public async Task PaymentECopy_RejectedWithReasonThenAccepted_BaseCostPaid()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var number = Number(await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-050-011-003:1:207", consent = "given" }));
        var missing = await applicant.PostAsJsonAsync($"/api/applications/{number}/payments/e-copy", new { attachmentId = Guid.NewGuid() }, Ct);
        Assert.Equal("PAY-0119", await Code(missing, HttpStatusCode.BadRequest));
        Assert.Contains("attachmentId", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var claim = await Ok(await applicant.PostAsJsonAsync($"/api/applications/{number}/payments/e-copy", new { attachmentId = await UploadAsync(applicant, number) }, Ct));
        Assert.Equal("claimed", claim.GetProperty("status").GetString());
        var invoiceId = claim.GetProperty("invoiceId").GetGuid();
        // While staff check it, the gateway is not offered (no double payment).
        Assert.Equal("PAY-0101", await Code(await applicant.PostAsJsonAsync($"/api/applications/{number}/payment", new { }, Ct), HttpStatusCode.Conflict));
        Assert.Equal("PAY-0122", await Code(await applicant.PostAsJsonAsync($"/api/applications/{number}/payments/{invoiceId}/claim/accept", new { }, Ct), HttpStatusCode.Forbidden));

        var executor = await Executor();
        await Ok(await executor.PostAsJsonAsync($"/api/applications/{number}/payments/{invoiceId}/claim/reject", new { reason = "amount-differs" }, Ct));
        applicant.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        var rejected = (await Ok(await applicant.GetAsync($"/api/applications/{number}", Ct))).GetProperty("payment");
        Assert.Equal("requested", rejected.GetProperty("status").GetString());
        Assert.StartsWith("Төлем құжатындағы сома", rejected.GetProperty("claim").GetProperty("rejectionText").GetString(), StringComparison.Ordinal);
        var page = await applicant.GetStringAsync($"/applications/{number}?lang=ru", Ct);
        Assert.Contains("Сумма в платёжном документе не совпадает", page, StringComparison.Ordinal);

        await Ok(await applicant.PostAsJsonAsync($"/api/applications/{number}/payments/e-copy", new { attachmentId = await UploadAsync(applicant, number) }, Ct));
        var accepted = await Ok(await executor.PostAsJsonAsync($"/api/applications/{number}/payments/{invoiceId}/claim/accept", new { }, Ct));
        Assert.Equal("paid", accepted.GetProperty("status").GetString());
        Assert.Equal("e-copy", accepted.GetProperty("paidVia").GetString());
        Assert.Equal("completeness-check", Status(await Ok(await applicant.GetAsync($"/api/applications/{number}", Ct))));
    }

    // 000.md App. 1 rows 6 and 8; D-715 (ADR 0028): a payment e-copy accepted by staff gets the same signed receipt as a gateway
    // payment: signed by the authorised official of the unit that checked it, verifiable, with the invoice's amount, purpose
    // and payer, and listed on the applicant's page (D-716).
    [Fact]
    public async Task PaymentECopy_Accepted_SignedReceiptIssuedAndVerifiable()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var number = Number(await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-050-011-003:1:207", consent = "given" }));
        var claim = await Ok(await applicant.PostAsJsonAsync($"/api/applications/{number}/payments/e-copy", new { attachmentId = await UploadAsync(applicant, number) }, Ct));
        var invoiceId = claim.GetProperty("invoiceId").GetGuid();
        var executor = await Executor();
        var accepted = await Ok(await executor.PostAsJsonAsync($"/api/applications/{number}/payments/{invoiceId}/claim/accept", new { }, Ct));
        Assert.Equal("e-copy", accepted.GetProperty("paidVia").GetString());

        var invoice = (await Ok(await applicant.GetAsync($"/api/applications/{number}/payments", Ct))).EnumerateArray().Single(i => i.GetProperty("invoiceId").GetGuid() == invoiceId);
        var receiptUrl = invoice.GetProperty("receiptUrl").GetString();
        Assert.NotNull(receiptUrl);
        var pdf = await applicant.GetAsync(receiptUrl, Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 4), StringComparison.Ordinal);

        var documentId = invoice.GetProperty("receiptDocumentId").GetString();
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        var statement = verification.GetProperty("statement").EnumerateArray().ToDictionary(r => r[0].GetString()!, r => r[1].GetString());
        Assert.Equal(invoice.GetProperty("receipt").GetString(), statement["Квитанция"]);
        Assert.Equal(invoice.GetProperty("amount").GetString(), statement["Сумма"]);
        Assert.Equal(invoice.GetProperty("purpose").GetString(), statement["Назначение платежа"]);
        Assert.Equal(DemoData.Mira.Iin, statement["Плательщик"]);
        Assert.StartsWith("Вне шлюза", statement["Способ оплаты"], StringComparison.Ordinal);
        // Signed by the authorised official of the unit whose staff checked the e-copy (D-304).
        var unitId = (await Ok(await applicant.GetAsync($"/api/applications/{number}", Ct))).GetProperty("unitId").GetString();
        Assert.Equal(unitId, verification.GetProperty("signer").GetProperty("unitId").GetString());

        var page = await applicant.GetStringAsync($"/applications/{number}?lang=ru", Ct);
        Assert.Contains($"href=\"{receiptUrl}\"", page, StringComparison.Ordinal);
        Assert.Contains("Скачать квитанцию (PDF)", page, StringComparison.Ordinal);
        Assert.Contains("вне шлюза (копия платёжного документа принята)", page, StringComparison.Ordinal);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string number)
    {
        var content = new ByteArrayContent("%PDF-1.7 payment order"u8.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var created = await Ok(await client.PostAsync($"/api/applications/{number}/attachments", new MultipartFormDataContent { { content, "file", "payment.pdf" } }, Ct));
        return created.GetProperty("id").GetGuid();
    }
}

public sealed class SqliteFeeRuleApiTests(SqliteHost host) : FeeRuleApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresFeeRuleApiTests(PostgresHost host) : FeeRuleApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
