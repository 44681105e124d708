using System.Text.RegularExpressions;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// The site menu is what the platform and the modules registered (D-347), and each person sees only the links for their
/// role and unit: issue 11 "operators do not see citizen-only menu items («marriage consent»)", citizens see no desks.
/// </summary>
public sealed partial class MenuPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> People => new()
    {
        { "signed-out", "/ Услуги | /applications Мои заявления | /inbox Уведомления | /cabinet/complaints Мои жалобы | /cabinet/access-log Кто просматривал мои данные | /queue Электронная очередь" },
        { DemoData.Aigerim.Iin, "/ Услуги | /applications Мои заявления | /inbox Уведомления | /cabinet/complaints Мои жалобы | /cabinet/access-log Кто просматривал мои данные | /population Документы и регистрация | /land/map Карта участков | /queue Электронная очередь | /civil-registry/consents Согласие на брак" },
        { DemoData.PscOperator.Iin, "/ Услуги | /applications Заявления | /population/psc Документы и регистрация | /land/map Карта участков | /queue/window Электронная очередь | /psc Оператор ЦОН | /complaints/new Подать жалобу на подразделение" },
        { DemoData.RegistryExecutor.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы | /desk/civil-registry Рабочее место отдела ЗАГС" },
        { Qyzmet.RealEstateCadastre.CadastreDemoData.Inspector.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы | /cadastre/desk Техобследование" },
        { DemoData.LandExecutor.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы" },
        { Qyzmet.PopulationDocuments.PopulationDemoData.Staff[4].Iin, "/ Услуги | /applications Заявления | /population/production Документы и регистрация | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы" },
        { Qyzmet.PscQueue.QueueDemoData.AlmatyHead.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /queue/supervisor Электронная очередь | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы" },
        // D-726: the quality authority's officer answers its complaints at the complaints desk.
        { DemoData.QualityHead.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы" },
        { DemoData.Administrator.Iin, "/ Услуги | /applications Заявления | /land/map Карта участков | /desk Рабочее место | /desk/tasks Задачи | /desk/complaints Жалобы | /monitoring Мониторинг государственных услуг" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task Menu_ShowsOnlyTheLinksForTheRole(string who, string expected)
    {
        using var browser = host.Browser();
        if (who != "signed-out")
        {
            await CivilRegistryPageTests.SignInAsync(browser, who);
        }

        var page = await browser.GetStringAsync("/?lang=ru", Ct);
        Assert.Equal(expected, string.Join(" | ", Links(page)));
    }

    [Fact]
    public async Task Menu_MarksTheCurrentPage_AndSpeaksThePagesLanguage()
    {
        using var browser = host.Browser();
        await CivilRegistryPageTests.SignInAsync(browser, DemoData.RegistryExecutor.Iin);
        var page = await browser.GetStringAsync("/desk/civil-registry?lang=kk", Ct);
        Assert.Contains("<a href=\"/desk/civil-registry\" aria-current=\"page\">АХАЖ бөлімінің жұмыс орны</a>", page);
        Assert.Contains("<a href=\"/desk\">Жұмыс орны</a>", page);
        Assert.Contains("<a href=\"/land/map\">Учаскелер картасы</a>", page);
    }

    private static IEnumerable<string> Links(string html)
    {
        var nav = Nav().Match(html);
        Assert.True(nav.Success, "the page has no main menu");
        return Link().Matches(nav.Value).Select(m => m.Groups["url"].Value + " " + System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value).Trim());
    }

    [GeneratedRegex("<nav class=\"main-nav\"[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex("<a href=\"(?<url>[^\"]+)\"[^>]*>(?<text>[^<]*)</a>")]
    private static partial Regex Link();
}
