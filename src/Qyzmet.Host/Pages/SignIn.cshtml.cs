using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>The development sign-in: choose a demo person or staff member (only when Qyzmet:DevelopmentSignIn is on).</summary>
public sealed class SignInModel(QyzmetDbContext db, IConfiguration config) : PortalPage
{
    public IReadOnlyList<UserInfo> People { get; private set; } = [];

    public IReadOnlyList<UserInfo> StaffMembers { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!DevSignIn.Enabled(config))
        {
            throw new QyzmetException(KernelErrors.NotFound, "/signin");
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken ct)
    {
        if (!DevSignIn.Enabled(config))
        {
            throw new QyzmetException(KernelErrors.NotFound, "/signin");
        }

        try
        {
            var user = await DevSignIn.FindAsync(db, config, id ?? "", ct);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CurrentUser.Principal(user));
        }
        catch (QyzmetException e) when (e.Error.Status == 404)
        {
            Error = e.LocalizedMessage(Language.Current);
            await LoadAsync(ct);
            return Page();
        }

        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/applications");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        People = [.. people.Select(p => new UserInfo(p.Iin, p.FullName, Roles.Applicant, null))];
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.Role).ThenBy(s => s.FullName).ToListAsync(ct);
        StaffMembers = [.. staff.Select(s => new UserInfo(s.Iin, s.FullName, s.Role, s.UnitId))];
    }
}
