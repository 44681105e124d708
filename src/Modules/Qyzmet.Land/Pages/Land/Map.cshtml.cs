using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Platform.Data;

namespace Qyzmet.Land.Pages.Land;

/// <summary>
/// The land cadastre map (issue 13): a settlement's boundary and registered plots over a plain background (Leaflet,
/// served from the host), with a drawing control that fills the GeoJSON field of a requested plot and a check of it
/// (inside the settlement, no overlap, declared area). The same page serves applicants and the desks. Public, so that
/// the host finds the module as an MVC application part (its reference assembly must mention MVC).
/// </summary>
public sealed class MapModel(QyzmetDbContext db, LandCadastre cadastre) : PageModel
{
    public string Language => LocalizedText.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public IReadOnlyList<Settlement> Settlements { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Settlement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Plot { get; set; }

    [BindProperty]
    public string? Boundary { get; set; }

    [BindProperty]
    public string? AreaHectares { get; set; }

    public string? Error { get; private set; }

    public RequestedPlotCheck? Result { get; private set; }

    public string T(string kk, string ru, string en) => new LocalizedText(kk, ru, en).For(Language);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/signin?returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/signin?returnUrl=" + Uri.EscapeDataString(Request.Path));
        }

        await LoadAsync(ct);
        if (!decimal.TryParse(AreaHectares?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var area) || area <= 0)
        {
            Error = T("Алаңды гектармен оң сан ретінде беріңіз (мысалы 0,1).", "Укажите площадь в гектарах положительным числом (например 0,1).",
                "Give the area in hectares as a positive number (e.g. 0.1).");
            return Page();
        }

        try
        {
            Result = await cadastre.CheckRequestedPlotAsync(Boundary ?? "", area, Settlement, ct);
            if (Result.Problem is { } problem)
            {
                Error = problem.LocalizedMessage(Language);
            }
        }
        catch (QyzmetException ex) when (ex.Error.Status < 500)
        {
            Error = ex.LocalizedMessage(Language);
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Settlements = await db.Set<Settlement>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        Settlement ??= Plot is null
            ? Settlements.FirstOrDefault()?.Code
            : await db.Set<LandPlot>().AsNoTracking().Where(p => p.CadastralNumber == Plot).Select(p => p.SettlementCode).FirstOrDefaultAsync(ct)
                ?? Settlements.FirstOrDefault()?.Code;
    }
}
