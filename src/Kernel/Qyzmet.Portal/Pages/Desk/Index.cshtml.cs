using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Platform.Desk;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// The clerk's workbench (issue 11): the staff member's unit's queue for their role, with filters and keyset pages, and
/// the simple actions on each line. Everything is done by the platform's <see cref="DeskQueue"/> and <see cref="DeskCases"/>.
/// </summary>
[Authorize]
public sealed class IndexModel(DeskQueue queue, DeskCases cases) : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public DeskFilterForm Filter { get; set; } = new();

    public DeskQueueView? Queue { get; private set; }

    public string RoleLabel => Roles.Label(SignedInUser.Role).For(Language.Current);

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Message = TempData[ApplicationModel.DoneKey] as string;
        (Queue, Error) = await DeskPageActions.QueueAsync(queue, SignedInUser, Filter, null, "/desk", null, ct);
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(string number, string trigger, string? reason, CancellationToken ct)
    {
        (Message, Error) = await DeskPageActions.RunAsync(cases, SignedInUser, number, trigger, new DeskActionInput(reason), ct);
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        (Queue, _) = await DeskPageActions.QueueAsync(queue, SignedInUser, Filter, null, "/desk", null, ct);
        return Page();
    }
}
