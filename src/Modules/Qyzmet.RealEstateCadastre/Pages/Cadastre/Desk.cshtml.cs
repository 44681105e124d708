using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre.Pages.Cadastre;

/// <summary>
/// The technical-inspection desk (000.md para 4, 7): the applications of the staff member's unit that wait for
/// their role, with the procedure's actions; the inspector records measurements and uploads the abris here.
/// </summary>
[Authorize]
public sealed class DeskModel(QyzmetDbContext db, ProcedureRegistry registry, ApplicationService applications, InspectionDesk desk, RefusalService refusals) : PortalPage
{
    public static readonly string[] Services =
        ["real-estate.new-object-data", "real-estate.cadastral-passport", "real-estate.discrepancy-conclusion", "real-estate.cadastral-passport-duplicate"];

    public sealed record Item(string Number, string ServiceId, string Status, string StatusText, string ApplicantName, DateOnly? DueOn, string? Object, IReadOnlyList<DeskAction> Actions);

    public IReadOnlyList<Item> Items { get; private set; } = [];

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

    public Task<IActionResult> OnPostActAsync(string number, string trigger, string? reason, CancellationToken ct) =>
        RunAsync(() => applications.FireAsync(SignedInUser, number, trigger, string.IsNullOrWhiteSpace(reason) ? "desk" : reason, ct), Done(number, trigger), ct);

    /// <summary>
    /// The refusal actions. The hearing time is typed as dd.mm.yyyy HH:mm in Almaty time (D-316); an ISO time with
    /// its offset is accepted too. Anything else goes on as no time, and the refusal service names the missing field.
    /// </summary>
    public Task<IActionResult> OnPostRefuseAsync(string number, string trigger, string? ground, string? reason, string? hearingAt, string? place, CancellationToken ct) =>
        RunAsync(() => trigger switch
        {
            RefusalTriggers.StopConsideration => refusals.StopConsiderationAsync(SignedInUser, number, reason ?? "", ct),
            RefusalTriggers.HearingProvide or RefusalTriggers.HearingRefuse =>
                refusals.DecideAsync(SignedInUser, number, trigger == RefusalTriggers.HearingProvide, reason ?? "", ct),
            _ => refusals.RefuseAsync(SignedInUser, number, new RefusalRequest(ground ?? "", reason ?? "", HearingTime(hearingAt), place), ct),
        }, Done(number, trigger), ct);

    private static DateTimeOffset? HearingTime(string? typed) =>
        PortalFormat.LocalDateTimeInput(typed)
        ?? (DateTimeOffset.TryParseExact(typed?.Trim(), ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null);

    public static bool IsRefusal(DeskAction action) => IsRefusal(action.Trigger);

    public static bool IsRefusal(string trigger) =>
        trigger is RefusalTriggers.Refuse or RefusalTriggers.PreliminaryRefusal or RefusalTriggers.HearingProvide or RefusalTriggers.HearingRefuse or RefusalTriggers.StopConsideration;

    public Task<IActionResult> OnPostInspectionAsync(string number, string totalArea, string? livingArea, int floorsAbove, int floorsBelow, int roomCount,
        string? wallMaterial, string? notes, CancellationToken ct) =>
        RunAsync(() => desk.RecordInspectionAsync(SignedInUser, number, new InspectionRecord(
            Kernel.Calendar.AlmatyTime.LocalDate(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()),
            Number(totalArea) ?? 0, Number(livingArea), null, floorsAbove, floorsBelow, roomCount, null, string.IsNullOrEmpty(wallMaterial) ? null : wallMaterial,
            null, null, null, null, notes), ct), Done(number, "record-inspection"), ct);

    public Task<IActionResult> OnPostAbrisAsync(string number, IFormFile? file, string? note, CancellationToken ct) =>
        RunAsync(async () =>
        {
            using var buffer = new MemoryStream();
            if (file is not null && file.Length <= 5 * 1024 * 1024)
            {
                await file.CopyToAsync(buffer, ct);
            }

            await desk.AttachAbrisAsync(SignedInUser, number, new AbrisRequest(Convert.ToBase64String(buffer.ToArray()), file?.ContentType, note), ct);
        }, Done(number, "attach-abris"), ct);

    /// <summary>"№ 2026-0000005: Құжаттар қабылданды" — the step's declared history line, never the trigger's name.</summary>
    private string Done(string number, string step) =>
        "№ " + number + ": " + (Services.Select(id => registry.Get(id).Procedure.Label(step)).FirstOrDefault(l => l is not null)?.Done.For(Language.Current) ?? "✓");

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
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
        if (!user.IsStaff || user.Role == Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        Role = user.Role;
        var lang = Language.Current;
        var page = await db.Applications.AsNoTracking()
            .Where(a => (user.Role == Roles.Administrator || a.UnitId == user.UnitId) && Services.Contains(a.ServiceId))
            .OrderByDescending(a => a.SubmittedAt).Take(200).ToListAsync(ct);
        Items = [.. page.Select(a =>
        {
            var procedure = registry.Get(a.ServiceId).Procedure;
            var actions = procedure.From(a.Status).Where(t => t.Roles.Contains(user.Role))
                .Select(t => new DeskAction(t.Trigger, procedure.Label(t.Trigger)!.Action.For(lang))).ToList();
            var form = JsonSerializer.Deserialize<Dictionary<string, string>>(a.FormJson) ?? [];
            return new Item(a.Number, a.ServiceId, a.Status, procedure.State(a.Status).Label.For(lang), a.ApplicantName, a.DueOn,
                form.GetValueOrDefault("cadastralNumber") ?? form.GetValueOrDefault("landPlotNumber"), actions);
        }).Where(i => i.Actions.Count > 0 || (i.Status == "inspection" && user.Role == Roles.Inspector))];
    }

    private static decimal? Number(string? s) =>
        decimal.TryParse(s?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static IReadOnlyList<string> WallMaterialCodes => WallMaterials.All;
}
