using System.Net;
using System.Text.RegularExpressions;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 11 "Language and wording": service pages state the term and the cost in plain words, a repealed act is history,
/// and the verification page speaks the reader's language (D-325, D-326).
/// </summary>
public sealed partial class PlainWordingPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    /// <summary>What an analyst writes about a regulation, never what a citizen reads (kk/ru/en).</summary>
    private static readonly string[] AnalystPhrases =
    [
        "не указан", "не указано", "отсылк", "регламент ссылается", "в тексте", "по прочтению", "нормы времени", "процесс ",
        "көрсетілмеген", "сілтеме жаса", "мәтінде", "-процесс", "үдеріс",
        "not stated", "defers to", "deferred to", "is read as", "per-step", "process ", "not specified", "the text",
        "Standard No.", "стандарт № ", "стандарте № ", "стандартқа", "Статус не указан", "Мәртебесі көрсетілмеген",
    ];

    public static TheoryData<string, string> EveryCatalogPage()
    {
        var data = new TheoryData<string, string>();
        foreach (var lang in new[] { "kk", "ru", "en" })
        {
            data.Add("/", lang);
            foreach (var s in ServiceCatalog.All)
            {
                data.Add("/services/" + s.Id, lang);
            }
        }

        return data;
    }

    // Issue 11: "Service pages state the term and the cost plainly (from the standard), not analyst notes"; D-325.
    [Theory]
    [MemberData(nameof(EveryCatalogPage))]
    public async Task CatalogPages_ShowNoAnalystNotes(string path, string lang)
    {
        using var browser = host.Browser();
        var html = await browser.GetStringAsync($"{path}?lang={lang}", TestContext.Current.CancellationToken);
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        foreach (var phrase in AnalystPhrases)
        {
            Assert.False(text.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"{path} ({lang}) reads \"{phrase}\": {Around(text, phrase)}");
        }
    }

    // Issue 11: "a repealed legal basis is shown as history, not as the basis"; D-325.
    [Theory]
    [InlineData("land.cadastral-info", "ru", "Ранее: ", "утратил силу приказом Министра регионального развития РК от 16 мая 2014 года № 138/НҚ")]
    [InlineData("civil-registry.status-reference", "kk", "Бұрын: ", "№ 389 бұйрығымен күші жойылған")]
    [InlineData("population-documents.passport-id-card", "ru", "Ранее: ", "утратил силу постановлением Правительства РК от 12 октября 2015 года № 821")]
    public async Task RepealedAct_IsShownAsHistory_NotAsTheBasis(string id, string lang, string former, string repealedBy)
    {
        using var browser = host.Browser();
        var html = await browser.GetStringAsync($"/services/{id}?lang={lang}", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("data-testid=\"basis\"", html);
        var history = Regex.Match(html, "data-testid=\"former-basis\">([^<]*)<").Groups[1].Value;
        history = WebUtility.HtmlDecode(history);
        Assert.StartsWith(former, history, StringComparison.Ordinal);
        Assert.Contains(repealedBy, history, StringComparison.Ordinal);
        Assert.DoesNotContain(UiTexts.All["LegalStatus.InForce"].For(lang), html);
    }

    [Fact]
    public async Task EveryRepealedAct_IsHistory_AndEveryOtherIsTheBasis()
    {
        using var browser = host.Browser();
        foreach (var s in ServiceCatalog.All)
        {
            var html = await browser.GetStringAsync($"/services/{s.Id}?lang=ru", TestContext.Current.CancellationToken);
            var repealed = s.Source.Status == LegalStatus.Repealed;
            Assert.True(html.Contains("data-testid=\"former-basis\"", StringComparison.Ordinal) == repealed, s.Id);
            Assert.True(html.Contains("data-testid=\"basis\"", StringComparison.Ordinal) == !repealed, s.Id);
        }
    }

    // D-325 (002.md §3.0; D-001): the land information services read "at once" and "free of charge".
    [Theory]
    [InlineData("kk", "Бірден: анықтама сұрау салған сәтте автоматты түрде беріледі.", "Тегін")]
    [InlineData("ru", "Сразу: справка выдаётся автоматически в момент запроса.", "Бесплатно")]
    public async Task LandService_StatesTermAndCostPlainly(string lang, string term, string cost)
    {
        using var browser = host.Browser();
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/services/land.cadastral-info?lang={lang}", TestContext.Current.CancellationToken));
        Assert.Contains(term, html);
        Assert.Matches($@"<dd>\s*{cost}\s*</dd>", html);
    }

    // Issue 11 "The verify page in Kazakh shows Kazakh content rows; the signer is a name, position and unit"; D-326, D-304.
    [Theory]
    [InlineData("kk", "Анықтама түрі", "Туу туралы анықтама", "Вид справки", "Тіркеген орган")]
    [InlineData("ru", "Вид справки", "Справка о рождении", "Анықтама түрі", "Орган регистрации")]
    public async Task VerifyPage_ShowsTheContentAndTheSignerInThePagesLanguage(string lang, string kindLabel, string kind, string otherLabel, string officeLabel)
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await CivilRegistryPageTests.SignInAsync(browser, DemoData.Almas.Iin);
        var location = await CivilRegistryPageTests.ApplyAsync(browser, "civil-registry.status-reference", new Dictionary<string, string>
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "24.08.2009",
            ["field.birthPlace"] = "Аршалы",
            ["field.parents"] = "СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ",
        });
        await Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, browser, location);

        var page = await browser.GetStringAsync(location, ct);
        var verify = Regex.Match(page, "href=\"(/verify/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.NotEmpty(verify);

        using var anyone = host.Browser();
        var html = WebUtility.HtmlDecode(await anyone.GetStringAsync($"{verify}?lang={lang}", ct));
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];
        Assert.Contains($"<td>{kindLabel}</td>", table);
        Assert.Contains($"<td>{kind}</td>", table);
        Assert.Contains($"<td>{officeLabel}</td>", table);
        Assert.DoesNotContain($"<td>{otherLabel}</td>", table);

        // The signer: name, position and unit in this language; no IIN, no role id, no unit id, no certificate subject.
        var position = UiTexts.All["Role.provider-head"].For(lang);
        Assert.Contains(position, html);
        // Алмас lives in Akmola region: the reference comes from that office, signed by its head (D-214, D-304).
        Assert.Contains(lang == "kk" ? "Ақмола облысының Әділет департаментінің АХАЖ бөлімі" : "Отдел ЗАГС Департамента юстиции Акмолинской области", html);
        Assert.Contains("НҰРПЕЙІСОВА ЖАНАТ", html);
        foreach (var raw in new[] { "provider-head", "civil-registry-11", "CN=", "SERIALNUMBER", "760119403114" })
        {
            Assert.DoesNotContain(raw, html);
        }
    }

    // Issue 11 "Buttons are verbs («Отказать», not the status «Отказано»)": every button on the pages a citizen and an
    // operator use names an action: a verb (kk: a verbal noun in -у/-ю; ru: an infinitive), never a status or an answer.
    [Fact]
    public async Task Buttons_AreVerbs()
    {
        using var igor = host.Browser();
        await CivilRegistryPageTests.SignInAsync(igor, DemoData.Igor.Iin);
        var marriage = await CivilRegistryPageTests.ApplyAsync(igor, "civil-registry.marriage-application", new()
        {
            ["field.otherIin"] = DemoData.Mira.Iin,
            ["field.office"] = "civil-registry-75",
            ["field.desiredDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        });
        using var mira = host.Browser();
        await CivilRegistryPageTests.SignInAsync(mira, DemoData.Mira.Iin);
        using var almas = host.Browser();
        await CivilRegistryPageTests.SignInAsync(almas, DemoData.Almas.Iin);
        var unpaid = await CivilRegistryPageTests.ApplyAsync(almas, "civil-registry.status-reference", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "24.08.2009",
            ["field.birthPlace"] = "Аршалы",
            ["field.parents"] = "СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ",
        });
        using var psc = host.Browser();
        await CivilRegistryPageTests.SignInAsync(psc, DemoData.PscOperator.Iin);
        using var anonymous = host.Browser();
        foreach (var lang in new[] { "kk", "ru" })
        {
            var pages = new List<(string Name, string Html)>
        {
            ("sign-in", await anonymous.GetStringAsync($"/signin?lang={lang}", TestContext.Current.CancellationToken)),
            ("apply", await almas.GetStringAsync($"/apply/civil-registry.status-reference?lang={lang}", TestContext.Current.CancellationToken)),
            ("application awaiting payment", await almas.GetStringAsync($"{unpaid}?lang={lang}", TestContext.Current.CancellationToken)),
            ("application awaiting consent", await igor.GetStringAsync($"{marriage}?lang={lang}", TestContext.Current.CancellationToken)),
            ("consents", await mira.GetStringAsync($"/civil-registry/consents?lang={lang}", TestContext.Current.CancellationToken)),
            ("psc desk", await psc.GetStringAsync(await DeskPages.OpenPersonAsync(psc, "/psc", DemoData.Aigerim.Iin) + "&lang=" + lang, TestContext.Current.CancellationToken)),
        };
            Assert.Contains(marriage["/applications/".Length..], pages.Single(p => p.Name == "consents").Html);
            var verb = lang == "kk" ? VerbKk() : VerbRu();
            var buttons = pages.SelectMany(p => ButtonText().Matches(p.Html).Select(m => (p.Name, Text: WebUtility.HtmlDecode(Tags().Replace(m.Groups["text"].Value, " ")).Trim())))
                .Where(b => b.Text.Length > 0 && b.Text != b.Text.ToUpperInvariant()) // the demo accounts are buttons named after people
                .ToList();
            Assert.Contains(buttons, b => b.Name == "consents");
            foreach (var (name, text) in buttons)
            {
                Assert.True(verb.IsMatch(text), $"{name} ({lang}): the button \"{text}\" does not name an action");
            }
        }
    }

    private static string Around(string text, string phrase)
    {
        var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return text.Substring(Math.Max(0, i - 80), Math.Min(200, text.Length - Math.Max(0, i - 80)));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<button(?![^>]*aria-controls)[^>]*>(?<text>.*?)</button>", RegexOptions.Singleline)]
    private static partial Regex ButtonText();

    // A Kazakh verbal noun (кіру, төлеу, жіберу, келісім беру) somewhere in the label.
    [GeneratedRegex(@"\p{L}{2,}(у|ю)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbKk();

    // A Russian infinitive (войти, оплатить, найти, отказаться) somewhere in the label.
    [GeneratedRegex(@"\p{L}{2,}(ть|ти|чь|ться|тись)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRu();
}
