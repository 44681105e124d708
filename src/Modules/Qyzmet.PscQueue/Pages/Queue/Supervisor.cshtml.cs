using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.HomeVisits;
using Qyzmet.PscQueue.Features.Supervise;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>
/// The head of the centre's queue monitor (004.md item 4: wait ≤ 15 minutes, the standard's service time): waiting,
/// longest wait, the windows, today's counts and the share within the limits, the breaches; and the home-visit requests
/// with their assignment.
/// </summary>
[Authorize]
public sealed class SupervisorModel(CentreOverview overview, Centres centres, HomeVisits visits) : PortalPage
{
    public OverviewDto Overview { get; private set; } = null!;

    public CentreView Centre { get; private set; } = null!;

    public IReadOnlyList<HomeVisitDto> Visits { get; private set; } = [];

    public IReadOnlyList<StaffMember> Operators { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAssignAsync(string? number, string? @operator, string? date, CancellationToken ct)
    {
        try
        {
            await visits.AssignAsync(SignedInUser, number, @operator, date, ct);
            return Redirect("/queue/supervisor");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403 and not 404)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    public string Share(int within, int measured, double? share) =>
        QueueTexts.Say("ShareOf", within, measured, share is { } s ? s.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")) : "—");

    private async Task LoadAsync(CancellationToken ct)
    {
        Overview = await overview.SupervisorAsync(SignedInUser, null, ct);
        Centre = await centres.GetAsync(Overview.CentreId, ct);
        Visits = await visits.OfCentreAsync(SignedInUser, ct);
        Operators = await centres.OperatorsAsync(Centre.Id, ct);
    }
}
