using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// What a bare status code becomes. The API answers with a ProblemDetails that has an errorCode (an unknown
/// address, a method the address does not take, a body type it does not read); a person at a page gets the
/// error page in their language with a way on (<c>/error/{status}</c>), never JSON.
/// </summary>
public static class ErrorResponses
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    /// <summary>Status-code pages for the API: the codes routing produces without a body.</summary>
    public static Task WriteApiStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        ErrorCode? error = http.Response.StatusCode switch
        {
            404 => KernelErrors.NotFound,
            405 => KernelErrors.MethodNotAllowed,
            415 => KernelErrors.UnsupportedMediaType,
            401 => KernelErrors.SignInRequired,
            403 => KernelErrors.Forbidden,
            _ => null,
        };
        object?[] args = error == KernelErrors.UnsupportedMediaType
            ? [string.IsNullOrEmpty(http.Request.ContentType) ? "—" : http.Request.ContentType]
            : [http.Request.Path.Value, http.Request.Method];
        return error is null
            ? context.Next(http)
            : ProblemDetailsHandler.WriteAsync(http, http.Request.Path, error, args, null, null).AsTask();
    }

    /// <summary>What the error page says when there is no rule error to show, only a status.</summary>
    public static LocalizedText PageMessage(int status) => status switch
    {
        404 => new("Мұндай бет жоқ. Мекенжайды тексеріңіз немесе қызметтер тізімінен бастаңыз.",
            "Такой страницы нет. Проверьте адрес или начните со списка услуг.",
            "There is no such page. Check the address or start from the list of services."),
        400 => new("Сұрау оқылмады. Бетті жаңартып, қайталап көріңіз.",
            "Запрос не прочитан. Обновите страницу и попробуйте снова.",
            "The request could not be read. Reload the page and try again."),
        403 => KernelErrors.Forbidden.Message,
        // Issue 17 (D-802): too many sign-in attempts from one address; the response's Retry-After says how long.
        429 => new("Әрекеттер тым көп. Біраз күтіп, қайталап көріңіз.",
            "Слишком много попыток. Подождите немного и повторите.",
            "Too many attempts. Wait a little and try again."),
        _ => new("Қате орын алды. Кейінірек қайталап көріңіз.",
            "Произошла ошибка. Попробуйте позже.",
            "Something went wrong. Please try again later."),
    };

    /// <summary>A form posted with a stale anti-forgery token (another tab signed in or out, or it stood open too long).</summary>
    public static readonly LocalizedText StaleForm = new(
        "Форма ескірді (бет тым ұзақ ашық тұрды немесе басқа қойындыда жүйеге кірдіңіз). Бетті қайта ашып, жіберіңіз: енгізген деректеріңіз сақталды.",
        "Форма устарела (страница была открыта слишком долго или вы вошли в другой вкладке). Откройте страницу заново и отправьте: введённые данные сохранены.",
        "The form has expired (the page stood open too long, or you signed in or out in another tab). Open the page again and send it: what you typed was kept.");

    /// <summary>Whether System.Text.Json refused the body for nesting deeper than its depth limit (D-813).</summary>
    public static bool IsTooDeep(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException && e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which JSON field could not be read, and what it should have been, from System.Text.Json's exception.</summary>
    public static (string Field, LocalizedText Expected)? FieldOf(Exception exception)
    {
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        // Only a value of the wrong type names a field; broken JSON syntax stays "send valid JSON" (K-0006).
        if (json?.Path is not { Length: > 2 } path || !json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var message = json.Message;
        LocalizedText expected = message.Contains("System.String", StringComparison.Ordinal)
            ? new("мәтін (тырнақшадағы жол)", "текст (строка в кавычках)", "text (a string in quotes)")
            : message.Contains("System.Boolean", StringComparison.Ordinal)
                ? new("true немесе false", "true или false", "true or false")
                : message.Contains("System.Int", StringComparison.Ordinal) || message.Contains("System.Decimal", StringComparison.Ordinal) || message.Contains("System.Double", StringComparison.Ordinal)
                    ? new("сан", "число", "a number")
                    : message.Contains("Dictionary", StringComparison.Ordinal)
                        ? new("JSON нысаны { … }", "объект JSON { … }", "a JSON object { … }")
                        : new("құжатталған түрдегі мән (docs/api.md)", "значение документированного типа (docs/api.md)", "a value of the documented type (docs/api.md)");
        return (field, expected);
    }
}

/// <summary>Turns a failed anti-forgery check on a page into the error page that says the form went stale.</summary>
internal sealed class StaleFormFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.ViewResult
            {
                ViewName = "/Pages/Shared/Problem.cshtml",
                StatusCode = 400,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ProblemView>(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
                {
                    Model = new ProblemView(400, ErrorResponses.StaleForm.For(Language.Current)),
                },
            };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
