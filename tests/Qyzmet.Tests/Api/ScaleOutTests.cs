using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Platform.Trust;
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
        // Instances share the data folder's pki/ (docs/operations.md): the CA and the key-encryption certificate.
        await using var b = new QyzmetFactory("postgres", cs, sharedDataPath: a.DataPath);
        _ = b.Server;

        // A session cookie issued by instance A is honoured by instance B (data-protection keys in the database,
        // encrypted with the shared certificate).
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

    // Issue 10 item 8 (D-311): signing out on one instance ends the session on every instance: a copy of the cookie that
    // instance B honoured before is refused by B after the sign-out on A.
    [Fact]
    public async Task TwoInstances_SignOutOnOne_EndsTheSessionOnTheOther()
    {
        var ct = TestContext.Current.CancellationToken;
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_signout", ct);
        await using var a = new QyzmetFactory("postgres", cs);
        _ = a.Server;
        await using var b = new QyzmetFactory("postgres", cs, sharedDataPath: a.DataPath);
        _ = b.Server;

        var signIn = await a.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Talgat.Iin }, ct);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        HttpClient On(QyzmetFactory instance)
        {
            var client = instance.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            return client;
        }

        Assert.Equal(HttpStatusCode.OK, (await On(b).GetAsync("/api/applications", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await On(a).PostAsync("/api/auth/sign-out", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await On(b).GetAsync("/api/applications", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await On(a).GetAsync("/api/applications", ct)).StatusCode);
    }

    // ADR 0007: on PostgreSQL the instances form one Quartz cluster (a shared schedule, one instance per scan) and the
    // payment-window timer of 001a.md §8.2 rule 7 still fires exactly once, now without the tests driving the scan.
    [Fact]
    public async Task TwoInstances_FormOneQuartzCluster_AndTheTimerFiresOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_cluster", ct);
        await using var a = new QyzmetFactory("postgres", cs, timerScanSeconds: 1);
        _ = a.Server;
        await using var b = new QyzmetFactory("postgres", cs, timerScanSeconds: 1, sharedDataPath: a.DataPath);
        _ = b.Server;

        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        async Task<long> CountAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }

        // Both schedulers check in to the same cluster, and the recurring scans are scheduled once, not per instance.
        for (var i = 0; i < 100 && await CountAsync("SELECT count(*) FROM qrtz_scheduler_state") < 2; i++)
        {
            await Task.Delay(100, ct);
        }

        Assert.Equal(2, await CountAsync("SELECT count(*) FROM qrtz_scheduler_state"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'due-timers'"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'monitoring-aggregates'")); // ADR 0030
        // D-369: each instance checks in every 20 s (Quartz's default is 7.5 s), so the cluster's state rows are written less often.
        Assert.Equal(20_000, await CountAsync("SELECT min(checkin_interval) FROM qrtz_scheduler_state"));

        var client = await a.SignedInAsync(DemoData.Talgat.Iin);
        var submitted = await client.PostAsJsonAsync("/api/services/civil-registry.status-reference/applications",
            new { fields = new { kind = "name-change", surnameBefore = "КОЖАХМЕТОВ" } }, ct);
        var number = (await submitted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("number").GetString();
        a.Clock.Advance(TimeSpan.FromHours(25));
        b.Clock.Advance(TimeSpan.FromHours(25));
        client = await a.SignedInAsync(DemoData.Talgat.Iin); // the session cookie of 25 hours ago has expired

        JsonElement app = default;
        for (var i = 0; i < 150; i++)
        {
            app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", ct);
            if (app.GetProperty("status").GetString() == "expired")
            {
                break;
            }

            await Task.Delay(100, ct);
        }

        Assert.Equal("expired", app.GetProperty("status").GetString());
        await Task.Delay(2500, ct); // two more scan periods: a second firing would show in the history
        app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", ct);
        Assert.Single(app.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "expire");
    }

    // Issue 3 (certificate sign-in): a signed nonce is accepted once across the whole cluster, not once per instance.
    [Fact]
    public async Task TwoInstances_SignedNonceAcceptedOnce_ReplayOnTheOtherInstanceRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_nonce", ct);
        await using var a = new QyzmetFactory("postgres", cs);
        _ = a.Server;
        await using var b = new QyzmetFactory("postgres", cs, sharedDataPath: a.DataPath);
        _ = b.Server;

        var clientA = a.CreateClient();
        var nonce = (await (await clientA.PostAsync("/api/auth/challenge", null, ct)).Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("nonce").GetString()!;
        string signature;
        using (var scope = a.Services.CreateScope())
        {
            using var key = scope.ServiceProvider.GetRequiredService<CertificateRegistry>().LoadKeyFile(DemoData.Dana.Iin, KeyPurpose.Authentication, null)!;
            var ca = scope.ServiceProvider.GetRequiredService<PlatformCertificateAuthority>();
            signature = Convert.ToBase64String(new DocumentSigner(a.Clock).SignDetached(Encoding.UTF8.GetBytes(nonce), key, ca.Issuing));
        }

        var first = await clientA.PostAsJsonAsync("/api/auth/certificate", new { nonce, signature }, ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var replay = await b.CreateClient().PostAsJsonAsync("/api/auth/certificate", new { nonce, signature }, ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Equal("TRUST-0017", (await replay.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errorCode").GetString());
    }
}
