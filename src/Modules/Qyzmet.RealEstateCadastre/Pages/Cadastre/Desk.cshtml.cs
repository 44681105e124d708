using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Portal.Pages.Desk;
using Qyzmet.Platform.Desk;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre.Pages.Cadastre;

/// <summary>
/// The technical-inspection desk (000.md para 4, 7): the clerk's workbench queue of the unit's cadastre applications for
/// the staff member's role (issue 11), and this desk's own tools: the inspector records measurements and uploads the
/// abris here. Refusals are taken in the workbench's application view, with their ground, reason and hearing.
/// </summary>
[Authorize]
public sealed class DeskModel(DeskQueue queue, DeskCases cases, InspectionDesk desk) : PortalPage
{
    public static IReadOnlyList<string> Services => RealEstateCadastre.CadastreDesk.Services;

    [BindProperty(SupportsGet = true)]
    public DeskFilterForm Filter { get; set; } = new();

    public DeskQueueView? Queue { get; private set; }

    /// <summary>The applications waiting for the inspector's measurements and abris (000.md para 7).</summary>
    public IReadOnlyList<DeskQueueItem> Inspections => Role == Roles.Inspector && Queue is { } q ? [.. q.Page.Items.Where(i => i.Status == "inspection")] : [];

    public string Role { get; private set; } = "";

    /// <summary>The signed-in role as a person reads it.</summary>
    public string RoleLabel => Roles.Label(Role).For(Language.Current);

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(string number, string trigger, string? reason, CancellationToken ct)
    {
        (Message, Error) = await DeskPageActions.RunAsync(cases, SignedInUser, number, trigger, new DeskActionInput(reason), ct);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostInspectionAsync(string number, string totalArea, string? livingArea, int floorsAbove, int floorsBelow, int roomCount,
        string? wallMaterial, string? notes, CancellationToken ct) =>
        RunAsync(() => desk.RecordInspectionAsync(SignedInUser, number, new InspectionRecord(
            Kernel.Calendar.AlmatyTime.LocalDate(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()),
            Number(totalArea) ?? 0, Number(livingArea), null, floorsAbove, floorsBelow, roomCount, null, string.IsNullOrEmpty(wallMaterial) ? null : wallMaterial,
            null, null, null, null, notes), ct), number, "record-inspection", ct);

    public Task<IActionResult> OnPostAbrisAsync(string number, IFormFile? file, string? note, CancellationToken ct) =>
        RunAsync(async () =>
        {
            using var buffer = new MemoryStream();
            if (file is not null && file.Length <= 5 * 1024 * 1024)
            {
                await file.CopyToAsync(buffer, ct);
            }

            await desk.AttachAbrisAsync(SignedInUser, number, new AbrisRequest(Convert.ToBase64String(buffer.ToArray()), file?.ContentType, note), ct);
        }, number, "attach-abris", ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string number, string step, CancellationToken ct)
    {
        try
        {
            await action();
            var label = Services.Select(id => cases.StepLabel(id, step)).FirstOrDefault(l => l is not null);
            Message = UiTexts.All["Desk.Done"].Format(Language.Current, number, label?.Done.For(Language.Current) ?? "✓");
        }
        catch (QyzmetException e) when (e.Error.Status < 500)
        {
            Error = e.LocalizedMessage(Language.Current);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        DeskQueue.EnsureDeskUser(user);
        Role = user.Role;
        (Queue, var error) = await DeskPageActions.QueueAsync(queue, user, Filter, Services, "/cadastre/desk", null, ct);
        Error ??= error;
    }

    private static decimal? Number(string? s) =>
        decimal.TryParse(s?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static IReadOnlyList<string> WallMaterialCodes => WallMaterials.All;
}
