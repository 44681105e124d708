using System.Net;
using System.Text;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>Requests the API cannot read get a 4xx that says what to change (issue 11, "Errors and sessions").</summary>
public sealed class RequestFormatTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private const string Apply = "/api/services/land.cadastral-info/applications";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WrongContentType_Is415WithTheTypeToSend_Not404()
    {
        var client = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin);
        using var body = new StringContent("cadastralNumber=75-123-045-067", Encoding.UTF8, "text/plain");
        var problem = await ApiResponses.ProblemAsync(await client.PostAsync(Apply, body, Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("K-0008", problem.GetProperty("errorCode").GetString());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task NumberWhereTextIsExpected_NamesTheField_InTheCallersLanguage()
    {
        var client = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin, "ru");
        using var body = new StringContent("""{"fields":{"cadastralNumber":75123045067}}""", Encoding.UTF8, "application/json");
        var problem = await ApiResponses.ProblemAsync(await client.PostAsync(Apply, body, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("K-0010", problem.GetProperty("errorCode").GetString());
        Assert.Contains("fields.cadastralNumber", problem.GetProperty("detail").GetString());
        Assert.Contains("текст", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("fields.cadastralNumber", out _));
    }

    [Fact]
    public async Task BrokenJson_StaysMalformedBody()
    {
        var client = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin);
        using var body = new StringContent("""{"fields":{"cadastralNumber":""", Encoding.UTF8, "application/json");
        var problem = await ApiResponses.ProblemAsync(await client.PostAsync(Apply, body, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("K-0006", problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task MethodTheAddressDoesNotTake_Is405Problem()
    {
        var problem = await ApiResponses.ProblemAsync(await host.Factory.CreateClient().DeleteAsync("/api/services", Ct), HttpStatusCode.MethodNotAllowed);
        Assert.Equal("K-0009", problem.GetProperty("errorCode").GetString());
    }
}
