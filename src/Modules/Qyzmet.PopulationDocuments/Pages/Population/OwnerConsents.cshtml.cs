using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;

namespace Qyzmet.PopulationDocuments.Pages.Population;

/// <summary>
/// The dwelling owner's co-signature of a portal registration (004.md §3.3 item 9: the request certified with the EDS of
/// the recipient and of the owner; D-607): the registrations naming the signed-in person as owner, each with "consent"
/// and "decline". The answer is certified with the owner's signing key in the browser (NCALayer, the development signer
/// or the key file read by the page); the platform receives only the detached signature over the answer's canonical form.
/// </summary>
[Authorize]
public sealed class OwnerConsentsModel(IOptions<TrustOptions> trust, IConfiguration config, IHostEnvironment environment) : PortalPage
{
    public IReadOnlyList<Application> Pending { get; private set; } = [];

    public Application? Confirming { get; private set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public bool Consent => Answer == "consent";

    public bool UncertifiedAllowed => SignedInUser.AuthMethod == AuthMethods.Development && !trust.Value.RequireSignature;

    public string NcaLayerUrls => NcaLayerSettings.Urls(config, environment);

    public string? CanonicalBase64 => Confirming is { } app ? Convert.ToBase64String(OwnerConsents.CanonicalForm(app.Number, Consent, SignedInUser.Id)) : null;

    private OwnerConsents Consents => HttpContext.RequestServices.GetRequiredService<OwnerConsents>();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Pending = await Consents.PendingAsync(SignedInUser, ct);
        Done = string.IsNullOrEmpty(done) ? null : done;
    }

    /// <summary>The first click on an answer opens its confirmation; nothing is recorded yet.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await ConfirmationStepAsync(ct);

    /// <summary>Records the answer certified with the owner's signature (or, in a development session, uncertified).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? signature, CancellationToken ct)
    {
        var page = await ConfirmationStepAsync(ct);
        if (Confirming is null)
        {
            return page;
        }

        try
        {
            await Consents.AnswerAsync(SignedInUser, Confirming.Number, Consent, new OwnerAnswerRequest(string.IsNullOrWhiteSpace(signature) ? null : signature.Trim(), null), ct);
            return Redirect("/population/owner-consents?done=" + Uri.EscapeDataString(Confirming.Number));
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
    }

    private async Task<IActionResult> ConfirmationStepAsync(CancellationToken ct)
    {
        Pending = await Consents.PendingAsync(SignedInUser, ct);
        Confirming = Answer is "consent" or "decline" ? Pending.FirstOrDefault(a => a.Number == Number) : null;
        return Confirming is null ? Redirect("/population/owner-consents") : Page();
    }
}
