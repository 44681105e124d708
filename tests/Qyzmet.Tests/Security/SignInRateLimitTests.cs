using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>A host with small sign-in limits (3 attempts per IIN, 5 per address, per 15 minutes) whose test clients say their address.</summary>
public sealed class RateLimitedHost : IAsyncLifetime
{
    private readonly QyzmetFactory _inner = new("sqlite", null);

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Qyzmet:Limits:SignInPerAddress", "5");
            b.UseSetting("Qyzmet:Limits:SignInPerIin", "3");
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        });
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public HttpClient From(string address)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _inner.DisposeAsync();
    }

    /// <summary>The test server has no remote address; this gives each test client one, before the rate limiter runs.</summary>
    internal sealed class ClientAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, n) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers[Header].ToString(), out var address))
                {
                    ctx.Connection.RemoteIpAddress = address;
                }

                return n(ctx);
            });
            next(app);
        };
    }
}

/// <summary>
/// Issue 17 "rate limits on sign-in and OTP" (D-802): attempts are limited per IIN (whatever address they come from)
/// and per client address (whatever IIN they name); the excess is a 429 with Retry-After and a message in the caller's
/// language, and a person at the sign-in page gets the same status.
/// </summary>
public sealed class SignInRateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OtpGuesses_PerIin_AreRefusedWith429AndRetryAfter_FromAnyAddress()
    {
        var iin = DemoData.Talgat.Iin;
        var first = host.From("10.1.0.1");
        var issued = await first.PostAsJsonAsync("/api/auth/otp", new { iin }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var challengeId = (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("challengeId").GetGuid();

        // Two wrong guesses from two addresses count for the IIN (3 attempts in all with the request).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await host.From("10.1.0.2").PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId, iin, code = "000000" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await host.From("10.1.0.3").PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId, iin, code = "000001" }, Ct)).StatusCode);

        var ru = host.From("10.1.0.4");
        ru.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var refused = await ru.PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId, iin, code = "000002" }, Ct);
        var problem = await ApiResponses.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("SEC-0002", problem.GetProperty("errorCode").GetString());
        Assert.Contains("Слишком много попыток входа по этому ИИН", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");

        var kk = host.From("10.1.0.5");
        kk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        var again = await ApiResponses.ProblemAsync(await kk.PostAsJsonAsync("/api/auth/otp", new { iin }, Ct), HttpStatusCode.TooManyRequests);
        Assert.Contains("ЖСН бойынша кіру әрекеттері тым көп", again.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another person is not affected.
        Assert.Equal(HttpStatusCode.OK, (await host.From("10.1.0.6").PostAsJsonAsync("/api/auth/otp", new { iin = DemoData.Dana.Iin }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Attempts_PerAddress_AreRefusedWith429AndRetryAfter_WhateverIinTheyName()
    {
        var attacker = host.From("10.2.0.1");
        // Five different IINs (none reaches its own limit), each tried once: the address's limit is what refuses the sixth.
        var iins = Enumerable.Range(1, 5).Select(i => $"99000000000{i}").ToList();
        foreach (var iin in iins)
        {
            var response = await attacker.PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId = Guid.NewGuid(), iin, code = "123456" }, Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }

        var refused = await attacker.PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId = Guid.NewGuid(), iin = "990000000006", code = "123456" }, Ct);
        var problem = await ApiResponses.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("SEC-0001", problem.GetProperty("errorCode").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");

        // The certificate sign-in counts too; another address is not affected.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await attacker.PostAsJsonAsync("/api/auth/certificate", new { nonce = "x", signature = "eA==" }, Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await host.From("10.2.0.2").PostAsJsonAsync("/api/auth/otp/confirm",
            new { challengeId = Guid.NewGuid(), iin = "990000000007", code = "123456" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task SignInPage_TooManyAttempts_Is429WithRetryAfterAndAMessageInThePersonsLanguage()
    {
        var browser = host.From("10.3.0.1");
        var page = await browser.GetStringAsync("/signin?lang=ru", Ct);
        var token = Pages.CivilRegistryPageTests.Hidden(page, "__RequestVerificationToken");
        HttpResponseMessage last = null!;
        for (var i = 0; i < 6; i++)
        {
            last = await browser.PostAsync("/signin?handler=ConfirmOtp&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["challengeId"] = Guid.NewGuid().ToString(),
                ["Iin"] = DemoData.Aigerim.Iin,
                ["code"] = "123456",
            }), Ct);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        Assert.Contains("Слишком много попыток", await last.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentDemoSignIn_IsNotCounted()
    {
        var browser = host.From("10.4.0.1");
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Aigerim.Iin }, Ct)).StatusCode);
        }
    }
}

/// <summary>
/// Issue 17 "rate limits on sign-in and OTP" (D-814): the counts are the database's, so two instances of one deployment (two
/// hosts on one SQLite file or one PostgreSQL database) count against one limit, and the window is the injected clock's: once it is over, the count
/// starts again.
/// </summary>
public sealed class SharedSignInLimitTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WebApplicationFactory<Program> Limited(QyzmetFactory inner) => inner.WithWebHostBuilder(b =>
    {
        b.UseSetting("Qyzmet:Limits:SignInPerAddress", "5");
        b.UseSetting("Qyzmet:Limits:SignInPerIin", "3");
        b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, RateLimitedHost.ClientAddressFromHeader>());
    });

    private static HttpClient From(WebApplicationFactory<Program> host, string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(RateLimitedHost.ClientAddressFromHeader.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> GuessAsync(HttpClient client, string iin) =>
        client.PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId = Guid.NewGuid(), iin, code = "123456" }, Ct);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AttemptsOnTwoInstances_CountAgainstOneLimit_PerAddressAndPerIin(string provider)
    {
        var cs = provider == "postgres" ? await postgres.CreateUniqueDatabaseAsync("qyzmet_limits", Ct) : null;
        await using var innerA = new QyzmetFactory(provider, cs);
        await using var a = Limited(innerA);
        _ = a.Server;
        await using var innerB = new QyzmetFactory(provider, cs, sharedDataPath: innerA.DataPath);
        await using var b = Limited(innerB);
        _ = b.Server;

        // Per address: 3 attempts on A and 2 on B (5 different IINs) use up the 5; the sixth, on either, is refused.
        var iins = Enumerable.Range(1, 7).Select(i => $"98000000000{i}").ToList();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(i < 3 ? a : b, "10.7.0.1"), iins[i])).StatusCode);
        }

        var refused = await GuessAsync(From(b, "10.7.0.1"), iins[5]);
        var problem = await ApiResponses.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("SEC-0001", problem.GetProperty("errorCode").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuessAsync(From(a, "10.7.0.1"), iins[6])).StatusCode);

        // Per IIN: 2 guesses on A and 1 on B, from three addresses, use up the 3; the fourth is refused.
        var iin = "980000000099";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(a, "10.7.1.1"), iin)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(a, "10.7.1.2"), iin)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(b, "10.7.1.3"), iin)).StatusCode);
        var perIin = await ApiResponses.ProblemAsync(await GuessAsync(From(b, "10.7.1.4"), iin), HttpStatusCode.TooManyRequests);
        Assert.Equal("SEC-0002", perIin.GetProperty("errorCode").GetString());

        // No IIN or address is stored in clear.
        await using var scope = a.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>().RateCounts
            .Select(c => c.Key).ToListAsync(Ct);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Matches("^[0-9A-F]{64}$", k));
    }

    [Fact]
    public async Task TheWindowIsTheClocks_WhenItIsOver_AttemptsAreAllowedAgain()
    {
        await using var inner = new QyzmetFactory("sqlite", null);
        await using var host = Limited(inner);
        _ = host.Server;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(host, "10.8.0.1"), $"97000000000{i}")).StatusCode);
        }

        var refused = await GuessAsync(From(host, "10.8.0.1"), "970000000008");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // The window (15 minutes from 10:00 Almaty) ends in 900 s by the host's clock, which has not moved.
        Assert.Equal(TimeSpan.FromSeconds(900), refused.Headers.RetryAfter?.Delta);

        inner.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuessAsync(From(host, "10.8.0.1"), "970000000009")).StatusCode);

        inner.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await GuessAsync(From(host, "10.8.0.1"), "970000000010")).StatusCode);

        // The windows that were over are swept when a new one begins.
        await using var scope = host.Services.CreateAsyncScope();
        var now = inner.Clock.GetUtcNow().UtcDateTime;
        Assert.False(await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>().RateCounts
            .AnyAsync(c => c.ExpiresAt <= now, Ct));
    }
}
