using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal;

/// <summary>
/// D-639: the person a staff desk is serving, named in the desk's addresses by an opaque handle instead of the IIN (a
/// URL ends up in browser history, proxies' access logs and Referer headers; 004.md §2.1, nothing is shown to someone
/// who must not see it). The handle is the IIN sealed with the site's data-protection keys (authenticated encryption,
/// keys shared by every instance through the database), bound to the staff member who identified the person and valid
/// for <see cref="Lifetime"/> by the injected clock: another staff member's handle, an expired or altered one resolves
/// to nothing, never to another person.
/// </summary>
public sealed class DeskSubjects(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>A working session at a window: long enough to fill an application, short enough to be useless later.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private IDataProtector Protector => protection.CreateProtector("qyzmet.desk-subject.v1");

    /// <summary>The handle naming <paramref name="iin"/> for <paramref name="staff"/>; URL-safe (base64url).</summary>
    public string Issue(UserInfo staff, string iin)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Protector.Protect(string.Join('\n', staff.Id, iin, expires));
    }

    /// <summary>
    /// Whether a typed number is a well-formed IIN or BIN: the desk then answers with the handle and reads the register on
    /// the page the handle opens, so one identification is one read in the person's access log (D-305).
    /// </summary>
    public static bool IsIdentifier([NotNullWhen(true)] string? id) =>
        Kernel.Identifiers.Iin.TryParse(id, out _, out _) || Kernel.Identifiers.Bin.TryParse(id, out _, out _);

    /// <summary>The IIN a handle names, if it was issued to <paramref name="staff"/> and has not expired; else null.</summary>
    public string? Resolve(UserInfo staff, string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle) || handle.Length > 1000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = Protector.Unprotect(handle.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split('\n');
        return parts.Length == 3 && parts[0] == staff.Id
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() < expires ? parts[1] : null;
    }
}
