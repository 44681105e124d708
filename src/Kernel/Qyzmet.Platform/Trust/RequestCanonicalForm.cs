using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// The bytes an applicant signs (or confirms with a one-time password) when applying: UTF-8 JSON with no whitespace,
/// object keys in ordinal order, strings escaped only where JSON requires it (quote, backslash, control characters):
/// <code>{"applicantId":"900315400116","consent":true,"fields":{"cadastralNumber":"75-123-045-067"},"serviceId":"land.cadastral-info"}</code>
/// <c>applicantId</c> is the IIN/BIN the service is for (the signer's own for a citizen), <c>fields</c> the form fields
/// exactly as sent (null values included), and <c>consent</c> is always true: signing it is the applicant's consent to the
/// use of their personal data for this service (000.md, refusal ground 5). See ADR 0010.
/// </summary>
public static class RequestCanonicalForm
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static byte[] Build(string serviceId, string applicantId, IReadOnlyDictionary<string, string?> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("applicantId", applicantId);
            writer.WriteBoolean("consent", true);
            writer.WriteStartObject("fields");
            foreach (var (key, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (value is null)
                {
                    writer.WriteNull(key);
                }
                else
                {
                    writer.WriteString(key, value);
                }
            }

            writer.WriteEndObject();
            writer.WriteString("serviceId", serviceId);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string Sha256Hex(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}
