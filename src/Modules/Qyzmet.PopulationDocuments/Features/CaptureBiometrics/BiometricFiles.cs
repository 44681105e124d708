using System.Buffers.Binary;
using System.Globalization;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.PopulationDocuments.Common;

namespace Qyzmet.PopulationDocuments.Features.CaptureBiometrics;

/// <summary>What a checked photo or signature file is: its type from its content, and its size in pixels.</summary>
internal sealed record BiometricImage(string ContentType, string Extension, int Width, int Height);

/// <summary>
/// The photo and signature files of S1 (004.md §3.1 item 9.2 at the centre, item 9 on the portal; D-618): JPEG or PNG by
/// their content (never by name or declared type), at most <see cref="MaxBytes"/>, and big enough for the printed size at
/// 300 dpi with the printed proportions: the photograph 3.5 × 4.5 cm (the portal's 3.4 × 4.5 cm, §8.3 item 3, is
/// accepted too), the signature 7 × 2 cm.
/// </summary>
internal static class BiometricFiles
{
    public const string Photo = "photo";
    public const string Signature = "signature";

    /// <summary>D-618: 2 MB for a photograph, 1 MB for a signature (a 300 dpi JPEG of either is far smaller).</summary>
    public static long MaxBytes(string kind) => kind == Photo ? 2 * 1024 * 1024 : 1024 * 1024;

    /// <summary>A kind's rule: the least pixels at 300 dpi and the accepted width/height ratio.</summary>
    private sealed record Rule(int MinWidth, int MinHeight, double MinRatio, double MaxRatio, string Proportion);

    private static readonly Dictionary<string, Rule> Rules = new(StringComparer.Ordinal)
    {
        // 3.4 cm at 300 dpi is 402 px, 4.5 cm is 531 px; 3.4/4.5 = 0.756 and 3.5/4.5 = 0.778, with 2% for cropping.
        [Photo] = new(402, 531, 0.74, 0.79, "3,5 × 4,5"),
        // 7 cm at 300 dpi is 827 px, 2 cm is 236 px; 7/2 = 3.5, with 5% for cropping.
        [Signature] = new(827, 236, 3.325, 3.675, "7 × 2"),
    };

    public static bool IsKind(string? kind) => kind is Photo or Signature;

    /// <summary>Checks the file of the form field <paramref name="field"/>; a coded 4xx naming the field otherwise.</summary>
    public static BiometricImage Check(string kind, string field, byte[]? content)
    {
        if (content is null || content.Length == 0)
        {
            throw Error(PopulationErrors.BiometricEmpty, field, field);
        }

        if (content.Length > MaxBytes(kind))
        {
            throw TooLarge(kind, field, content.Length);
        }

        var image = Read(content) ?? throw Error(PopulationErrors.BiometricFormat, field, field);
        var rule = Rules[kind];
        var ratio = (double)image.Width / image.Height;
        if (image.Width < rule.MinWidth || image.Height < rule.MinHeight || ratio < rule.MinRatio || ratio > rule.MaxRatio)
        {
            throw Error(PopulationErrors.BiometricDimensions, field, field, image.Width, image.Height, rule.MinWidth, rule.MinHeight, rule.Proportion);
        }

        return image;
    }

    /// <summary>An uploaded photo or signature read into memory, refused before reading when larger than allowed (D-618).</summary>
    public static async Task<byte[]?> ReadAsync(string kind, Microsoft.AspNetCore.Http.IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }

        if (file.Length > MaxBytes(kind))
        {
            throw TooLarge(kind, kind, file.Length);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    public static QyzmetException TooLarge(string kind, string field, long length) =>
        Error(PopulationErrors.BiometricTooLarge, field, field, (length + 1023) / 1024, MaxBytes(kind) / 1024);

    private static QyzmetException Error(ErrorCode code, string field, params object[] args) =>
        new(code, args) { Fields = { [field] = code.Message.FormatAll(args) } };

    /// <summary>The type and pixel size from the file's own header: PNG's IHDR, or JPEG's start-of-frame; null for anything else.</summary>
    internal static BiometricImage? Read(byte[] b)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length >= 24 && b.AsSpan().StartsWith(png) && b.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            var w = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16));
            var h = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20));
            return w > 0 && h > 0 ? new("image/png", "png", w, h) : null;
        }

        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 3 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // the image data begins (or ends) before any frame header
            }

            var length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2)
            {
                return null;
            }

            // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 8 >= b.Length)
                {
                    return null;
                }

                var h = (b[i + 5] << 8) | b[i + 6];
                var w = (b[i + 7] << 8) | b[i + 8];
                return w > 0 && h > 0 ? new("image/jpeg", "jpg", w, h) : null;
            }

            i += 2 + length;
        }

        return null;
    }

    private static LocalizedText FormatAll(this LocalizedText text, params object?[] args) => new(
        string.Format(CultureInfo.InvariantCulture, text.Kk, args), string.Format(CultureInfo.InvariantCulture, text.Ru, args), string.Format(CultureInfo.InvariantCulture, text.En, args));
}
