using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Api;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 14 item 7: the queue's pages (citizen booking, home visit, kiosk, operator window, supervisor, board) read in
/// Kazakh and in Russian, show no internal id (centre or service ids, statuses) and no English.
/// </summary>
public sealed partial class QueuePageTests(PortalHost host) : IClassFixture<PortalHost>
{
    public static TheoryData<string, string?, string, string> Pages => new()
    {
        { "/queue", DemoData.Aigerim.Iin, "ХҚКО кезегіне жазылу", "Запись в очередь ЦОН" },
        { "/queue?CentreId=psc-almaty-1&Service=population-documents.address-reference&Date=2026-12-01", DemoData.Aigerim.Iin, "Бос уақыт", "Свободное время" },
        { "/queue/home-visit", DemoData.Aigerim.Iin, "Үйге бару", "Выезд на дом" },
        { "/queue/kiosk", null, "Орталықты таңдаңыз", "Выберите центр" },
        { "/queue/kiosk?centre=psc-almaty-1", null, "Брондалған уақытқа тіркелу", "Отметиться по брони" },
        { "/queue/window", DemoData.PscOperator.Iin, "Оператор терезесі", "Окно оператора" },
        { "/queue/supervisor", QueueDemoDataIins.AlmatyHead, "Орталық кезегінің мониторингі", "Мониторинг очереди центра" },
        { "/queue/board?centre=psc-almaty-1", null, "Электрондық табло", "Электронное табло" },
        { "/queue/supervisor/hours", QueueDemoDataIins.AlmatyHead, "Орталықтың жұмыс уақыты", "Часы работы центра" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task QueuePage_ReadsInKazakhAndRussian_WithoutInternalIds(string path, string? signIn, string kk, string ru)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var (lang, title) in new[] { ("kk", kk), ("ru", ru) })
        {
            using var browser = host.Browser();
            if (signIn is not null)
            {
                (await browser.PostAsJsonAsync("/api/dev/sign-in", new { id = signIn }, ct)).EnsureSuccessStatusCode();
            }

            var response = await browser.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} {lang}: {(int)response.StatusCode}");
            Assert.Contains(title, html);
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
            var text = WebUtility.HtmlDecode(Tags().Replace(main, " "));
            Assert.DoesNotContain("psc-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("population-documents", text, StringComparison.Ordinal);
            foreach (var english in new[] { "Queue", "Window", "Ticket", "Centre", "waiting", "active", "Book" })
            {
                Assert.DoesNotContain(english, text, StringComparison.Ordinal);
            }
        }
    }

    // D-652: the operator's window names who is next from the register and shows no IIN; the kiosk asks for the IIN as an
    // option. The ticket is written directly (the kiosk's hours depend on the wall clock here).
    [Fact]
    public async Task Window_ShowsWhoIsNextByName_NeverTheIin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>();
            var now = host.Clock.GetUtcNow();
            var day = Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(now);
            db.Add(new Qyzmet.PscQueue.Domain.QueueTicket
            {
                Id = Guid.CreateVersion7(),
                CentreId = "psc-almaty-1",
                Day = day,
                Number = 900,
                ServiceId = "population-documents.address-reference",
                Iin = DemoData.Nurlan.Iin,
                IssuedAt = now.UtcDateTime,
                WaitFrom = now.UtcDateTime,
                Status = "waiting",
            });
            await db.SaveChangesAsync(ct);
        }

        foreach (var lang in new[] { "kk", "ru" })
        {
            using var browser = host.Browser();
            (await browser.PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.PscOperator.Iin }, ct)).EnsureSuccessStatusCode();
            var html = await browser.GetStringAsync("/queue/window?lang=" + lang, ct);
            var next = html[html.IndexOf("data-testid=\"window-next\"", StringComparison.Ordinal)..];
            next = WebUtility.HtmlDecode(Tags().Replace(next[..next.IndexOf("</p>", StringComparison.Ordinal)], " "));
            Assert.Contains(DemoData.Nurlan.FullName, next, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoData.Nurlan.Iin, html, StringComparison.Ordinal);
            Assert.Contains(lang == "kk" ? "Талон беру" : "Выдать талон", html, StringComparison.Ordinal);
            Assert.Contains(lang == "kk" ? "ЖСН (міндетті емес" : "ИИН (необязательно", await browser.GetStringAsync("/queue/kiosk?centre=psc-almaty-1&lang=" + lang, ct), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
