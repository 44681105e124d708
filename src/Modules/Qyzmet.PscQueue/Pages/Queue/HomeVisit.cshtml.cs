using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.HomeVisits;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>Asking for a home visit for health reasons (004.md S1, S3, S4 item 12), and the person's requests.</summary>
[Authorize]
public sealed class HomeVisitModel(Centres centres, HomeVisits visits) : PortalPage
{
    public IReadOnlyList<CentreView> AllCentres { get; private set; } = [];

    public IReadOnlyList<HomeVisitDto> Mine { get; private set; } = [];

    public IEnumerable<string> Services => QueueLimits.HomeVisitServices.Order(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public string? Sent { get; private set; }

    public async Task OnGetAsync(string? sent, CancellationToken ct)
    {
        Sent = sent;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? centre, string? service, string? reason, string? address, string? phone, CancellationToken ct)
    {
        try
        {
            var visit = await visits.RequestAsync(SignedInUser, centre, service, reason, address, phone, ct);
            return Redirect($"/queue/home-visit?sent={Uri.EscapeDataString(visit.Number)}");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        AllCentres = await centres.AllAsync(ct);
        Mine = await visits.MineAsync(SignedInUser, ct);
    }
}
