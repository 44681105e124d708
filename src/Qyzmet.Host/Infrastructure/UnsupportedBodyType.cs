using Microsoft.AspNetCore.Routing.Template;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 17 "Authorization matrix" (D-821): routing answers a body type that no endpoint at the address takes (text/plain to
/// a JSON endpoint) with its own 415 endpoint, which carries none of the real endpoint's metadata, so authentication's and
/// authorization's checks found nothing to check and anyone heard 415 first. Here the 415 endpoint is replaced by one that
/// carries the metadata of the endpoint the address and method name (and still only answers 415, reading nothing), so the
/// D-816 rule (401 before the body unless AllowAnonymous) and the endpoint's role policy (403) answer first.
/// </summary>
internal static class UnsupportedBodyType
{
    /// <summary>Routing's name for its 415 endpoint (AcceptsMatcherPolicy); it has no metadata and no route.</summary>
    public const string RoutingEndpointName = "415 HTTP Unsupported Media Type";

    public static IApplicationBuilder UseCallerCheckedBeforeBodyType(this IApplicationBuilder app, IEndpointRouteBuilder routes)
    {
        List<(RouteEndpoint Endpoint, TemplateMatcher Matcher)>? bodyEndpoints = null;
        return app.Use(async (ctx, next) =>
        {
            if (ErrorResponses.IsApi(ctx.Request) && ctx.GetEndpoint() is { DisplayName: RoutingEndpointName } endpoint && endpoint.Metadata.Count == 0)
            {
                // The endpoints that read a body, read once (every data source is mapped by the first request).
                bodyEndpoints ??= [.. routes.DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                    .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Count > 0)
                    .Select(e => (e, new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults))))];
                var intended = bodyEndpoints
                    .Where(b => b.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(ctx.Request.Method, StringComparer.OrdinalIgnoreCase) != false
                        && b.Matcher.TryMatch(ctx.Request.Path, new RouteValueDictionary()))
                    .Select(b => b.Endpoint)
                    .ToList();
                // Only when the address names one endpoint: with several, routing's answer stands.
                if (intended is [var only])
                {
                    ctx.SetEndpoint(new Endpoint(Refuse, only.Metadata, RoutingEndpointName));
                }
            }

            await next();
        });
    }

    /// <summary>What routing's own endpoint does: 415, which the API's status-code pages write as K-0008.</summary>
    private static Task Refuse(HttpContext ctx)
    {
        ctx.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        return Task.CompletedTask;
    }
}
