using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages.CivilRegistry;

/// <summary>
/// The other future spouse's consent to a marriage application (S2, decisions.md D-206): the applications naming
/// the signed-in citizen as the other spouse, each with "consent" and "decline".
/// </summary>
[Authorize]
public sealed class ConsentsModel(CivilActDesk desk) : PortalPage
{
    public IReadOnlyList<Application> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Pending = await desk.PendingConsentsAsync(SignedInUser, ct);

    public async Task<IActionResult> OnPostAsync(string number, string answer, CancellationToken ct)
    {
        await desk.AnswerAsync(SignedInUser, number, answer == "consent", ct);
        return Redirect("/civil-registry/consents");
    }
}
