using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "CSRF on every form": every form handler of every page (found in the page sources, so a new form is covered
/// without a list to keep), posted from another site with the person's cookie attached (the worst case: a browser that
/// ignores SameSite) but without the page's anti-forgery token, is refused with a 4xx, and nothing is written.
/// </summary>
public sealed partial class CrossSiteFormTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryForm_PostedCrossSiteWithoutTheToken_IsRefusedAndWritesNothing()
    {
        var owner = await host.Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var applied = await owner.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct);
        var number = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;

        var forms = Forms().ToList();
        Assert.True(forms.Count >= 20, $"only {forms.Count} form handlers found");
        var victims = new List<(string Iin, HttpClient Client)>();
        foreach (var iin in new[] { DemoData.Aigerim.Iin, DemoData.PscOperator.Iin, DemoData.LandExecutor.Iin, DemoData.Administrator.Iin })
        {
            victims.Add((iin, await host.Factory.SignedInAsync(iin)));
        }

        var before = await CountsAsync();
        foreach (var (iin, victim) in victims)
        {
            foreach (var (route, handler) in forms)
            {
                var url = Regex.Replace(route.Replace("{number}", number, StringComparison.Ordinal), "\\{[^}]+\\}", "x");
                using var request = new HttpRequestMessage(HttpMethod.Post, handler.Length == 0 ? url : $"{url}?handler={handler}")
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["id"] = DemoData.Almas.Iin,
                        ["Iin"] = DemoData.Almas.Iin,
                        ["trigger"] = "withdraw",
                        ["Number"] = number,
                        ["reason"] = "x",
                    }),
                };
                request.Headers.Add("Origin", "https://evil.example");
                request.Headers.Referrer = new Uri("https://evil.example/attack.html");
                var response = await victim.SendAsync(request, Ct);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{iin} POST {request.RequestUri}: {status} {response.Headers.Location}");
            }
        }

        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Applications, int Events, int Audit, int Sessions, int Otp)> CountsAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return (await db.Applications.CountAsync(Ct), await db.ApplicationEvents.CountAsync(Ct),
            await db.Audit.CountAsync(Ct) + await db.AuditPending.CountAsync(Ct), await db.Sessions.CountAsync(Ct), await db.OtpChallenges.CountAsync(Ct));
    }

    /// <summary>Every page's route (its @page line) with each of its POST handlers ("" for OnPost/OnPostAsync).</summary>
    private static IEnumerable<(string Route, string Handler)> Forms()
    {
        var src = Path.Combine(SecurityHeadersTests.RepositoryRoot(), "src");
        foreach (var page in Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var directive = PageDirective().Match(File.ReadAllText(page));
            var model = page + ".cs";
            if (!directive.Success || !File.Exists(model))
            {
                continue;
            }

            var route = directive.Groups["route"].Value;
            if (route.StartsWith("/error", StringComparison.Ordinal))
            {
                continue; // the error page takes no form of its own (it is re-executed for failed posts)
            }

            foreach (var handler in PostHandler().Matches(File.ReadAllText(model)).Select(m => m.Groups["name"].Value).Distinct())
            {
                yield return (route, handler);
            }
        }
    }

    [GeneratedRegex("^@page \"(?<route>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex PageDirective();

    [GeneratedRegex("\\bOnPost(?<name>\\w*?)(Async)?\\(")]
    private static partial Regex PostHandler();
}
