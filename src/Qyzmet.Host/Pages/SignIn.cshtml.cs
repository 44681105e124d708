using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Pages;

/// <summary>
/// Sign-in: with a key file (PKCS#12 + password, opened in memory for this request only and never stored; the server
/// signs its own challenge with the authentication key, as NCALayer would on the citizen's machine), with IIN + a
/// one-time SMS password, or in Development by choosing a demo account.
/// </summary>
public sealed class SignInModel(QyzmetDbContext db, IConfiguration config, IHostEnvironment environment, TrustSignIn signIn, DocumentSigner signer) : PortalPage
{
    public IReadOnlyList<UserInfo> People { get; private set; } = [];

    public IReadOnlyList<UserInfo> StaffMembers { get; private set; } = [];

    /// <summary>The units' names by id, so the demo list names a staff member's unit, not its code.</summary>
    public IReadOnlyDictionary<string, LocalizedText> UnitNames { get; private set; } = new Dictionary<string, LocalizedText>();

    /// <summary>The staff member's role and unit as a person reads them.</summary>
    public string StaffLabel(UserInfo s) =>
        Roles.Label(s.Role).For(Language.Current) + " · " + (s.UnitId is { } unit && UnitNames.TryGetValue(unit, out var name) ? name.For(Language.Current) : "—");

    public bool DevelopmentSignIn => DevSignIn.Enabled(config, environment);

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

    public async Task<IActionResult> OnPostKeyFileAsync(IFormFile? keyFile, string? password, CancellationToken ct) =>
        await Attempt(async () =>
        {
            using var certificate = await OpenKeyFileAsync(keyFile, password, ct);
            var (nonce, _) = signIn.NewChallenge();
            var signature = signer.SignDetached(Encoding.UTF8.GetBytes(nonce), certificate);
            return await signIn.WithCertificateAsync(nonce, Convert.ToBase64String(signature), ct);
        }, ct);

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
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
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

    /// <summary>Opens an uploaded PKCS#12 in memory (ephemeral key set: nothing reaches a key store or the disk).</summary>
    internal static async Task<X509Certificate2> OpenKeyFileAsync(IFormFile? keyFile, string? password, CancellationToken ct)
    {
        if (keyFile is null || keyFile.Length is 0 or > 64 * 1024)
        {
            throw new QyzmetException(TrustErrors.KeyFileInvalid);
        }

        using var buffer = new MemoryStream();
        await keyFile.CopyToAsync(buffer, ct);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12(buffer.ToArray(), password ?? "", X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                certificate.Dispose();
                throw new QyzmetException(TrustErrors.KeyFileInvalid);
            }

            return certificate;
        }
        catch (CryptographicException)
        {
            throw new QyzmetException(TrustErrors.KeyFileInvalid);
        }
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
            Response.StatusCode = e.Error.Status == 404 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
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
