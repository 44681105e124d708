using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal;

/// <summary>
/// One link of the site menu, contributed by the platform or by a module in its setup (issue 11 "operators do not see
/// citizen-only menu items"; decision D-347): its address, its label in kk/ru/en, the roles that see it and, for a
/// unit's own desk, the units (by id prefix) whose staff see it. The layout shows a person only the links for them.
/// </summary>
public sealed record MenuItem(string Url, LocalizedText Label, IReadOnlyCollection<string> Roles, int Order)
{
    /// <summary>Only staff of units whose id starts with this (e.g. "civil-registry-"); null: any unit.</summary>
    public string? UnitPrefix { get; init; }

    public bool IsFor(UserInfo? user) => user is null
        ? Roles.Contains(MenuAudience.SignedOut)
        : Roles.Contains(user.Role) && (UnitPrefix is null || user.UnitId?.StartsWith(UnitPrefix, StringComparison.Ordinal) == true);
}

/// <summary>The role sets menu items are given to.</summary>
public static class MenuAudience
{
    /// <summary>Not a role: a visitor who has not signed in.</summary>
    public const string SignedOut = "signed-out";

    /// <summary>Everybody, signed in or not.</summary>
    public static readonly IReadOnlyCollection<string> Everyone = [SignedOut, Platform.Identity.Roles.Applicant, .. Platform.Identity.Roles.Staff];

    /// <summary>The citizen's cabinet: applicants, and visitors (who are sent to sign in).</summary>
    public static readonly IReadOnlyCollection<string> Citizens = [SignedOut, Platform.Identity.Roles.Applicant];

    /// <summary>Signed-in applicants only (e.g. "consent to marry": never an operator or a clerk).</summary>
    public static readonly IReadOnlyCollection<string> Applicants = [Platform.Identity.Roles.Applicant];

    /// <summary>Anyone signed in.</summary>
    public static readonly IReadOnlyCollection<string> SignedIn = [Platform.Identity.Roles.Applicant, .. Platform.Identity.Roles.Staff];

    /// <summary>Every staff role.</summary>
    public static readonly IReadOnlyCollection<string> Staff = Platform.Identity.Roles.Staff;

    /// <summary>Staff who work at a provider's desk: every staff role but the PSC operator (who has the PSC desk).</summary>
    public static readonly IReadOnlyCollection<string> DeskStaff = [.. Platform.Identity.Roles.Staff.Where(r => r != Platform.Identity.Roles.PscOperator)];

    public static readonly IReadOnlyCollection<string> PscOperators = [Platform.Identity.Roles.PscOperator];
}

/// <summary>The menu as registered: the platform's links and every module's (D-347).</summary>
public sealed class PortalMenu(IEnumerable<MenuItem> items)
{
    private readonly MenuItem[] _items = [.. items.OrderBy(i => i.Order).ThenBy(i => i.Url, StringComparer.Ordinal)];

    public IReadOnlyList<MenuItem> Items => _items;

    /// <summary>The links the person sees, in menu order.</summary>
    public IReadOnlyList<MenuItem> For(UserInfo? user) => [.. _items.Where(i => i.IsFor(user))];
}

public static class PortalMenuRegistration
{
    /// <summary>A module's (or the platform's) link in the site menu; call it in the module's <c>AddServices</c>.</summary>
    public static IServiceCollection AddMenuItem(this IServiceCollection services, MenuItem item)
    {
        services.AddSingleton(item);
        services.TryAddSingleton<PortalMenu>();
        return services;
    }

    /// <summary>The platform's own links: the catalog, the citizen's cabinet (with "My complaints", D-731), the PSC's complaint registration (D-730), the staff's application list, the PSC desk and the workbench.</summary>
    public static IServiceCollection AddPortalMenu(this IServiceCollection services) => services
        .AddMenuItem(new("/", UiTexts.All["Services"], MenuAudience.Everyone, 0))
        .AddMenuItem(new("/applications", UiTexts.All["MyApplications"], MenuAudience.Citizens, 10))
        .AddMenuItem(new("/applications", UiTexts.All["StaffApplications"], MenuAudience.Staff, 10))
        .AddMenuItem(new("/inbox", UiTexts.All["Inbox"], MenuAudience.Citizens, 20))
        .AddMenuItem(new("/cabinet/complaints", UiTexts.All["Complaints.Mine"], MenuAudience.Citizens, 25))
        .AddMenuItem(new("/cabinet/access-log", UiTexts.All["AccessLog"], MenuAudience.Citizens, 30))
        .AddMenuItem(new("/psc", UiTexts.All["PscDesk"], MenuAudience.PscOperators, 50))
        .AddMenuItem(new("/complaints/new", UiTexts.All["Complaints.AboutUnit"], MenuAudience.PscOperators, 51))
        .AddMenuItem(new("/desk", UiTexts.All["Desk.Title"], MenuAudience.DeskStaff, 60))
        .AddMenuItem(new("/desk/tasks", UiTexts.All["Tasks.Menu"], MenuAudience.DeskStaff, 61))
        .AddMenuItem(new("/desk/complaints", UiTexts.All["Complaints.Desk"], MenuAudience.DeskStaff, 62))
        .AddMenuItem(new("/monitoring", UiTexts.All["Mon.Title"], [Platform.Identity.Roles.MonitoringOfficer, Platform.Identity.Roles.Administrator], 90));
}
