using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.CivilRegistry.Pages.CivilRegistry;

/// <summary>
/// The other future spouse's consent to a marriage application (S2, decisions.md D-206): the applications naming
/// the signed-in citizen as the other spouse, each with "consent" and "decline". Choosing an answer opens its
/// confirmation: the answer is recorded only when certified with the person's signing key or the one-time code sent
/// to their registered phone (000.md para 4; D-318), and the page then says what was done and what happens next.
/// </summary>
[Authorize]
public sealed class ConsentsModel(CivilActDesk desk, IOptions<TrustOptions> trust, IConfiguration config, IHostEnvironment environment) : PortalPage
{
    public IReadOnlyList<Application> Pending { get; private set; } = [];

    /// <summary>The application whose answer is being confirmed (the confirmation step), or null on the list.</summary>
    public Application? Confirming { get; private set; }

    [BindProperty]
    public string? Number { get; set; }

    /// <summary>"consent" or "decline".</summary>
    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public Guid? OtpChallengeId { get; set; }

    [BindProperty]
    public string? OtpCode { get; set; }

    public string? OtpPhone { get; private set; }

    public string? Message { get; private set; }

    /// <summary>After an answer is recorded (PRG): the application number and the answer given.</summary>
    public (string Number, bool Consent)? Done { get; private set; }

    public bool Consent => Answer == "consent";

    /// <summary>
    /// A session of the development sign-in, where ADR 0010 lets a request go uncertified (unless signatures are
    /// required): the page offers that explicitly, as a separate, labelled button (D-318).
    /// </summary>
    public bool UncertifiedAllowed => SignedInUser.AuthMethod == AuthMethods.Development && !trust.Value.RequireSignature;

    public async Task OnGetAsync(string? done, string? answered, CancellationToken ct)
    {
        Pending = await desk.PendingConsentsAsync(SignedInUser, ct);
        if (!string.IsNullOrEmpty(done) && answered is "consent" or "decline")
        {
            Done = (done, answered == "consent");
        }
    }

    /// <summary>The first click on "consent" or "decline": nothing is recorded yet, the confirmation step opens.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await ConfirmationStepAsync(ct);

    /// <summary>Sends a one-time code for exactly this answer to the person's registered phone.</summary>
    public async Task<IActionResult> OnPostRequestOtpAsync(CancellationToken ct)
    {
        var page = await ConfirmationStepAsync(ct);
        if (Confirming is null)
        {
            return page;
        }

        try
        {
            var issued = await desk.RequestConsentOtpAsync(SignedInUser, Confirming.Number, Consent, ct);
            OtpChallengeId = issued.ChallengeId;
            OtpPhone = issued.MaskedPhone;
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return page;
    }

    /// <summary>The bytes the person signs for the answer being confirmed (base64), for the signer in the browser.</summary>
    /// <summary>Where the page looks for NCALayer (or the development signer), as on the sign-in and apply pages.</summary>
    public string NcaLayerUrls => NcaLayerSettings.Urls(config, environment);

    public string? CanonicalBase64 => Confirming is { } app ? Convert.ToBase64String(CivilActDesk.ConsentCanonicalForm(app.Number, Consent, SignedInUser.Id)) : null;

    /// <summary>
    /// Records the certified answer: a one-time code, or a base64 detached CMS signature over the answer's canonical
    /// form (<see cref="CanonicalBase64"/>) made on the person's side. No key file or password is ever posted here
    /// (issue 12): the signing hook is the <c>Signature</c> field, to be filled by the browser signer (NCALayer or
    /// the in-page key file signer of branch i12-signing) from the page's <c>data-canonical</c>.
    /// </summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? signature, CancellationToken ct)
    {
        var page = await ConfirmationStepAsync(ct);
        if (Confirming is null)
        {
            return page;
        }

        var user = SignedInUser;
        try
        {
            var otp = OtpChallengeId is { } challenge && !string.IsNullOrWhiteSpace(OtpCode) ? new OtpConfirmation(challenge, OtpCode.Trim()) : null;
            await desk.AnswerAsync(user, Confirming.Number, Consent, ct, signature, otp);
            return Redirect($"/civil-registry/consents?done={Uri.EscapeDataString(Confirming.Number)}&answered={(Consent ? "consent" : "decline")}");
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
        Pending = await desk.PendingConsentsAsync(SignedInUser, ct);
        Confirming = Answer is "consent" or "decline" ? Pending.FirstOrDefault(a => a.Number == Number) : null;
        if (Confirming is null)
        {
            // Already answered, or not theirs: back to the list, which shows what is still waiting.
            return Redirect("/civil-registry/consents");
        }

        return Page();
    }
}
