using System.Globalization;
using System.Text;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// Issue 17 "path traversal in file names, files that lie about their type" (D-817): the name a client gives an uploaded
/// file is only a label. It keeps its last segment (after any '/' or '\', whatever the client's system), loses control and
/// invisible formatting characters (NUL, bidirectional overrides, zero-width marks), leading dots and spaces and the
/// characters no file system takes, and is cut to <see cref="MaxLength"/> characters without splitting a character. Its
/// extension must name the type the content's first bytes show: a ".pdf" holding a PNG is refused (SEC-0010), a name
/// without an extension gets the right one.
/// </summary>
public static class UploadedFileName
{
    public const int MaxLength = 120;

    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = [".pdf"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["image/png"] = [".png"],
    };

    /// <summary>Every extension a stored file may carry, for the message.</summary>
    private static string Accepted => string.Join(", ", Extensions.Values.SelectMany(e => e));

    public static readonly ErrorCode ExtensionLies = new("SEC-0010", 415, new(
        "Файл атауы «{0}» түрін көрсетеді, ал мазмұны — {1}. Файлды дұрыс кеңейтіммен жіберіңіз ({2}).",
        "Имя файла указывает тип «{0}», а по содержимому это {1}. Отправьте файл с верным расширением ({2}).",
        "The file's name says '{0}' but its content is {1}. Send it with the right extension ({2})."));

    /// <summary>The label to store for <paramref name="name"/>, whose content is of <paramref name="contentType"/>.</summary>
    public static string Sanitise(string? name, string contentType)
    {
        var text = Clean(name ?? "");
        var cut = Math.Max(text.LastIndexOf('/'), text.LastIndexOf('\\'));
        text = text[(cut + 1)..].Trim().TrimStart('.', ' ').Trim();
        var allowed = Extensions.TryGetValue(contentType, out var e) ? e : [];
        var dot = text.LastIndexOf('.');
        var extension = dot > 0 ? text[dot..].ToLowerInvariant() : "";
        string stem;
        if (extension.Length > 0 && allowed.Contains(extension, StringComparer.Ordinal))
        {
            stem = text[..dot];
        }
        else if (extension.Length > 0 && Extensions.Values.Any(x => x.Contains(extension, StringComparer.Ordinal)))
        {
            // A name of another accepted type: the file lies about what it is.
            throw new QyzmetException(ExtensionLies, extension, contentType, Accepted)
            {
                Fields = { ["file"] = ExtensionLies.Message.With(extension, contentType, Accepted) },
            };
        }
        else
        {
            // No extension, or one of no accepted type ("report.exe" holding a PDF): the content's extension is added.
            stem = text;
            extension = allowed.FirstOrDefault() ?? "";
        }

        stem = stem.TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = "file";
        }

        return Truncate(stem, MaxLength - extension.Length) + extension;
    }

    /// <summary>Drops what is never part of a name: control and format characters, lone surrogates, reserved characters.</summary>
    private static string Clean(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, 4 * MaxLength));
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
                if (category is not (UnicodeCategory.Format or UnicodeCategory.PrivateUse))
                {
                    builder.Append(c).Append(name[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || "<>:\"|?*".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    continue;
                case UnicodeCategory.SpaceSeparator:
                    builder.Append(' ');
                    continue;
                default:
                    builder.Append(c);
                    continue;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, cut between whole characters (grapheme clusters).</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (length + element.Length > max)
            {
                break;
            }

            length += element.Length;
        }

        return text[..length].TrimEnd('.', ' ');
    }
}
