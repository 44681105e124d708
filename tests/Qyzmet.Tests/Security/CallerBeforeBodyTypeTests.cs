using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Hostile input", "Authorization matrix" (D-816, D-820..D-823): a body of a type the endpoint does not read,
/// or a missing query value, is answered only after the caller has been checked, as any other body is: anonymous 401, a
/// caller without the role 403, one who may not see the application 404; only a caller who may use the endpoint hears what
/// is wrong with the request, in their language, and nothing is written.
/// </summary>
public sealed class CallerBeforeBodyTypeTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous() => host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static StringContent Json() => new("{\"file\":\"JVBERi0=\"}", Encoding.UTF8, "application/json");

    private static StringContent Text() => new("calendar", Encoding.UTF8, "text/plain");

    // D-820 (issue 17 "wrong MIME types"): JSON sent to the attachments endpoint used to get 415 from routing before any
    // check, telling anyone the endpoint's media type. Now: anonymous 401, a citizen who does not own the application 404
    // (as for a real upload), the owner 415 SEC-0012 in their language naming the part "file"; nothing is stored.
    [Fact]
    public async Task JsonToTheAttachmentsEndpoint_IsAnsweredByTheCallerCheck_Before415()
    {
        var owner = await host.Factory.SignedInAsync(DemoData.Nurlan.Iin, "ru");
        var applied = await owner.PostAsJsonAsync("/api/services/real-estate.cadastral-passport/applications",
            new { fields = new { cadastralNumber = "75-050-011-002:1:14", consent = "given" } }, Ct);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync(Ct));
        var number = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;
        var url = $"/api/applications/{number}/attachments";

        var anonymous = await ApiResponses.ProblemAsync(await Anonymous().PostAsync(url, Json(), Ct), HttpStatusCode.Unauthorized);
        Assert.Equal("K-0004", anonymous.GetProperty("errorCode").GetString());

        var stranger = await host.Factory.SignedInAsync(DemoData.Almas.Iin);
        var notFound = await ApiResponses.ProblemAsync(await stranger.PostAsync(url, Json(), Ct), HttpStatusCode.NotFound);
        Assert.NotEqual("SEC-0012", notFound.GetProperty("errorCode").GetString());

        var refused = await ApiResponses.ProblemAsync(await owner.PostAsync(url, Json(), Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("SEC-0012", refused.GetProperty("errorCode").GetString());
        Assert.Contains("отправьте файл как multipart/form-data", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("application/json", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(refused.GetProperty("errors").TryGetProperty("file", out _), refused.ToString());

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        Assert.Equal(0, await db.Attachments.CountAsync(a => a.ApplicationId == id, Ct));
    }

    // D-823 (004.md §3.1 item 9.2, D-618): the S1 photograph's and signature's form used to be read before the access
    // check, so a citizen who cannot see the application heard 413 POP-0031 for an oversized file, and JSON was "the file is
    // missing" (POP-0033). Now: that citizen 404 whatever the body, the centre operator 415 SEC-0012 naming the part.
    [Fact]
    public async Task BodyToTheBiometricUpload_IsAnsweredByTheAccessCheckFirst()
    {
        var desk = await host.Factory.SignedInAsync(DemoData.PscOperator.Iin, "en");
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync("/api/services/population-documents.passport-id-card/applications", new
        {
            applicantId = DemoData.Dana.Iin,
            fields = new { document = "id-card", @case = "replace-id-card", baseNumber = "0" + DemoData.Dana.Iin[..8], baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "standard", photo = "workstation" },
        }, Ct));
        var url = $"/api/population/passport-applications/{app.GetProperty("number").GetString()}/signature";

        var stranger = await host.Factory.SignedInAsync(DemoData.Igor.Iin);
        var huge = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        huge.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        await ApiResponses.ProblemAsync(await stranger.PostAsync(url, new MultipartFormDataContent { { huge, "signature", "s.jpg" } }, Ct), HttpStatusCode.NotFound);
        await ApiResponses.ProblemAsync(await stranger.PostAsync(url, Json(), Ct), HttpStatusCode.NotFound);

        var refused = await ApiResponses.ProblemAsync(await desk.PostAsync(url, Json(), Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("SEC-0012", refused.GetProperty("errorCode").GetString());
        Assert.Contains("multipart/form-data in the part 'signature'", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(refused.GetProperty("errors").TryGetProperty("signature", out _), refused.ToString());
    }

    // D-821: a body type routing refuses for every endpoint at the address (text/plain to a JSON endpoint) is refused after
    // the caller's check too: anonymous 401, a citizen at an administrator's load 403, the administrator 415 K-0008. An
    // endpoint that needs no sign-in (the one-time password request) still says 415 to anyone.
    [Fact]
    public async Task TextToAJsonEndpoint_IsAnsweredByTheCallerCheck_Before415()
    {
        const string url = "/api/calendar/overrides";
        var anonymous = await ApiResponses.ProblemAsync(await Anonymous().PutAsync(url, Text(), Ct), HttpStatusCode.Unauthorized);
        Assert.Equal("K-0004", anonymous.GetProperty("errorCode").GetString());

        var citizen = await host.Factory.SignedInAsync(DemoData.Almas.Iin);
        var forbidden = await ApiResponses.ProblemAsync(await citizen.PutAsync(url, Text(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal("K-0003", forbidden.GetProperty("errorCode").GetString());

        var admin = await host.Factory.SignedInAsync(DemoData.Administrator.Iin, "kk");
        var refused = await ApiResponses.ProblemAsync(await admin.PutAsync(url, Text(), Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("K-0008", refused.GetProperty("errorCode").GetString());
        Assert.Contains("text/plain", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var otp = await ApiResponses.ProblemAsync(await Anonymous().PostAsync("/api/auth/otp", Text(), Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("K-0008", otp.GetProperty("errorCode").GetString());
    }

    // D-822 (004.md §3.3 item 6): the chip-write list without ?iin= used to be refused by binding (400) before the sign-in.
    // Now anonymous 401, a citizen 403, the centre operator 400 naming the field "iin".
    [Fact]
    public async Task ChipWritesWithoutIin_IsAnsweredByTheCallerCheck_Before400()
    {
        const string url = "/api/population/chip-writes";
        var anonymous = await ApiResponses.ProblemAsync(await Anonymous().GetAsync(url, Ct), HttpStatusCode.Unauthorized);
        Assert.Equal("K-0004", anonymous.GetProperty("errorCode").GetString());

        var citizen = await host.Factory.SignedInAsync(DemoData.Almas.Iin);
        await ApiResponses.ProblemAsync(await citizen.GetAsync(url, Ct), HttpStatusCode.Forbidden);

        var operatorClient = await host.Factory.SignedInAsync(DemoData.PscOperator.Iin, "en");
        var invalid = await ApiResponses.ProblemAsync(await operatorClient.GetAsync(url, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("K-0001", invalid.GetProperty("errorCode").GetString());
        Assert.Contains("?iin=", invalid.GetProperty("errors").GetProperty("iin")[0].GetString(), StringComparison.Ordinal);
    }
}
