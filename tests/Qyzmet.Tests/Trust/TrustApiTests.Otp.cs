using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Trust;

/// <summary>One-time passwords (000.md: only to the registered mobile number), access rules and the access log.</summary>
public abstract partial class TrustApiTests
{
    [Fact]
    public async Task OtpSubmission_CodeFromSms_AcceptedOnceOnly()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var (challenge, code) = await RequestSubmissionOtpAsync(client, DemoData.Aigerim.MobilePhone!);

        await Created(await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, otp = new { challengeId = challenge, code } }, Ct));
        var again = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, otp = new { challengeId = challenge, code } }, Ct);
        Assert.Equal("TRUST-0015", await ErrorCode(again, HttpStatusCode.UnprocessableEntity));
    }

    // The code confirms exactly the request it was sent for.
    [Fact]
    public async Task OtpSubmission_OtherContent_RefusedTrust0015()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var (challenge, code) = await RequestSubmissionOtpAsync(client, DemoData.Aigerim.MobilePhone!);
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = new { cadastralNumber = "75-123-045-068" }, otp = new { challengeId = challenge, code } }, Ct);
        Assert.Equal("TRUST-0015", await ErrorCode(response, HttpStatusCode.UnprocessableEntity));
    }

    // 3 attempts, then a new code is required; nothing is stored on the way.
    [Fact]
    public async Task OtpSubmission_ThreeWrongCodes_ThenNewCodeRequired()
    {
        var client = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var (challenge, code) = await RequestSubmissionOtpAsync(client, DemoData.Nurlan.MobilePhone!);
        var wrong = code == "000000" ? "111111" : "000000";
        var before = await CountApplicationsAsync();
        async Task<string?> Try(string c) => await ErrorCode(await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, otp = new { challengeId = challenge, code = c } }, Ct), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("TRUST-0012", await Try(wrong));
        Assert.Equal("TRUST-0012", await Try(wrong));
        Assert.Equal("TRUST-0014", await Try(wrong));
        Assert.Equal("TRUST-0014", await Try(code));
        Assert.Equal(before, await CountApplicationsAsync());
    }

    // Valid 5 minutes (moved with the test clock).
    [Fact]
    public async Task OtpSubmission_After5Minutes_ExpiredTrust0013()
    {
        var client = await Factory.SignedInAsync(DemoData.Almas.Iin);
        var (challenge, code) = await RequestSubmissionOtpAsync(client, DemoData.Almas.MobilePhone!);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, otp = new { challengeId = challenge, code } }, Ct);
        Assert.Equal("TRUST-0013", await ErrorCode(response, HttpStatusCode.UnprocessableEntity));
    }

    // Rate-limited per number: one code a minute.
    [Fact]
    public async Task OtpRequest_TwiceWithinAMinute_RateLimitedTrust0011()
    {
        var client = await Factory.SignedInAsync(DemoData.Dana.Iin);
        await RequestSubmissionOtpAsync(client, DemoData.Dana.MobilePhone!);
        var second = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications/otp", new { fields = PlotFields }, Ct);
        Assert.Equal("TRUST-0011", await ErrorCode(second, HttpStatusCode.TooManyRequests));
    }

    // 000.md: a one-time password only where a mobile number is registered.
    [Fact]
    public async Task OtpRequest_NoRegisteredPhone_RefusedTrust0010()
    {
        var client = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications/otp", new { fields = PlotFields }, Ct);
        Assert.Equal("TRUST-0010", await ErrorCode(response, HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task OtpSignIn_CodeFromSms_OpensSession()
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var issued = await (await client.PostAsJsonAsync("/api/auth/otp", new { iin = DemoData.Talgat.Iin }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = await LastSmsCodeAsync(DemoData.Talgat.MobilePhone!);
        var signedIn = await client.PostAsJsonAsync("/api/auth/otp/confirm",
            new { challengeId = issued.GetProperty("challengeId").GetGuid(), iin = DemoData.Talgat.Iin, code }, Ct);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/applications", Ct)).StatusCode);
    }

    // Issue 10 item 6 (000.md: the code goes only to the registered mobile number): an administrator never reads a live
    // one-time code, neither in GET /api/admin/outbox (before or after delivery) nor in the outbox row once the SMS is
    // handed to the gateway; the code still works, and the delivery log says the SMS went out.
    [Fact]
    public async Task OtpSms_CodeNotInAdminOutbox_AndGoneFromTheRowAfterDelivery()
    {
        var phone = DemoData.Talgat.MobilePhone!;
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var issued = await (await client.PostAsJsonAsync("/api/auth/otp", new { iin = DemoData.Talgat.Iin }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = await LastSmsCodeAsync(phone);
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);

        async Task<JsonElement> AdminViewAsync()
        {
            var body = await admin.GetStringAsync("/api/admin/outbox", Ct);
            Assert.DoesNotContain(code, body, StringComparison.Ordinal);
            return JsonDocument.Parse(body).RootElement.EnumerateArray().First(m => m.GetProperty("address").GetString() == phone);
        }

        var pending = await AdminViewAsync();
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("deliveredAt").ValueKind);
        Assert.Contains(Qyzmet.Platform.Notifications.OutboxMessage.Redaction, pending.GetProperty("text").GetString(), StringComparison.Ordinal);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Timers.OutboxDeliveryJob>().RunOnceAsync(Ct);
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var row = await db.Outbox.AsNoTracking().Where(m => m.Channel == "sms" && m.Address == phone).OrderByDescending(m => m.Id).FirstAsync(Ct);
            Assert.NotNull(row.DeliveredAt);
            Assert.Null(row.Secret);
            Assert.DoesNotContain(code, row.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(await db.DeliveryLog.AsNoTracking().Where(l => l.OutboxMessageId == row.Id).Select(l => l.Result).ToListAsync(Ct),
                r => r.Contains(code, StringComparison.Ordinal));
        }

        Assert.NotEmpty((await AdminViewAsync()).GetProperty("deliveries").EnumerateArray());
        var signedIn = await client.PostAsJsonAsync("/api/auth/otp/confirm",
            new { challengeId = issued.GetProperty("challengeId").GetGuid(), iin = DemoData.Talgat.Iin, code }, Ct);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    // An applicant sees and acts only on their own applications; staff only on their unit's. 404, and nothing changes.
    [Fact]
    public async Task Access_OtherApplicantAndOtherUnit_CannotReadOrAct()
    {
        var owner = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var app = await Created(await owner.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct));
        var number = app.GetProperty("number").GetString();
        Assert.Equal("land-centre-75", app.GetProperty("unitId").GetString());

        foreach (var outsider in new[] { DemoData.Dana.Iin, DemoData.AkmolaLandExecutor.Iin, DemoData.RegistryExecutor.Iin })
        {
            var client = await Factory.SignedInAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{number}/document", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{number}/attachments", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/applications/{number}/actions/issue", new { }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/applications/{number}/payment", null, Ct)).StatusCode);
        }

        var after = await owner.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(app.GetProperty("status").GetString(), after.GetProperty("status").GetString());
        Assert.Equal(app.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
    }

    // Every read of a person's data by staff is logged, and the person sees who and why.
    [Fact]
    public async Task AccessLog_StaffReadsApplication_PersonSeesWhoAndWhy()
    {
        var owner = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var app = await Created(await owner.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct));
        var number = app.GetProperty("number").GetString();
        var executor = await Factory.SignedInAsync(DemoData.LandExecutor.Iin);
        Assert.Equal(HttpStatusCode.OK, (await executor.GetAsync($"/api/applications/{number}", Ct)).StatusCode);

        var log = await owner.GetFromJsonAsync<JsonElement>("/api/me/access-log", Ct);
        var entry = log.GetProperty("items").EnumerateArray().First(e => e.GetProperty("applicationNumber").GetString() == number);
        Assert.Equal(DemoData.LandExecutor.Iin, entry.GetProperty("actorId").GetString());
        Assert.Equal("provider-executor", entry.GetProperty("actorRole").GetString());
        Assert.Contains(number!, entry.GetProperty("purpose").GetString());
        // The person's own reads are not "someone viewed my data".
        Assert.DoesNotContain(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("actorId").GetString() == DemoData.Talgat.Iin);
        var executorsOwn = await executor.GetFromJsonAsync<JsonElement>("/api/me/access-log", Ct);
        Assert.DoesNotContain(executorsOwn.GetProperty("items").EnumerateArray(), e => e.GetProperty("applicationNumber").GetString() == number);
    }

    // A PSC operator reading a citizen through the gateway is logged with the application's number.
    [Fact]
    public async Task AccessLog_PscOperatorSubmission_LoggedThroughGateway()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await Created(await operatorClient.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { applicantId = DemoData.Mira.Iin, fields = PlotFields }, Ct));
        var mira = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var log = await mira.GetFromJsonAsync<JsonElement>("/api/me/access-log", Ct);
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("actorId").GetString() == DemoData.PscOperator.Iin
            && e.GetProperty("applicationNumber").ValueKind is JsonValueKind.Null or JsonValueKind.String);
        _ = app;
    }

    private async Task<(Guid Challenge, string Code)> RequestSubmissionOtpAsync(HttpClient client, string phone)
    {
        // Keep clear of the one-code-a-minute limit left by an earlier test on the same number.
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications/otp", new { fields = PlotFields }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.EndsWith(phone[^4..], json.GetProperty("phone").GetString());
        return (json.GetProperty("challengeId").GetGuid(), await LastSmsCodeAsync(phone));
    }

    private async Task<string> LastSmsCodeAsync(string phone)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        // The code waits in the outbox row only until delivery (issue 10 item 6); the tests deliver nothing meanwhile.
        return await db.Outbox.Where(m => m.Channel == "sms" && m.Address == phone).OrderByDescending(m => m.Id).Select(m => m.Secret).FirstAsync(Ct)
            ?? throw new InvalidOperationException("no pending one-time code for " + phone);
    }
}
