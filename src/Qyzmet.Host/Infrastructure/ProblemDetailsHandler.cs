using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// The one place where errors become RFC 9457 ProblemDetails with a stable errorCode and a message in the
/// caller's language. Rule violations and bad input are 4xx; anything else is a 500 with a trace id only.
/// </summary>
internal sealed class ProblemDetailsHandler(IProblemDetailsService problems, ILogger<ProblemDetailsHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var lang = Language.Current;
        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;
        var (error, args, fields) = exception switch
        {
            QyzmetException q => (q.Error, q.Arguments.ToArray(), q.Fields),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (KernelErrors.BodyTooLarge, [ApiLimits.MaxBodyBytes], null),
            BadHttpRequestException b when b.InnerException is System.Text.Json.JsonException || b.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase)
                => (KernelErrors.MalformedBody, [], null),
            BadHttpRequestException => (KernelErrors.MalformedBody, Array.Empty<object?>(), (IDictionary<string, Kernel.Text.LocalizedText>?)null),
            _ => (KernelErrors.Unexpected, [traceId], null),
        };
        if (error == KernelErrors.Unexpected)
        {
            log.LogError(exception, "Unhandled error {TraceId}", traceId);
        }

        http.Response.StatusCode = error.Status;
        var problem = new ProblemDetails
        {
            Status = error.Status,
            Title = error.Code,
            Detail = error.Message.Format(lang, args),
            Type = "https://qyzmet.kz/errors/" + error.Code,
            Instance = http.Request.Path,
        };
        problem.Extensions["errorCode"] = error.Code;
        problem.Extensions["traceId"] = traceId;
        if (fields is { Count: > 0 })
        {
            problem.Extensions["errors"] = fields.ToDictionary(f => f.Key, f => new[] { f.Value.For(lang) });
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}

public static class ApiLimits
{
    /// <summary>JSON requests are small; attachments have their own limit (10 MB).</summary>
    public const long MaxBodyBytes = 256 * 1024;
}
