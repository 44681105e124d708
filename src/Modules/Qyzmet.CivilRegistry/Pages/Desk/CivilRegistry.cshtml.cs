using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.CivilRegistry.Pages.Desk;

/// <summary>One open application of the office with the actions its procedure allows the signed-in staff role.</summary>
public sealed record DeskItem(ApplicationDto Application, IReadOnlyList<DeskAction> Actions);

/// <summary>
/// The registry office desk (issue 4): the office's open applications with the actions the procedure allows the
/// staff member's role (issue the duplicate, record its handover, record the marriage, refuse), and the act search
/// (IIN, name, act date, act number; keyset pages). Staff of a civil-registry unit only (CR-0006 otherwise).
/// </summary>
[Authorize]
public sealed class CivilRegistryModel(CivilActDesk desk, ApplicationService applications, ApplicationViews views, ProcedureRegistry registry, QyzmetDbContext db) : PortalPage
{
    public const int QueueSize = 50;

    public IReadOnlyList<DeskItem> Queue { get; private set; } = [];

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
        try
        {
            await applications.FireAsync(SignedInUser, number, trigger, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), ct);
            return Redirect("/desk/civil-registry");
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            Message = e.LocalizedMessage(Language.Current);
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

    /// <summary>The office's open applications, newest first (index on unit + status).</summary>
    private async Task LoadQueueAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        var active = registry.All.SelectMany(h => h.Procedure.States).Where(s => s.Kind == StateKind.Active).Select(s => s.Name).Distinct().ToList();
        var open = await db.Applications.AsNoTracking()
            .Where(a => a.UnitId == user.UnitId && active.Contains(a.Status))
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(QueueSize).ToListAsync(ct);
        var items = new List<DeskItem>();
        foreach (var a in open)
        {
            var procedure = registry.Find(a.ServiceId)?.Procedure;
            var actions = procedure?.From(a.Status).Where(t => t.Roles.Contains(user.Role))
                .Select(t => new DeskAction(t.Trigger, procedure.Label(t.Trigger)!.Action.For(Language.Current))).ToList() ?? [];
            items.Add(new DeskItem(await views.ToDtoAsync(a, ct, withHistory: false), actions));
        }

        Queue = items;
    }
}
