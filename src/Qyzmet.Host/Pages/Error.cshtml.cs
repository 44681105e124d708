using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Host.Pages;

/// <summary>
/// The error page a person sees instead of a bare status code or a JSON problem: unknown addresses, stale forms,
/// unexpected errors. The status-code and exception middleware re-execute it for every non-API path
/// (<see cref="ErrorResponses"/>); the API keeps answering with ProblemDetails.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PortalPage
{
    public IActionResult OnGet(int status) => Show(status);

    public IActionResult OnPost(int status) => Show(status);

    private IActionResult Show(int status)
    {
        var lang = Language.Current;
        return HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            QyzmetException q => Problem(q.Error.Status, q.LocalizedMessage(lang)),
            not null => Problem(500, KernelErrors.Unexpected.Message.Format(lang, HttpContext.TraceIdentifier)),
            _ => Problem(status, ErrorResponses.PageMessage(status).For(lang)),
        };
    }
}
