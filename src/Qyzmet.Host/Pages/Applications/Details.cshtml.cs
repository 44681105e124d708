using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Host.Api;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages.Applications;

/// <summary>One application: status, dates, payment, result document and history.</summary>
[Authorize]
public sealed class DetailsModel(ApplicationService applications, ApplicationViews views, ProcedureRegistry registry) : PortalPage
{
    public ApplicationDto Application { get; private set; } = null!;

    public bool CanPay { get; private set; }

    public string? PaymentError { get; private set; }

    [BindProperty]
    public string? CardNumber { get; set; }

    public async Task OnGetAsync(string number, CancellationToken ct) => await LoadAsync(number, ct);

    public async Task<IActionResult> OnPostPayAsync(string number, CancellationToken ct)
    {
        try
        {
            await applications.PayAsync(SignedInUser, number, CardNumber ?? "", ct);
            return Redirect("/applications/" + Uri.EscapeDataString(number));
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            PaymentError = e.LocalizedMessage(Language.Current);
        }

        await LoadAsync(number, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The label of a status of this application's procedure in the user's language.</summary>
    public string StatusLabel(string status) =>
        registry.Find(Application.ServiceId)?.Procedure.States.FirstOrDefault(s => s.Name == status)?.Label.For(Language.Current) ?? status;

    private async Task LoadAsync(string number, CancellationToken ct)
    {
        var application = await applications.FindVisibleAsync(SignedInUser, number, false, ct);
        Application = await views.ToDtoAsync(application, ct);
        CanPay = registry.Find(application.ServiceId)?.Procedure.Find(application.Status, "pay") is not null && Application.Payment is not null;
    }
}
