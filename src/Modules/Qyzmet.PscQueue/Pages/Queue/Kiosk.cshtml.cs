using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.TakeTicket;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>
/// The centre's kiosk, used without signing in (004.md item 8: reception by electronic queue): a ticket for a service, or
/// the check-in of a portal booking by its code; the ticket number is shown large.
/// </summary>
public sealed class KioskModel(Centres centres, Kiosk kiosk) : PortalPage
{
    public IReadOnlyList<CentreView> AllCentres { get; private set; } = [];

    public CentreView? Centre { get; private set; }

    [BindProperty(SupportsGet = true, Name = "centre")]
    public string? CentreId { get; set; }

    /// <summary>The ticket just issued (its number).</summary>
    [BindProperty(SupportsGet = true, Name = "ticket")]
    public string? Ticket { get; set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostTakeAsync(string? service, string? iin, CancellationToken ct) =>
        IssueAsync(() => kiosk.TakeAsync(CentreId, service, iin, ct), ct);

    public Task<IActionResult> OnPostCheckInAsync(string? code, CancellationToken ct) =>
        IssueAsync(() => kiosk.CheckInAsync(CentreId, code, ct), ct);

    private async Task<IActionResult> IssueAsync(Func<Task<TicketDto>> issue, CancellationToken ct)
    {
        try
        {
            var ticket = await issue();
            return Redirect($"/queue/kiosk?centre={Uri.EscapeDataString(ticket.CentreId)}&ticket={ticket.Number}");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Ticket = null;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        AllCentres = await centres.AllAsync(ct);
        Centre = AllCentres.FirstOrDefault(c => c.Id == CentreId);
    }
}
