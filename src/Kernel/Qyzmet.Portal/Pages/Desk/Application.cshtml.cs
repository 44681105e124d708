using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Desk;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// One application at the workbench (issue 11): what was submitted, the attachments inline, the history, the payments,
/// the applicant's previous applications to this unit, the actions the role may take now with their inputs, and the
/// draft of the result before signing. Staff of another unit get the not-found page (the read goes through
/// <see cref="DeskCases.OpenAsync"/>, which also logs it in the applicant's access log, D-305).
/// </summary>
[Authorize]
public sealed class ApplicationModel(DeskCases cases, ApplicationViews views, CaseTaskService tasks, ApplicationService applications) : PortalPage
{
    /// <summary>What the queue page says after an action that moved the application out of the clerk's unit.</summary>
    public const string DoneKey = "desk.done";

    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = "";

    public DeskCase Case { get; private set; } = null!;

    public ApplicationPageView View { get; private set; } = null!;

    /// <summary>The case's parallel tasks: which bodies answered, which are late (ADR 0015).</summary>
    public IReadOnlyList<CaseTaskLine> Tasks { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!string.IsNullOrEmpty(done))
        {
            Message = DeskPageActions.Done(cases, Case.Application, done);
        }

        return Page();
    }

    /// <summary>
    /// Any action of the procedure: a plain one with the clerk's note, a refusal with its ground, reason and hearing. The
    /// hearing time comes from a datetime-local picker and is read as Almaty time (D-321).
    /// </summary>
    public async Task<IActionResult> OnPostActAsync(string trigger, string? reason, string? ground, string? hearingAt, string? place, CancellationToken ct)
    {
        var input = new DeskActionInput(reason, ground, PortalFormat.LocalDateTimeInput(hearingAt), place);
        var (app, message, error) = await DeskPageActions.ActAsync(cases, SignedInUser, Number, trigger, input, ct);
        if (app is not null)
        {
            if (ApplicationService.VisibleToStaff(SignedInUser, app))
            {
                return Redirect($"/desk/applications/{Uri.EscapeDataString(Number)}?done={Uri.EscapeDataString(trigger)}");
            }

            // The step handed the application to another unit: its page is no longer this clerk's to see, so the clerk goes
            // back to the queue and reads there what was done (post/redirect/get with TempData).
            TempData[DoneKey] = message;
            return Redirect("/desk");
        }

        Error = error;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>D-709, D-711: the unit's staff accept the exemption or payment e-copy.</summary>
    public Task<IActionResult> OnPostAcceptClaimAsync(Guid invoice, CancellationToken ct) => DecideAsync(invoice, true, null, ct);

    /// <summary>D-712: the unit's staff reject it with a listed reason, which the applicant reads in their language.</summary>
    public Task<IActionResult> OnPostRejectClaimAsync(Guid invoice, string? reason, CancellationToken ct) => DecideAsync(invoice, false, reason, ct);

    private async Task<IActionResult> DecideAsync(Guid invoice, bool accept, string? reason, CancellationToken ct)
    {
        try
        {
            await applications.DecidePaymentClaimAsync(SignedInUser, Number, invoice, accept, reason, ct);
            return Redirect($"/desk/applications/{Uri.EscapeDataString(Number)}");
        }
        catch (Qyzmet.Kernel.Errors.QyzmetException e) when (e.Error.Status is < 500 and not 404)
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = e.Error.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Case = await cases.OpenAsync(SignedInUser, Number, ct);
        View = await views.ToPageAsync(Case.Application, ct);
        Tasks = await views.TasksAsync(Case.Application, tasks, ct);
    }
}
