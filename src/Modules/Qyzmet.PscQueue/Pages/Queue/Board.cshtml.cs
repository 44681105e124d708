using Microsoft.AspNetCore.Mvc;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.Supervise;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>The hall's electronic board (no sign-in): which ticket goes to which window; the page refreshes itself.</summary>
public sealed class BoardModel(Centres centres, CentreOverview overview) : PortalPage
{
    [BindProperty(SupportsGet = true, Name = "centre")]
    public string? CentreId { get; set; }

    public CentreView? Centre { get; private set; }

    public IReadOnlyList<CentreView> AllCentres { get; private set; } = [];

    public IReadOnlyList<BoardRowDto> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AllCentres = await centres.AllAsync(ct);
        Centre = AllCentres.FirstOrDefault(c => c.Id == CentreId);
        if (Centre is not null)
        {
            Rows = await overview.BoardAsync(Centre.Id, ct);
        }
    }
}
