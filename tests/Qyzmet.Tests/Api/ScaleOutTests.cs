using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>Two stateless app instances on one PostgreSQL database, as in a scaled-out deployment.</summary>
public sealed class ScaleOutTests(PostgresServer postgres)
{
    [Fact]
    public async Task TwoInstances_ShareSessionsAndFireEachTimerOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_scale", ct);
        await using var a = new QyzmetFactory("postgres", cs);
        _ = a.Server;
        await using var b = new QyzmetFactory("postgres", cs);
        _ = b.Server;

        // A session cookie issued by instance A is honoured by instance B (data-protection keys in the database).
        var clientA = await a.SignedInAsync(DemoData.Talgat.Iin);
        var signIn = await a.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Talgat.Iin }, ct);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var clientB = b.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        clientB.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync("/api/applications", ct)).StatusCode);

        // 001a.md §8.2 rule 7 timer: both instances scan at once; exactly one expires the request.
        var submitted = await clientA.PostAsJsonAsync("/api/services/civil-registry.status-reference/applications",
            new { fields = new { kind = "name-change", surnameBefore = "КОЖАХМЕТОВ" } }, ct);
        var number = (await submitted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("number").GetString();
        a.Clock.Advance(TimeSpan.FromHours(25));
        b.Clock.Advance(TimeSpan.FromHours(25));
        await using var scopeA = a.Services.CreateAsyncScope();
        await using var scopeB = b.Services.CreateAsyncScope();
        var fired = await Task.WhenAll(
            scopeA.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(ct),
            scopeB.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(ct));
        Assert.Equal(1, fired.Sum());

        var fresh = await a.SignedInAsync(DemoData.Talgat.Iin);
        var app = await fresh.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", ct);
        Assert.Equal("expired", app.GetProperty("status").GetString());
        Assert.Single(app.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "expire");
    }
}
