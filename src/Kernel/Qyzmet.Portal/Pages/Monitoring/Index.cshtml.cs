using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Monitoring;

namespace Qyzmet.Portal.Pages.Monitoring;

/// <summary>
/// The monitoring dashboard (issue 15 "Monitoring and quality"; ADR 0023) for monitoring staff and administrators: applications
/// by service and unit, on time and overdue, the steps against their norms (average and 95th percentile), the questionnaire's
/// answers, as SVG charts drawn on the server and tables, with filters and CSV downloads.
/// </summary>
[Authorize]
public sealed class IndexModel(MonitoringQueries queries) : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public MonitoringSummary? Summary { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The current view as CSV (kind: applications, steps or quality).</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? kind, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        kind = MonitoringExport.Kinds.Contains(kind) ? kind! : MonitoringExport.Steps;
        return File(MonitoringExport.Csv(Summary!, kind, Language.Current), "text/csv; charset=utf-8", MonitoringExport.FileName(kind, Summary!.Filter));
    }

    /// <summary>The current view as an XLSX workbook (D-748).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string? kind, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        kind = MonitoringExport.Kinds.Contains(kind) ? kind! : MonitoringExport.Steps;
        return File(MonitoringExport.Xlsx(Summary!, kind, Language.Current), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MonitoringExport.FileName(kind, Summary!.Filter, "xlsx"));
    }

    /// <summary>The query string of the current filters, for the download links (handler csv or xlsx).</summary>
    public string Query(string kind, string handler = "csv") => QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler,
        ["kind"] = kind,
        ["from"] = Summary?.Filter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = Summary?.Filter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["service"] = Summary?.Filter.Service,
        ["unit"] = Summary?.Filter.Unit,
    }.Where(kv => kv.Value is not null)).ToUriComponent();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        MonitoringQueries.EnsureMonitoringUser(SignedInUser);
        try
        {
            Summary = await queries.SummaryAsync(queries.Parse(From, To, Service, Unit), ct);
            return true;
        }
        catch (QyzmetException e) when (e.Error.Status == 400)
        {
            Error = e.Fields.Count > 0 ? string.Join(" ", e.Fields.Values.Select(v => v.For(Language.Current))) : e.LocalizedMessage(Language.Current);
            Summary = await queries.SummaryAsync(queries.Parse(null, null, null, null), ct);
            return false;
        }
    }
}
