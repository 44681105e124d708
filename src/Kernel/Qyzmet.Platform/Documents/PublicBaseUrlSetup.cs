using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Qyzmet.Platform.Documents;

/// <summary>
/// Where <c>Qyzmet:PublicBaseUrl</c> comes from (issue 10 item 3). The verification links printed as QR codes and the
/// CRL address in every certificate are read by people and verifiers outside the server, so they must be the
/// deployment's public address: outside Development it has to be configured, and starting without it fails.
/// In Development an unset value is derived from the first listen URL (a newcomer's <c>dotnet run</c> works as before).
/// </summary>
public static class PublicBaseUrlSetup
{
    public const string DevelopmentListenUrl = "http://127.0.0.1:5080";

    public const string Missing =
        "Qyzmet:PublicBaseUrl is not set (or is not an absolute http/https URL). Set it to the deployment's public address (e.g. --Qyzmet:PublicBaseUrl=https://qyzmet.example.kz " +
        "or Qyzmet__PublicBaseUrl=https://qyzmet.example.kz): verification links in documents and the CRL address in certificates are built from it. " +
        "Only the Development environment derives it from the listen URL.";

    public static void Apply(PlatformOptions options, IHostEnvironment environment, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) || !environment.IsDevelopment())
        {
            return;
        }

        var listen = (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? DevelopmentListenUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DevelopmentListenUrl;
        // A wildcard listen address is not an address anyone can open.
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            listen = listen.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        options.PublicBaseUrl = listen;
    }

    public static bool IsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
