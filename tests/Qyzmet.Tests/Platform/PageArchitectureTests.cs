using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Host;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Pages;

namespace Qyzmet.Tests.Platform;

/// <summary>
/// Where the pages live (issue 11, ADR 0014): a service area's pages are in its module, a Razor class library; the
/// shared layout, partials and page base are in the portal library; the host keeps only the pages that belong to no
/// service area. Every address a page had before the move still answers, from the module that owns it.
/// </summary>
public sealed class PageArchitectureTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The host's own pages (ADR 0014): the citizen-wide pages of no service area (catalog, apply, application,
    /// cabinet, inbox, sign-in, verification, PSC desk, error page). A module's page added here fails the build.
    /// </summary>
    private static readonly string[] HostPages =
    [
        "Pages/_ViewImports.cshtml",
        "Pages/Applications/Details.cshtml",
        "Pages/Applications/Index.cshtml",
        "Pages/Applications/PaymentReturn.cshtml",
        "Pages/Applications/_List.cshtml",
        "Pages/Apply.cshtml",
        "Pages/Cabinet/AccessLog.cshtml",
        "Pages/Cabinet/Complaints.cshtml",
        "Pages/Cabinet/FileComplaint.cshtml",
        "Pages/Error.cshtml",
        "Pages/Inbox.cshtml",
        "Pages/Index.cshtml",
        "Pages/Psc.cshtml",
        "Pages/Services/Details.cshtml",
        "Pages/SignIn.cshtml",
        "Pages/Verify.cshtml",
    ];

    /// <summary>
    /// The portal's own pages (ADR 0014): the clerk's workbench that every provider desk shares (issue 11), which knows
    /// procedures and units through the platform and no module; and the task desk where every unit answers its parallel
    /// tasks (ADR 0015, issue 13 pages), a kernel capability other services use too.
    /// </summary>
    private static readonly string[] PortalPages = ["Pages/Desk/Application.cshtml", "Pages/Desk/Index.cshtml", "Pages/Desk/Task.cshtml", "Pages/Desk/Tasks.cshtml", "Pages/Desk/Complaints.cshtml", "Pages/Desk/Protocols.cshtml", "Pages/Monitoring/Index.cshtml"];

    /// <summary>Each module page's address before the move (issue 11), and the module that now serves it.</summary>
    public static TheoryData<string, string> ModulePageRoutes => new()
    {
        { "cadastre/desk", "Qyzmet.RealEstateCadastre" },
        { "cadastre/extension/{number}", "Qyzmet.RealEstateCadastre" },
        { "civil-registry/consents", "Qyzmet.CivilRegistry" },
        { "desk/civil-registry", "Qyzmet.CivilRegistry" },
        { "land/apply", "Qyzmet.Land" },
    };

    private static string Root => ProcedureDeclarationTests.RepositoryRoot();

    [Fact]
    public void HostProject_HoldsNoModulePages_OnlyTheCitizenWidePagesTheAdrAllows()
    {
        var pages = Path.Combine(Root, "src", "Qyzmet.Host", "Pages");
        var found = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Root, "src", "Qyzmet.Host"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var foreign = found.Except(HostPages).ToList();
        Assert.True(foreign.Count == 0,
            "Pages of a service area belong in its module (src/Modules/<Module>/Pages/<Area>/), shared views in "
            + "src/Kernel/Qyzmet.Portal/Pages/Shared (ADR 0014); found in the host: " + string.Join(", ", foreign));
    }

    [Fact]
    public void EveryProjectWithPages_IsARazorClassLibrary_OnThePortal_AndTheHostIsReferencedByNone()
    {
        var projects = Directory.GetDirectories(Path.Combine(Root, "src", "Modules"))
            .Append(Path.Combine(Root, "src", "Kernel", "Qyzmet.Portal"));
        var withPages = 0;
        foreach (var dir in projects)
        {
            var name = Path.GetFileName(dir);
            var csproj = XDocument.Load(Path.Combine(dir, name + ".csproj"));
            var references = csproj.Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value.Replace('\\', '/')).ToList();
            Assert.DoesNotContain(references, r => r.EndsWith("Qyzmet.Host.csproj", StringComparison.Ordinal));
            var views = Directory.EnumerateFiles(dir, "*.cshtml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal)).ToList();
            if (views.Count == 0)
            {
                continue;
            }

            withPages++;
            Assert.True(csproj.Root!.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Razor", $"{name} has pages: its project must use Sdk=\"Microsoft.NET.Sdk.Razor\".");
            Assert.True(csproj.Descendants("AddRazorSupportForMvc").Any(e => e.Value.Trim() == "true"), $"{name} has pages: it needs <AddRazorSupportForMvc>true</AddRazorSupportForMvc>.");
            Assert.All(views, v => Assert.StartsWith("Pages/", v, StringComparison.Ordinal));
            Assert.Contains("Pages/_ViewImports.cshtml", views);
            if (name != "Qyzmet.Portal")
            {
                Assert.Contains(references, r => r.EndsWith("Qyzmet.Portal/Qyzmet.Portal.csproj", StringComparison.Ordinal));
                Assert.DoesNotContain(views, v => v.StartsWith("Pages/Shared/", StringComparison.Ordinal) || v.EndsWith("/_Layout.cshtml", StringComparison.Ordinal));
            }
        }

        Assert.True(withPages >= 3, "the portal and the modules with pages (civil registry, real-estate cadastre) were not found");
        var portal = XDocument.Load(Path.Combine(Root, "src", "Kernel", "Qyzmet.Portal", "Qyzmet.Portal.csproj"));
        Assert.DoesNotContain(portal.Descendants("ProjectReference"), r => r.Attribute("Include")!.Value.Contains("Modules", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModulePageRoutes))]
    public void ModulePage_KeepsItsAddress_AndIsServedFromItsModule(string route, string module)
    {
        var owners = PageRoutes().Where(p => p.Route == route).Select(p => p.Assembly).Distinct().ToList();
        Assert.Equal([module], owners);
        Assert.Contains(HostModules.All, m => m.GetType().Assembly.GetName().Name == module);
    }

    [Fact]
    public void EveryPageTheHostServes_ComesFromTheHostList_OrAComposedModule()
    {
        var modules = HostModules.All.Select(m => m.GetType().Assembly.GetName().Name!).ToHashSet();
        foreach (var (route, assembly, path) in PageRoutes())
        {
            if (assembly == "Qyzmet.Host")
            {
                Assert.Contains(path.TrimStart('/'), HostPages);
            }
            else if (assembly == "Qyzmet.Portal")
            {
                Assert.Contains(path.TrimStart('/'), PortalPages);
            }
            else
            {
                Assert.True(modules.Contains(assembly), $"/{route} ({path}) is served from {assembly}, which is not a module in HostModules.All.");
            }
        }
    }

    [Fact]
    public async Task ModulePage_GetsTheSharedLayout_AndAStaleFormThere_GetsTheStaleFormPage()
    {
        using var browser = host.Browser();
        await CivilRegistryPageTests.SignInAsync(browser, DemoData.Aigerim.Iin);
        var page = await browser.GetAsync("/civil-registry/consents?lang=ru", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"ru\"", html);
        Assert.Contains("href=\"/css/site.css\"", html);
        Assert.Contains(UiTexts.All["MarriageConsents"].Ru, html);

        // The anti-forgery check and the host's StaleFormFilter apply to a module's pages too.
        using var stale = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "stale", ["Number"] = "2026-0000001" });
        var response = await browser.PostAsync("/civil-registry/consents?lang=ru", stale, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ErrorResponses.StaleForm.Ru, await response.Content.ReadAsStringAsync(Ct));

        // The shared stylesheet keeps its address (the host's wwwroot).
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/css/site.css", Ct)).StatusCode);
    }

    private IEnumerable<(string Route, string Assembly, string Path)> PageRoutes()
    {
        _ = host.Server;
        return host.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (e, d: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.d is CompiledPageActionDescriptor)
            .Select(x => ((x.e.RoutePattern.RawText ?? "").TrimStart('/'),
                ((CompiledPageActionDescriptor)x.d!).HandlerTypeInfo.Assembly.GetName().Name!,
                x.d!.RelativePath))
            .ToList();
    }
}
