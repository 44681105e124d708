using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Authorization matrix": staff desks refuse citizens (D-815) and the caller is checked before the body is read
/// (D-816). 003.md para 8 and 10: the technical-problem protocols and the complaints desk are the unit's staff's.
/// </summary>
public sealed class StaffOnlyRoutesTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/desk/complaints")]
    [InlineData("/api/technical-protocols")]
    public async Task StaffDeskApi_AsACitizen_Is403Problem_NotAnEmptyList(string url)
    {
        var citizen = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var problem = await ApiResponses.ProblemAsync(await citizen.GetAsync(url, Ct), HttpStatusCode.Forbidden);
        Assert.Equal("K-0003", problem.GetProperty("errorCode").GetString());
        var clerk = await host.Factory.SignedInAsync(DemoData.LandHead.Iin);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(url, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/desk/complaints")]
    [InlineData("/desk/protocols")]
    public async Task StaffDeskPage_AsACitizen_IsThe403Page(string url)
    {
        var citizen = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin, "ru");
        var response = await citizen.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var clerk = await host.Factory.SignedInAsync(DemoData.LandHead.Iin);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(url, Ct)).StatusCode);
    }

    /// <summary>D-816: anonymous callers hear 401 and citizens 403 before any word about the body they sent.</summary>
    [Theory]
    [InlineData("PUT", "/api/population/duty-rates")]
    [InlineData("PUT", "/api/calendar/overrides")]
    public async Task AdminLoads_CheckTheCallerBeforeTheBody(string method, string url)
    {
        var anonymous = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var problem = await ApiResponses.ProblemAsync(await anonymous.SendAsync(Garbage(method, url), Ct), HttpStatusCode.Unauthorized);
        Assert.Equal("K-0004", problem.GetProperty("errorCode").GetString());
        var citizen = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin);
        problem = await ApiResponses.ProblemAsync(await citizen.SendAsync(Garbage(method, url), Ct), HttpStatusCode.Forbidden);
        Assert.Equal("K-0003", problem.GetProperty("errorCode").GetString());
        var admin = await host.Factory.SignedInAsync(DemoData.Administrator.Iin);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.SendAsync(Garbage(method, url), Ct)).StatusCode);
    }

    [Fact]
    public async Task Upload_Anonymous_Is401_BeforeTheFileIsRead()
    {
        var anonymous = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "a.pdf" } };
        var problem = await ApiResponses.ProblemAsync(await anonymous.PostAsync("/api/applications/2026-0000001/attachments", form, Ct), HttpStatusCode.Unauthorized);
        Assert.Equal("K-0004", problem.GetProperty("errorCode").GetString());
    }

    private static HttpRequestMessage Garbage(string method, string url) =>
        new(new HttpMethod(method), url) { Content = new StringContent("{\"not\":\"a list\"", Encoding.UTF8, "application/json") };
}
