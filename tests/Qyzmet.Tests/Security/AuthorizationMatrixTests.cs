using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Authorization matrix" (D-803): every endpoint the host maps (API and pages, read from the endpoint data source)
/// is called as each kind of caller (anonymous, citizen A who owns the application, citizen B, PSC operator, clerk of the
/// providing unit X, clerk of another unit Y, head of X, the quality authority's officer (D-726), administrator), and the outcome is compared with the reviewed
/// matrix in authorization-matrix.txt. A new endpoint without a row fails, as does a changed outcome. Whatever the matrix
/// says, no caller ever gets a 500, and no one but A (and staff the procedure names) gets A's application.
/// Regenerate after a reviewed change: QYZMET_UPDATE_MATRIX=1 dotnet test --filter AuthorizationMatrixTests.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private const string MatrixFile = "tests/Qyzmet.Tests/Security/authorization-matrix.txt";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string Name, string? Iin)[] Callers =
    [
        ("anonymous", null),
        ("citizenA", DemoData.Aigerim.Iin),
        ("citizenB", DemoData.Almas.Iin),
        ("psc", DemoData.PscOperator.Iin),
        ("clerkX", DemoData.LandExecutor.Iin),
        ("clerkY", DemoData.AkmolaLandExecutor.Iin),
        ("headX", DemoData.LandHead.Iin),
        ("quality", DemoData.QualityHead.Iin),
        ("admin", DemoData.Administrator.Iin),
    ];

    [Fact]
    public async Task EveryEndpoint_ForEveryKindOfCaller_MatchesTheReviewedMatrix()
    {
        var factory = host.Factory;
        var owner = await factory.SignedInAsync(DemoData.Aigerim.Iin);
        var applied = await owner.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync(Ct));
        var number = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;

        var endpoints = Endpoints(factory.Services).ToList();
        Assert.True(endpoints.Count > 80, $"only {endpoints.Count} endpoints found");
        var rows = new List<string>();
        var errors = new List<string>();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (name, iin) in Callers)
        {
            clients[name] = iin is null
                ? factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await factory.SignedInAsync(iin);
        }

        // Sign-out endpoints end the caller's session: they are called last.
        foreach (var (method, pattern, path) in endpoints.OrderBy(e => e.Pattern.Contains("sign-out", StringComparison.Ordinal)).ThenBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal))
        {
            var url = path.Replace("{number}", number, StringComparison.Ordinal);
            var outcomes = new List<string>();
            foreach (var (name, _) in Callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await clients[name].SendAsync(request, Ct);
                var outcome = Outcome(response);
                if ((int)response.StatusCode >= 500)
                {
                    errors.Add($"{method} {pattern} as {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
                }

                outcomes.Add($"{name}={outcome}");
            }

            rows.Add($"{method} {pattern} | {string.Join(' ', outcomes)}");
        }

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var file = Path.Combine(SecurityHeadersTests.RepositoryRoot(), MatrixFile);
        var text = "# method route | outcome per caller (ok = 2xx/3xx, signin = 401 or sent to sign in, forbidden = 403, notfound = 404,\n"
            + "# invalid = 400/405/409/415/422, other = anything else). Reviewed; regenerate with QYZMET_UPDATE_MATRIX=1 (issue 17, D-803).\n"
            + string.Join('\n', rows) + "\n";
        if (Environment.GetEnvironmentVariable("QYZMET_UPDATE_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(file, text, Ct);
        }

        var expected = File.Exists(file) ? (await File.ReadAllLinesAsync(file, Ct)).Where(l => !l.StartsWith('#')).ToList() : [];
        var missing = rows.Except(expected).ToList();
        var gone = expected.Except(rows).ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0,
            "The authorization matrix changed. Review and regenerate (QYZMET_UPDATE_MATRIX=1).\nNew or changed:\n" + string.Join('\n', missing)
            + "\nNo longer so:\n" + string.Join('\n', gone));

        // Cross-tenant, whatever the matrix says: citizen B never reads A's application, its document or its files.
        // D-705: the gateway's return address needs no sign-in by design; it shows nothing of the application.
        foreach (var row in rows.Where(r => r.Contains("{number}", StringComparison.Ordinal) && !r.Contains("/payment-return", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("citizenB=ok", row, StringComparison.Ordinal);
            Assert.DoesNotContain("anonymous=ok", row, StringComparison.Ordinal);
        }

        // D-815: a staff-only route never answers a citizen 2xx (an empty list included): 403 ProblemDetails or the 403 page.
        var citizenOk = rows.Where(r => IsStaffOnly(r.Split(' ')[1]) && (r.Contains("citizenA=ok", StringComparison.Ordinal) || r.Contains("citizenB=ok", StringComparison.Ordinal))).ToList();
        Assert.True(citizenOk.Count == 0, "staff-only routes answering a citizen 2xx:\n" + string.Join('\n', citizenOk));
    }

    /// <summary>The desks and staff tools (D-815): whatever their handler does, a citizen gets none of them.</summary>
    internal static readonly string[] StaffOnlyPrefixes =
    [
        "/desk", "/api/desk", "/api/admin", "/api/technical-protocols", "/monitoring", "/api/monitoring", "/psc", "/cadastre/desk",
        "/api/cadastre/desk", "/population/psc", "/population/production", "/queue/window", "/api/queue/window", "/queue/supervisor",
        "/api/pki/certificates", "/api/payments/reconciliation", "/api/civil-registry/acts",
    ];

    internal static bool IsStaffOnly(string pattern) =>
        StaffOnlyPrefixes.Any(p => pattern == p || pattern.StartsWith(p + "/", StringComparison.Ordinal));

    /// <summary>
    /// Cross-tenant writes: citizen B and the clerk of another unit try every state-changing call on A's application; each
    /// is refused (403/404) and nothing is written (no audit row, no application event, the same version).
    /// </summary>
    [Fact]
    public async Task CrossTenantWrites_OnAnothersApplication_AreRefusedAndWriteNothing()
    {
        var factory = host.Factory;
        var owner = await factory.SignedInAsync(DemoData.Aigerim.Iin);
        var applied = await owner.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct);
        var number = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;
        var before = await CountsAsync(number);
        foreach (var iin in new[] { DemoData.Almas.Iin, DemoData.AkmolaLandExecutor.Iin })
        {
            var other = await factory.SignedInAsync(iin);
            var pdf = new ByteArrayContent("%PDF-1.4 x"u8.ToArray());
            pdf.Headers.ContentType = new("application/pdf");
            var attempts = new List<(string, HttpContent?)>
            {
                ($"/api/applications/{number}/actions/withdraw", null),
                ($"/api/applications/{number}/actions/accept", null),
                ($"/api/applications/{number}/payment", null),
                ($"/api/applications/{number}/refusal", JsonContent.Create(new { reason = "x" })),
                ($"/api/applications/{number}/objection", JsonContent.Create(new { text = "x" })),
                ($"/api/applications/{number}/stop-consideration", JsonContent.Create(new { reason = "x" })),
                ($"/api/applications/{number}/attachments", new MultipartFormDataContent { { pdf, "file", "a.pdf" } }),
            };
            foreach (var (url, content) in attempts)
            {
                var response = await other.PostAsync(url, content ?? JsonContent.Create(new { }), Ct);
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                    $"{iin} POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }

            foreach (var url in new[] { $"/api/applications/{number}", $"/api/applications/{number}/document", $"/api/applications/{number}/attachments", $"/api/applications/{number}/payments" })
            {
                var response = await other.GetAsync(url, Ct);
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{iin} GET {url}: {(int)response.StatusCode}");
            }
        }

        Assert.Equal(before, await CountsAsync(number));
    }

    private async Task<(int Audit, int Events, int Attachments, int Payments)> CountsAsync(string number)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Number == number, Ct);
        return (await db.Audit.CountAsync(a => a.Subject.Contains(number), Ct) + await db.AuditPending.CountAsync(Ct),
            await db.ApplicationEvents.CountAsync(e => e.ApplicationId == app.Id, Ct),
            await db.Attachments.CountAsync(a => a.ApplicationId == app.Id, Ct),
            await db.Payments.CountAsync(p => p.ApplicationId == app.Id, Ct));
    }

    private static string Outcome(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        401 => "signin",
        302 or 303 when response.Headers.Location?.OriginalString.StartsWith("/signin", StringComparison.OrdinalIgnoreCase) == true => "signin",
        403 => "forbidden",
        404 => "notfound",
        400 or 405 or 409 or 413 or 415 or 422 => "invalid",
        >= 200 and < 400 => "ok",
        var s => "other" + s,
    };

    /// <summary>Every routed endpoint of the host: method, route pattern and a URL with sample route values.</summary>
    private static IEnumerable<(string Method, string Pattern, string Path)> Endpoints(IServiceProvider services)
    {
        var sources = services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (pattern.StartsWith("/error", StringComparison.Ordinal) || pattern.StartsWith("/openapi", StringComparison.Ordinal))
            {
                continue; // the error page and the OpenAPI document are for everyone by design
            }

            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (isPage ? ["GET"] : []);
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
            {
                if (seen.Add(method + " " + pattern))
                {
                    yield return (method, pattern, Sample(endpoint.RoutePattern));
                }
            }
        }
    }

    internal static string Sample(RoutePattern pattern)
    {
        var parts = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        text.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart p when p.Name == "number":
                        text.Append("{number}");
                        break;
                    case RoutePatternParameterPart p:
                        text.Append(SampleValue(p));
                        break;
                }
            }

            parts.Add(text.ToString());
        }

        return "/" + string.Join('/', parts.Where(p => p.Length > 0));
    }

    private static string SampleValue(RoutePatternParameterPart p)
    {
        var constraints = string.Join(',', p.ParameterPolicies.Select(x => x.Content ?? ""));
        return constraints.Contains("guid", StringComparison.Ordinal) ? "00000000-0000-0000-0000-000000000001"
            : constraints.Contains("int", StringComparison.Ordinal) || constraints.Contains("long", StringComparison.Ordinal) ? "1"
            : p.Name switch
            {
                "iin" or "value" => DemoData.Aigerim.Iin,
                "serviceId" => "land.cadastral-info",
                "purpose" => "auth",
                "trigger" => "accept",
                "year" => "2026",
                _ => "x",
            };
    }
}
