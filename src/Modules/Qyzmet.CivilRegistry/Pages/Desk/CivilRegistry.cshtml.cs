using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Desk;
using Qyzmet.Portal.Pages.Desk;

namespace Qyzmet.CivilRegistry.Pages.Desk;

/// <summary>
/// The registry office desk (issue 4): the office's open applications with the actions the procedure allows the
/// staff member's role (issue the duplicate, record its handover, record the marriage, refuse), and the act search
/// (IIN, name, act date, act number; keyset pages). Staff of a civil-registry unit only (CR-0006 otherwise).
/// </summary>
[Authorize]
public sealed class CivilRegistryModel(CivilActDesk desk, DeskQueue queue, DeskCases cases) : PortalPage
{
    /// <summary>The office's queue: the clerk's workbench (issue 11), with the act search for each applicant as this desk's own tool.</summary>
    public DeskQueueView? Queue { get; private set; }

    [BindProperty(SupportsGet = true)]
    public DeskFilterForm Filter { get; set; } = new();

    public IReadOnlyList<CivilAct>? Acts { get; private set; }

    public string? NextAfter { get; private set; }

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Iin { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "number")]
    public string? ActNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    /// <summary>The act opened from the search results (?act=id).</summary>
    public CivilAct? Opened { get; private set; }

    public bool Searched => !string.IsNullOrWhiteSpace(Iin) || !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(Date) || !string.IsNullOrWhiteSpace(ActNumber);

    public async Task<IActionResult> OnGetAsync(long? act, CancellationToken ct)
    {
        CivilActDesk.EnsureDeskUser(SignedInUser);
        if (act is { } id)
        {
            Opened = await desk.GetAsync(SignedInUser, id, ct);
        }

        if (Searched)
        {
            try
            {
                var acts = await desk.SearchAsync(SignedInUser, new ActSearch(Iin, Name, PortalFormat.IsoDate(Date) ?? Date, ActNumber, After, CivilActDesk.MaxResults), ct);
                Acts = acts;
                NextAfter = acts.Count == CivilActDesk.MaxResults ? acts[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            }
            catch (QyzmetException e) when (e.Error.Status == 400)
            {
                Message = e.LocalizedMessage(Language.Current);
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        await LoadQueueAsync(ct);
        return Page();
    }

    /// <summary>Fires one staff action of the procedure (the same rules as POST /api/applications/{number}/actions/{trigger}).</summary>
    public async Task<IActionResult> OnPostActAsync(string number, string trigger, string? reason, CancellationToken ct)
    {
        CivilActDesk.EnsureDeskUser(SignedInUser);
        (_, Message) = await DeskPageActions.RunAsync(cases, SignedInUser, number, trigger, new DeskActionInput(reason), ct);
        if (Message is null)
        {
            return Redirect("/desk/civil-registry");
        }

        await LoadQueueAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The filled fields of an act with their declared labels (<see cref="CivilActFields"/>), for the act view.</summary>
    public static IEnumerable<(string Name, string Value)> Fields(CivilAct act)
    {
        var lang = Language.Current;
        foreach (var field in CivilActFields.All)
        {
            var property = field.RussianProperty is { } ru && lang == "ru" ? ru : field.Property;
            var value = typeof(CivilAct).GetProperty(property)!.GetValue(act) switch { null => null, DateOnly d => Format(d), var v => v.ToString() };
            if (!string.IsNullOrEmpty(value))
            {
                yield return (field.Label.For(lang), value);
            }
        }
    }

    public static string Format(DateOnly? date) => date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The office's queue for the signed-in role, the oldest due first (the platform's workbench queue).</summary>
    private async Task LoadQueueAsync(CancellationToken ct)
    {
        var lang = Language.Current;
        (Queue, var error) = await DeskPageActions.QueueAsync(queue, SignedInUser, Filter, null, "/desk/civil-registry",
            i => Kernel.Identifiers.Iin.TryParse(i.ApplicantId, out _, out _) ? ("/desk/civil-registry?iin=" + i.ApplicantId, UiTexts.All["FindActs"].For(lang)) : null, ct);
        Message ??= error;
    }
}
