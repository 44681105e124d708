using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal;

/// <summary>What the not-found and forbidden pages show.</summary>
public sealed record ProblemView(int Status, string Message)
{
    /// <summary>The page text key of the problem page's title.</summary>
    public string TitleKey => Status switch
    {
        404 => "NotFound",
        403 => "Forbidden",
        >= 400 and < 500 => "RequestFailed",
        _ => "ErrorTitle",
    };
}

/// <summary>
/// Base of the portal pages: remembers a ?lang= choice in the language cookie, and turns "not found" and
/// "forbidden" rule errors into friendly pages with the right status instead of a 500 or a JSON problem.
/// </summary>
public abstract class PortalPage : PageModel
{
    protected UserInfo SignedInUser => CurrentUser.Required(User);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var lang = Request.Query["lang"].ToString();
        if (lang is "kk" or "ru" or "en")
        {
            var culture = lang switch { "kk" => "kk-KZ", "ru" => "ru-RU", _ => "en" };
            Response.Cookies.Append(Language.CookieName,
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
                new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true, Secure = Request.IsHttps });
        }
    }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Exception is QyzmetException { Error.Status: 404 or 403 } q && !context.ExceptionHandled)
        {
            context.Result = Problem(q.Error.Status, q.LocalizedMessage(Language.Current));
            context.ExceptionHandled = true;
        }
    }

    protected IActionResult Problem(int status, string message) => new ViewResult
    {
        ViewName = "/Pages/Shared/Problem.cshtml",
        StatusCode = status,
        ViewData = new ViewDataDictionary<ProblemView>(ViewData, new ProblemView(status, message)),
    };
}
