using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Api;

internal sealed record CertificateSignInRequest(string? Nonce, string? Signature, string? SignedXml);

internal sealed record OtpSignInRequest(string? Iin);

internal sealed record OtpConfirmRequest(Guid ChallengeId, string? Iin, string? Code);

internal sealed record RevokeRequest(string? Reason);

internal sealed record IssueCertificateRequest(string? Iin, string? CommonName, string? Purpose, string? Algorithm, string? Bin);

public sealed record CertificateDto(string Serial, string SubjectIin, string? SubjectBin, string CommonName, string Purpose, string Algorithm,
    DateTime NotBefore, DateTime NotAfter, DateTime? RevokedAt, string? RevocationReason)
{
    public static CertificateDto Of(IssuedCertificate c) =>
        new(c.Serial, c.SubjectIin, c.SubjectBin, c.CommonName, c.Purpose, c.Algorithm, c.NotBefore, c.NotAfter, c.RevokedAt, c.RevocationReason);
}

public sealed record AccessLogEntryDto(long Id, DateTime At, string ActorId, string ActorRole, string Purpose, string? ApplicationNumber);

/// <summary>The platform CA (root certificate, CRL, register), certificate and OTP sign-in, and the personal-data access log.</summary>
internal static class TrustEndpoints
{
    /// <summary>How long a bearer token (and its session) lasts.</summary>
    public static readonly TimeSpan BearerTokenLifetime = TimeSpan.FromHours(1);

    public static void MapTrustEndpoints(this IEndpointRouteBuilder app)
    {
        var pki = app.MapGroup("/pki").WithTags("PKI");
        pki.MapGet("/crl", async (CertificateRegistry registry, CancellationToken ct) =>
            Results.File(await registry.CrlAsync(ct), "application/pkix-crl", "qyzmet.crl"))
            .WithSummary("The certificate revocation list of the platform CA (DER), named in every certificate's CRL distribution point");
        pki.MapGet("/root.cer", (PlatformCertificateAuthority ca) => Results.File(ca.RootCertificateDer, "application/pkix-cert", "qyzmet-root-ca.cer"))
            .WithSummary("The root certificate of the platform CA: all an offline verifier needs");

        var admin = app.MapGroup("/api/pki/certificates").WithTags("PKI");
        admin.MapGet("", async (string? iin, string? after, int? limit, HttpContext http, CertificateRegistry registry, CancellationToken ct) =>
        {
            RequireAdministrator(http);
            return TypedResults.Ok((await registry.ListAsync(iin, after, limit ?? 100, ct)).Select(CertificateDto.Of));
        }).WithSummary("The register of issued certificates (administrators), by serial; pass the last serial as 'after' for the next page");
        admin.MapPost("", async (IssueCertificateRequest body, HttpContext http, CertificateRegistry registry, CancellationToken ct) =>
        {
            var user = RequireAdministrator(http);
            var issued = await registry.IssueAuditedAsync(Profile(body.Iin, body.CommonName, body.Purpose, body.Algorithm, body.Bin), user.Id, user.Role, ct);
            return TypedResults.Created($"/api/pki/certificates/{issued.Serial}", CertificateDto.Of(issued));
        }).WithSummary("Issue a key and certificate (administrators; development: the PKCS#12 file is kept under the data folder)");
        admin.MapPost("/{serial}/revoke", async (string serial, RevokeRequest? body, HttpContext http, CertificateRegistry registry, CancellationToken ct) =>
        {
            var user = RequireAdministrator(http);
            return TypedResults.Ok(CertificateDto.Of(await registry.RevokeAsync(serial, body?.Reason ?? "", user.Id, user.Role, ct)));
        }).WithSummary("Revoke a certificate (administrators): it appears on the CRL and signatures with it are refused (TRUST-0007)");

        var auth = app.MapGroup("/api/auth").WithTags("Sign-in").AllowAnonymous(); // signing in is for callers not yet signed in (D-816)
        auth.MapPost("/challenge", (TrustSignIn signIn) =>
        {
            var (nonce, expires) = signIn.NewChallenge();
            return TypedResults.Ok(new { nonce, expiresAt = expires, xml = TrustSignIn.LoginXml(nonce) });
        }).WithSummary("A nonce for the authentication key, valid 5 minutes: sign 'xml' as enveloped XMLDSig (NCALayer signXml) or the nonce's UTF-8 bytes as detached CMS");
        auth.MapPost("/certificate", async (CertificateSignInRequest body, bool? token, HttpContext http, TrustSignIn signIn, CancellationToken ct) =>
            await SignInAsync(http, string.IsNullOrWhiteSpace(body.SignedXml)
                ? await signIn.WithCertificateAsync(body.Nonce ?? "", body.Signature ?? "", ct)
                : await signIn.WithSignedXmlAsync(body.SignedXml, ct), token == true))
            .WithSummary("Sign in with 'signedXml' (the challenge's XML signed by the authentication key, XMLDSig) or 'nonce' + 'signature' (detached CMS); ?token=true answers a bearer token instead of setting the session cookie");
        auth.MapPost("/otp", async (OtpSignInRequest body, TrustSignIn signIn, CancellationToken ct) =>
        {
            var issued = await signIn.RequestOtpAsync(body.Iin?.Trim() ?? "", ct);
            return TypedResults.Ok(new { challengeId = issued.ChallengeId, expiresAt = issued.ExpiresAt, phone = issued.MaskedPhone });
        }).WithSummary("Send a one-time sign-in code to the mobile number registered for the IIN");
        auth.MapPost("/otp/confirm", async (OtpConfirmRequest body, bool? token, HttpContext http, TrustSignIn signIn, CancellationToken ct) =>
            await SignInAsync(http, await signIn.WithOtpAsync(body.ChallengeId, body.Iin?.Trim() ?? "", body.Code ?? "", ct), token == true))
            .WithSummary("Sign in with the code; ?token=true answers a bearer token for the API");
        auth.MapPost("/sign-out", async (HttpContext http, Sessions sessions, CancellationToken ct) =>
        {
            // D-311: the session ends on the server (every instance), whether it came as a cookie or a bearer token.
            await sessions.EndAsync(http.User, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).WithSummary("Sign out: ends the session on the server, so the cookie or bearer token no longer works anywhere");

        app.MapGet("/api/me/access-log", async (long? before, int? limit, HttpContext http, PersonAccessLog log, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var rows = await log.ForPersonAsync(user.Id, before, limit ?? 50, ct);
            return TypedResults.Ok(new
            {
                items = rows.Select(r => new AccessLogEntryDto(r.Id, r.At, r.ActorId, r.ActorRole, r.Purpose, r.ApplicationNumber)),
                next = rows.Count == 0 ? null : (long?)rows[^1].Id,
            });
        }).WithTags("Cabinet").WithSummary("Who viewed my data and why, newest first (pass 'next' as 'before' for older entries)");
    }

    /// <summary>Development only: the demo key files, so a newcomer can sign (password <see cref="CertificateRegistry.DemoPassword"/>).</summary>
    public static void MapDevKeyEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/dev/keys/{iin}/{purpose}", (string iin, string purpose, string? bin, IConfiguration config, IHostEnvironment environment, CertificateRegistry registry) =>
        {
            if (!DevSignIn.Enabled(config, environment))
            {
                throw new QyzmetException(HostErrors.DevSignInDisabled);
            }

            var path = registry.KeyFilePath(iin, purpose == "sign" ? KeyPurpose.Signing : KeyPurpose.Authentication, bin);
            return File.Exists(path) && purpose is "sign" or "auth"
                ? Results.File(File.ReadAllBytes(path), "application/x-pkcs12", Path.GetFileName(path))
                : throw new QyzmetException(KernelErrors.NotFound, $"/api/dev/keys/{iin}/{purpose}");
        }).WithTags("Sign-in").WithSummary("Development: download a demo key file (purpose 'auth' or 'sign'; ?bin= for a company key); password qyzmet-demo");

    internal static CertificateProfile Profile(string? iin, string? commonName, string? purpose, string? algorithm, string? bin)
    {
        var parsed = Kernel.Identifiers.Iin.Parse(iin?.Trim() ?? "");
        if (!string.IsNullOrWhiteSpace(bin))
        {
            Kernel.Identifiers.Bin.Parse(bin.Trim());
        }

        var keyPurpose = purpose?.Trim().ToLowerInvariant() switch
        {
            "auth" or "authentication" => KeyPurpose.Authentication,
            "sign" or "signing" or null or "" => KeyPurpose.Signing,
            _ => throw new QyzmetException(KernelErrors.Validation) { Fields = { ["purpose"] = new("auth немесе sign.", "auth или sign.", "auth or sign.") } },
        };
        var keyAlgorithm = algorithm?.Trim().ToLowerInvariant() switch
        {
            "rsa" or "rsa-2048" => KeyAlgorithm.Rsa2048,
            "ecdsa" or "ecdsa-p256" or "p256" or null or "" => KeyAlgorithm.EcdsaP256,
            _ => throw new QyzmetException(KernelErrors.Validation) { Fields = { ["algorithm"] = new("rsa немесе ecdsa.", "rsa или ecdsa.", "rsa or ecdsa.") } },
        };
        return new CertificateProfile(parsed.Value, string.IsNullOrWhiteSpace(commonName) ? parsed.Value : commonName.Trim(), keyPurpose, keyAlgorithm,
            string.IsNullOrWhiteSpace(bin) ? null : bin.Trim());
    }

    private static UserInfo RequireAdministrator(HttpContext http)
    {
        var user = CurrentUser.Required(http.User);
        return user.Role == Roles.Administrator ? user : throw new QyzmetException(KernelErrors.Forbidden);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, UserInfo user, bool token)
    {
        if (token)
        {
            // The bearer-token handler writes {"tokenType":"Bearer","accessToken":…,"expiresIn":…}. The token carries a
            // server-side session that sign-out ends (D-311); cookie sign-ins open theirs in the cookie handler's OnSigningIn.
            var principal = await http.RequestServices.GetRequiredService<Sessions>()
                .StartAsync(CurrentUser.Principal(user), BearerTokenLifetime, http.RequestAborted);
            return Results.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CurrentUser.Principal(user));
        return TypedResults.Ok(user);
    }
}
