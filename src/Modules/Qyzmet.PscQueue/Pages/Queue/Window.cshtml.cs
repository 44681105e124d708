using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.HomeVisits;
using Qyzmet.PscQueue.Features.ServeAtWindow;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>
/// The operator's window (004.md S1 §5 steps 2–3): take a window, call the next ticket, recall, no-show, start and finish;
/// from the called ticket the service's application opens at the PSC desk with the person's IIN; the home visits
/// assigned to the operator are listed below.
/// </summary>
[Authorize]
public sealed class WindowModel(WindowDesk desk, Centres centres, HomeVisits visits) : PortalPage
{
    public WindowStateDto State { get; private set; } = null!;

    public CentreView Centre { get; private set; } = null!;

    public IReadOnlyList<HomeVisitDto> Visits { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The number of the ticket the operator just issued.</summary>
    [BindProperty(SupportsGet = true, Name = "issued")]
    public string? Issued { get; set; }

    /// <summary>D-652: who the ticket is for, by the register's name; never the IIN itself.</summary>
    public string PersonOf(WindowTicketDto t) =>
        t.PersonName ?? QueueTexts.Say(t.Iin is null ? "NoIinGiven" : "NotInRegister");

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The ticket's apply link: the IIN is looked up here, for an operator of the ticket's centre, never carried in the link.</summary>
    public async Task<IActionResult> OnGetApplyAsync(Guid ticket, CancellationToken ct) => Redirect(await desk.ApplyTargetAsync(SignedInUser, ticket, ct));

    public Task<IActionResult> OnPostTakeWindowAsync(int? window, CancellationToken ct) => ActAsync(() => desk.TakeWindowAsync(SignedInUser, window, ct), ct);

    public Task<IActionResult> OnPostLeaveAsync(CancellationToken ct) => ActAsync(() => desk.LeaveWindowAsync(SignedInUser, ct), ct);

    public Task<IActionResult> OnPostCallNextAsync(CancellationToken ct) => ActAsync(() => desk.CallNextAsync(SignedInUser, ct), ct);

    public Task<IActionResult> OnPostRecallAsync(CancellationToken ct) => ActAsync(() => desk.RecallAsync(SignedInUser, ct), ct);

    public Task<IActionResult> OnPostNoShowAsync(CancellationToken ct) => ActAsync(() => desk.NoShowAsync(SignedInUser, ct), ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => ActAsync(() => desk.StartAsync(SignedInUser, ct), ct);

    public Task<IActionResult> OnPostFinishAsync(CancellationToken ct) => ActAsync(() => desk.FinishAsync(SignedInUser, ct), ct);

    public async Task<IActionResult> OnPostIssueAsync(string? service, string? iin, CancellationToken ct)
    {
        string? number = null;
        var result = await ActAsync(async () => number = (await desk.IssueTicketAsync(SignedInUser, service, iin, ct)).Number, ct);
        return number is null ? result : Redirect("/queue/window?issued=" + Uri.EscapeDataString(number));
    }

    public Task<IActionResult> OnPostVisitDoneAsync(string? number, CancellationToken ct) => ActAsync(() => visits.MarkDoneAsync(SignedInUser, number, ct), ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect("/queue/window");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403 and not 404)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        State = await desk.StateAsync(SignedInUser, ct);
        Centre = await centres.GetAsync(State.CentreId, ct);
        Visits = await visits.OfCentreAsync(SignedInUser, ct);
    }
}
