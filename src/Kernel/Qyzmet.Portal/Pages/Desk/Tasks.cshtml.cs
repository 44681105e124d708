using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Desk;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// The task desk (ADR 0015, D-551): the open parallel tasks of the signed-in staff member's unit (an approving body, a service,
/// a natural monopoly, the State Corporation; for a paper task, the executors of the unit holding the application), the oldest
/// term first, with the term and the overdue flag, in keyset pages. Tasks are a kernel capability: any service's tasks show here.
/// </summary>
[Authorize]
public sealed class TasksModel(CaseTaskService tasks) : PortalPage
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public TaskQueuePage Queue { get; private set; } = new([], null);

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(SignedInUser);
        if (!string.IsNullOrEmpty(done))
        {
            Message = UiTexts.All["Tasks.Answered"].Format(Language.Current, done);
        }

        try
        {
            Queue = await tasks.OpenPageAsync(SignedInUser, Cursor, PageSize, ct);
        }
        catch (QyzmetException e) when (e.Error.Status == 400)
        {
            Error = e.LocalizedMessage(Language.Current);
            Queue = await tasks.OpenPageAsync(SignedInUser, null, PageSize, ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
