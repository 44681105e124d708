using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages.Applications;

/// <summary>
/// Where the gateway sends the payer's browser back (ADR 0020). It fetches the attempt's signed events from the gateway and
/// takes them like callbacks (so the application page is right even if a callback is late), then moves on to the
/// application page with a page of our own: the session cookie is SameSite=Strict, so a navigation that starts at the
/// acquirer's site would arrive without it (D-705). Anonymous: it only takes signed events; it shows nothing of the application.
/// </summary>
[AllowAnonymous]
public sealed class PaymentReturnModel(ApplicationService applications, ILogger<PaymentReturnModel> log) : PageModel
{
    public string Number { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string number, string? attempt, CancellationToken ct)
    {
        Number = number;
        if (Guid.TryParseExact(attempt, "N", out var id))
        {
            try
            {
                await applications.SyncAttemptAsync(id, ct);
            }
            catch (QyzmetException e)
            {
                // The gateway is down or sent something unusable: the callback (retried by the gateway) still settles it.
                log.LogWarning("Payment return for {Number}: status not fetched ({Code})", number, e.Error.Code);
            }
        }

        return Page();
    }
}
