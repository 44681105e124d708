using System.Security.Cryptography;
using System.Text;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 17 (ADR 0024, D-800): every response says how a browser may use it. The content security policy allows scripts
/// from the platform's own origin only (the vendored libraries are served from wwwroot/lib) plus the layout's one inline
/// line by its hash; no inline event handlers, no eval. Pages may not be framed (clickjacking), types are not sniffed,
/// the address is not leaked to other sites, and over TLS the browser is told to keep to TLS (HSTS).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The layout's only inline script (Qyzmet.Portal's _Layout.cshtml); it runs before the first paint.</summary>
    public const string LayoutInlineScript = "document.documentElement.classList.add(\"js\");";

    /// <summary>The 'sha256-…' source of an inline script's text.</summary>
    public static string Hash(string inlineScript) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineScript))) + "'";

    /// <summary>
    /// The policy. connect-src adds the NCALayer WebSocket addresses the pages connect to (eds.js). Styles may be inline
    /// (Leaflet and the map's popups set style attributes; D-800): a style cannot run code.
    /// </summary>
    public static string Policy(string ncaLayerUrls) =>
        "default-src 'self'; "
        + $"script-src 'self' {Hash(LayoutInlineScript)}; "
        + "style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; "
        + "font-src 'self'; "
        + $"connect-src 'self' {ncaLayerUrls}; "
        + "object-src 'none'; "
        + "base-uri 'self'; "
        + "frame-ancestors 'none'";

    /// <summary>One year, as browsers' preload lists ask.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseQyzmetSecurityHeaders(this IApplicationBuilder app, IConfiguration config, IHostEnvironment environment)
    {
        var policy = Policy(NcaLayerSettings.Urls(config, environment));
        return app.Use((ctx, next) =>
        {
            ctx.Response.OnStarting(() =>
            {
                var headers = ctx.Response.Headers;
                // An endpoint that set a stricter policy keeps it (an uploaded file is served sandboxed, D-321).
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = policy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (ctx.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }

                return Task.CompletedTask;
            });
            return next(ctx);
        });
    }
}
