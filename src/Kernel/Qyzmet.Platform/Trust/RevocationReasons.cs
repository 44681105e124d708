using System.Security.Cryptography.X509Certificates;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// The revocation reasons of RFC 5280 §5.3.1 (CRLReason), by their RFC names. The register keeps the RFC name and the
/// CRL carries the matching reason code, so a verifier sees "keyCompromise" rather than "unspecified".
/// Spaces, hyphens, underscores and case are ignored ("key compromise", "key-compromise", "KeyCompromise").
/// </summary>
public static class RevocationReasons
{
    private static readonly (string Name, X509RevocationReason Code)[] Known =
    [
        ("unspecified", X509RevocationReason.Unspecified),
        ("keyCompromise", X509RevocationReason.KeyCompromise),
        ("cACompromise", X509RevocationReason.CACompromise),
        ("affiliationChanged", X509RevocationReason.AffiliationChanged),
        ("superseded", X509RevocationReason.Superseded),
        ("cessationOfOperation", X509RevocationReason.CessationOfOperation),
        ("certificateHold", X509RevocationReason.CertificateHold),
        ("privilegeWithdrawn", X509RevocationReason.PrivilegeWithdrawn),
        ("aACompromise", X509RevocationReason.AACompromise),
    ];

    /// <summary>The accepted names, for messages.</summary>
    public static string Names => string.Join(", ", Known.Select(k => k.Name));

    /// <summary>The RFC name and code for a reason as an administrator wrote it; empty means unspecified; null when unknown.</summary>
    public static (string Name, X509RevocationReason Code)? Parse(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Known[0];
        }

        var key = new string([.. reason.Where(char.IsLetter)]);
        foreach (var k in Known)
        {
            if (string.Equals(k.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The reason as the register and the API take it, or a 400 naming the field.</summary>
    public static (string Name, X509RevocationReason Code) Require(string? reason) =>
        Parse(reason) ?? throw new QyzmetException(KernelErrors.Validation)
        {
            Fields =
            {
                ["reason"] = new(
                    "Кері қайтарып алу себебі RFC 5280 бойынша: " + Names + ".",
                    "Причина отзыва по RFC 5280: " + Names + ".",
                    "The revocation reason, as RFC 5280 names it: " + Names + "."),
            },
        };

    /// <summary>The CRL code for a stored reason; rows from before reasons were checked read as unspecified.</summary>
    public static X509RevocationReason CodeOf(string? stored) => Parse(stored)?.Code ?? X509RevocationReason.Unspecified;
}
