using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>
/// Sign-in: with the authentication key through NCALayer in the browser (the challenge signed as XMLDSig on the
/// citizen's machine; no key file or password is ever sent here), with IIN + a one-time SMS password, or in
/// Development by choosing a demo account.
/// </summary>
public sealed class SignInModel(QyzmetDbContext db, IConfiguration config, IHostEnvironment environment, TrustSignIn signIn) : PortalPage
{
    public IReadOnlyList<UserInfo> People { get; private set; } = [];

    public IReadOnlyList<UserInfo> StaffMembers { get; private set; } = [];

    /// <summary>The units' names by id, so the demo list names a staff member's unit, not its code.</summary>
    public IReadOnlyDictionary<string, LocalizedText> UnitNames { get; private set; } = new Dictionary<string, LocalizedText>();

    /// <summary>The staff member's role and unit as a person reads them.</summary>
    public string StaffLabel(UserInfo s) =>
        Roles.Label(s.Role).For(Language.Current) + " · " + (s.UnitId is { } unit && UnitNames.TryGetValue(unit, out var name) ? name.For(Language.Current) : "—");

    public bool DevelopmentSignIn => DevSignIn.Enabled(config, environment);

    public string NcaLayerUrls => NcaLayerSettings.Urls(config, environment);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Iin { get; set; }

    public Guid? OtpChallengeId { get; private set; }

    public string? OtpPhone { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Development sign-in as a demo account.</summary>
    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken ct) =>
        await Attempt(() => DevSignIn.FindAsync(db, config, environment, id ?? "", ct), ct);

    /// <summary>
    /// Sign-in with the challenge's XML signed by the authentication key in the browser (NCALayer signXml, eds.js): the
    /// key never reaches the server, only the signed document does.
    /// </summary>
    public async Task<IActionResult> OnPostXmlAsync(string? signedXml, CancellationToken ct) =>
        await Attempt(() => signIn.WithSignedXmlAsync(signedXml ?? "", ct), ct);

    /// <summary>Sign-in with the nonce signed as detached CMS in the browser from a key file opened there (keyfile.js).</summary>
    public async Task<IActionResult> OnPostCmsAsync(string? nonce, string? signature, CancellationToken ct) =>
        await Attempt(() => signIn.WithCertificateAsync(nonce ?? "", signature ?? "", ct), ct);

    public async Task<IActionResult> OnPostRequestOtpAsync(CancellationToken ct)
    {
        try
        {
            var issued = await signIn.RequestOtpAsync(Iin?.Trim() ?? "", ct);
            OtpChallengeId = issued.ChallengeId;
            OtpPhone = issued.MaskedPhone;
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500)
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = TooMany(e) ?? StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmOtpAsync(Guid challengeId, string? code, CancellationToken ct)
    {
        OtpChallengeId = challengeId;
        return await Attempt(() => signIn.WithOtpAsync(challengeId, Iin?.Trim() ?? "", code ?? "", ct), ct);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }

    private async Task<IActionResult> Attempt(Func<Task<UserInfo>> signInWith, CancellationToken ct)
    {
        try
        {
            var user = await signInWith();
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CurrentUser.Principal(user));
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/applications");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500)
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = TooMany(e) ?? (e.Error.Status == 404 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
            await LoadAsync(ct);
            return Page();
        }
    }

    /// <summary>Issue 17 (D-802): "too many attempts" stays a 429 with Retry-After on the page too (its message is shown).</summary>
    private int? TooMany(QyzmetException e)
    {
        if (e.Error.Status != StatusCodes.Status429TooManyRequests)
        {
            return null;
        }

        if (e.Arguments.FirstOrDefault() is int seconds)
        {
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return StatusCodes.Status429TooManyRequests;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!DevelopmentSignIn)
        {
            return;
        }

        var people = await db.People.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        People = [.. people.Select(p => new UserInfo(p.Iin, p.FullName, Roles.Applicant, null))];
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.Role).ThenBy(s => s.FullName).ToListAsync(ct);
        StaffMembers = [.. staff.Select(s => new UserInfo(s.Iin, s.FullName, s.Role, s.UnitId))];
        UnitNames = (await db.ProviderUnits.AsNoTracking().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Label());
    }
}
