using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// The one place where errors become RFC 9457 ProblemDetails with a stable errorCode and a message in the
/// caller's language. Rule violations and bad input are 4xx; anything else is a 500 with a trace id only.
/// </summary>
internal sealed class ProblemDetailsHandler(ILogger<ProblemDetailsHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;
        var (error, args, fields) = exception switch
        {
            QyzmetException q => (q.Error, q.Arguments.ToArray(), q.Fields),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (KernelErrors.BodyTooLarge, [ApiLimits.MaxBodyBytes], null),
            // D-819: an unreadable upload form is named as a form problem, not as bad JSON.
            BadHttpRequestException or InvalidDataException when http.Request.HasFormContentType
                => (SecurityErrors.MalformedForm, Array.Empty<object?>(), (IDictionary<string, LocalizedText>?)null),
            // D-813: nesting beyond the JSON reader's depth limit is named as such (before any field is blamed for it).
            BadHttpRequestException b when ErrorResponses.IsTooDeep(b) => (SecurityErrors.JsonTooDeep, [ApiLimits.MaxJsonDepth], null),
            BadHttpRequestException b when ErrorResponses.FieldOf(b) is var (field, expected)
                => (KernelErrors.FieldType, [field, expected], new Dictionary<string, LocalizedText> { [field] = KernelErrors.FieldType.Message.With(field, expected) }),
            BadHttpRequestException => (KernelErrors.MalformedBody, Array.Empty<object?>(), (IDictionary<string, LocalizedText>?)null),
            _ when LoadShedding.DatabaseFault(exception) is (var fault, var seconds) => (fault, [seconds], null),
            _ => (KernelErrors.Unexpected, [traceId], null),
        };
        if (error == KernelErrors.Unexpected)
        {
            log.LogError(exception, "Unhandled error {TraceId}", traceId);
        }
        else if (error == HostErrors.DatabaseBusy || error == HostErrors.DatabaseUnavailable)
        {
            // D-345, D-806: the client may retry; Retry-After says when.
            http.Response.Headers.RetryAfter = Convert.ToString(args[0], System.Globalization.CultureInfo.InvariantCulture);
            log.LogWarning("Database {Fault} {TraceId}: {Message}", error.Code, traceId, exception.Message);
            var at = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
            if (!ErrorResponses.IsApi(at))
            {
                // A person at a page: the error page would go through the session check again, which needs the database
                // that just failed. The message is written here, in their language, with the 503 and Retry-After (D-806).
                http.Response.StatusCode = error.Status;
                http.Response.ContentType = "text/html; charset=utf-8";
                var text = System.Net.WebUtility.HtmlEncode(error.Message.Format(Language.Current, args));
                await http.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"{Language.Current}\"><head><meta charset=\"utf-8\"><title>Qyzmet</title></head><body><main><h1>{error.Status}</h1><p>{text}</p></main></body></html>",
                    ct);
                return true;
            }
        }
        else if (error.Status == StatusCodes.Status429TooManyRequests && args is [int seconds, ..])
        {
            // Issue 17 (D-802): every "too many" answer says when to retry; its first argument is the seconds.
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // With an error page configured, the middleware has already pointed Request.Path at it: the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!ErrorResponses.IsApi(path))
        {
            // A person at a page: the exception middleware re-executes the error page (/error/{status}), which shows
            // the rule's message in their language.
            return false;
        }

        return await WriteAsync(http, path, error, args, fields, exception);
    }

    /// <summary>Writes one error as RFC 9457 ProblemDetails in the caller's language; also used for bare status codes.</summary>
    public static async ValueTask<bool> WriteAsync(HttpContext http, PathString path, ErrorCode error, object?[] args, IDictionary<string, LocalizedText>? fields, Exception? exception)
    {
        var lang = Language.Current;
        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;
        http.Response.StatusCode = error.Status;
        var problem = new ProblemDetails
        {
            Status = error.Status,
            Title = error.Code,
            Detail = error.Message.Format(lang, args),
            Type = "https://qyzmet.kz/errors/" + error.Code,
            Instance = path,
        };
        problem.Extensions["errorCode"] = error.Code;
        problem.Extensions["traceId"] = traceId;
        if (fields is { Count: > 0 })
        {
            problem.Extensions["errors"] = fields.ToDictionary(f => f.Key, f => new[] { f.Value.For(lang) });
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}

public static class ApiLimits
{
    /// <summary>JSON requests are small; attachments have their own limit (10 MB).</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>How deep a JSON body may nest (System.Text.Json's default; D-813).</summary>
    public const int MaxJsonDepth = 64;
}
