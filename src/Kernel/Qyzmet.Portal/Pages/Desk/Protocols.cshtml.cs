using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// Technical-problem protocols of the unit (003.md para 8): the ICT-responsible employee records one (system, start and end in
/// Almaty time, affected services), the head signs it; the affected applications then show it (D-725).
/// </summary>
[Authorize]
public sealed class ProtocolsModel(TechnicalProblemProtocols protocols, ProcedureRegistry registry) : PortalPage
{
    public IReadOnlyList<TechnicalProblemProtocol> Protocols { get; private set; } = [];

    /// <summary>The services the platform offers, by their names (never their ids on the page).</summary>
    public IReadOnlyList<(string Id, string Name)> Services { get; private set; } = [];

    public bool CanRecord => SignedInUser.Role == Roles.IctOfficer;

    public bool CanSign => SignedInUser.Role == Roles.ProviderHead;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(string? system, string? description, string? startedAt, string? endedAt, string[]? services, CancellationToken ct) =>
        await ActAsync(async () =>
        {
            var protocol = await protocols.RecordAsync(SignedInUser, new RecordProtocolRequest(system, description,
                PortalFormat.LocalDateTimeInput(startedAt), PortalFormat.LocalDateTimeInput(endedAt), services), ct);
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, UiTexts.All["Protocols.Recorded"].For(Language.Current), protocol.Number);
        }, ct);

    public async Task<IActionResult> OnPostSignAsync(string protocol, CancellationToken ct) =>
        await ActAsync(async () =>
        {
            var signed = await protocols.SignAsync(SignedInUser, protocol, ct);
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, UiTexts.All["Protocols.SignedDone"].For(Language.Current), signed.Number);
        }, ct);

    private async Task<IActionResult> ActAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
        }
        catch (QyzmetException e) when (e.Error.Status is not 404)
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = e.Error.Status == 403 ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Protocols = await protocols.ForUnitAsync(SignedInUser, ct);
        var lang = Language.Current;
        Services = [.. registry.All.Select(h => h.ServiceId).Where(id => ServiceCatalog.Find(id) is not null)
            .Select(id => (id, PortalFormat.ServiceName(id, lang))).OrderBy(s => s.Item2, StringComparer.Ordinal)];
    }
}
