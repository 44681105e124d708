using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Features.GrantLandPlot;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Portal;

namespace Qyzmet.Land.Pages.Land;

/// <summary>
/// The 003.md application (Appendix 1) with the location scheme drawn on the map (para 4: "an electronic copy of the scheme of
/// the plot's location"): the applicant draws the requested plot over the settlement's boundary and its registered plots, or
/// uploads GeoJSON; the page shows the area computed from the drawing. The drawn plot is checked against the land cadastre
/// first (inside the settlement, overlapping no registered plot, of the declared area; D-550), then the application goes
/// through the platform's <see cref="ApplicationService"/> like every other; each refusal is shown next to its field.
/// Public, so that the host finds the module as an MVC application part.
/// </summary>
[Authorize]
public sealed class ApplyModel(ProcedureRegistry registry, ApplicationService applications, LandCadastre cadastre, QyzmetDbContext db,
    IConfiguration config, IWebHostEnvironment environment) : PortalPage
{
    public const string FieldPrefix = "field.";

    /// <summary>The demo settlement whose map the page opens on (Kosshy) when none is chosen.</summary>
    public const string DefaultSettlement = LandDemoData.KosshyCode;

    public IStateServiceHandler Handler { get; private set; } = null!;

    public IReadOnlyList<Settlement> Settlements { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Settlement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ApplicantId { get; set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The detached CMS over the canonical form, made in the browser (NCALayer, eds.js), as on the generic form.</summary>
    [BindProperty]
    public string? Signature { get; set; }

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public string NcaLayerUrls => NcaLayerSettings.Urls(config, environment);

    public string ServiceId => GrantLandPlotService.Id;

    public static string T(string kk, string ru, string en) => new LocalizedText(kk, ru, en).For(Language.Current);

    public static string Label(LocalizedText text) => text.For(Language.Current);

    /// <summary>" (only if: Yes)" for a field asked only with some answers of another (the proof of the exemption), else "".</summary>
    public string ConditionNote(FormField field)
    {
        if (field.ShownWhen is not { } when)
        {
            return "";
        }

        var owner = Handler.Form.Fields.FirstOrDefault(f => f.Name == when.Field);
        var values = when.Values.Select(v => owner?.Options.FirstOrDefault(o => o.Value == v)?.Label.For(Language.Current) ?? v);
        return " (" + T("тек мына жауап болса: ", "только если ответ: ", "only if the answer is: ") + string.Join(", ", values) + ")";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        foreach (var field in Handler.Form.Fields)
        {
            var value = Request.Form[FieldPrefix + field.Name].ToString().Trim();
            if (value.Length > 0)
            {
                Values[field.Name] = value;
            }
        }

        if (IdempotencyKey.Length is < 8 or > 100)
        {
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }

        try
        {
            await CheckPlotAsync(ct);
            if (Errors.Count == 0)
            {
                var user = SignedInUser;
                var applicantId = ApplicationService.OwnApplicantId(user, string.IsNullOrWhiteSpace(ApplicantId) ? null : ApplicantId.Trim());
                var signature = string.IsNullOrWhiteSpace(Signature) ? null : Signature.Trim();
                var fields = Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
                var result = await applications.SubmitAsync(user, "portal", new SubmitRequest(ServiceId, applicantId, fields, IdempotencyKey, signature), ct);
                return Redirect("/applications/" + Uri.EscapeDataString(result.Application.Number));
            }
        }
        catch (QyzmetException e) when (e.Fields.Count > 0)
        {
            foreach (var (name, text) in e.Fields)
            {
                Errors[name] = text.For(Language.Current);
            }
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not (404 or 403))
        {
            Message = e.LocalizedMessage(Language.Current);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>
    /// D-550: the drawn plot is checked against the land cadastre before the application is stored (003.md §3.7 ground 2: free
    /// land within the settlement), so that an overlap is named next to the map field; the area is checked only once it is a
    /// number (its own error otherwise comes from the service).
    /// </summary>
    private async Task CheckPlotAsync(CancellationToken ct)
    {
        var plot = Values.GetValueOrDefault("plot");
        if (string.IsNullOrEmpty(plot))
        {
            return;
        }

        var areaText = Values.GetValueOrDefault("areaHectares", "").Replace(',', '.');
        if (!decimal.TryParse(areaText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area) || area <= 0)
        {
            return;
        }

        try
        {
            // The settlement is found from the drawing (the map shows one, the applicant may draw in another).
            var check = await cadastre.CheckRequestedPlotAsync(plot, area, null, ct);
            if (check.Problem is { } problem)
            {
                Errors[problem.Error == LandErrors.AreaMismatch ? "areaHectares" : "plot"] = problem.LocalizedMessage(Language.Current);
            }
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500)
        {
            Errors["plot"] = e.LocalizedMessage(Language.Current);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Handler = registry.Find(GrantLandPlotService.Id) ?? throw new QyzmetException(CaseErrors.ServiceNotAvailable, GrantLandPlotService.Id);
        Settlements = await db.Set<Settlement>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        if (Settlement is null || Settlements.All(s => s.Code != Settlement))
        {
            Settlement = Settlements.Any(s => s.Code == DefaultSettlement) ? DefaultSettlement : Settlements.FirstOrDefault()?.Code;
        }
    }
}
