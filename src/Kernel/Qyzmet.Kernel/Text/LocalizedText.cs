using System.Globalization;

namespace Qyzmet.Kernel.Text;

/// <summary>A text in the three languages the platform speaks: Kazakh (state language), Russian and English (API default).</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    public static readonly string[] Languages = ["kk", "ru", "en"];

    /// <summary>The text for a two-letter language code; anything unknown falls back to English.</summary>
    public string For(string? language) => Normalize(language) switch
    {
        "kk" => Kk,
        "ru" => Ru,
        _ => En,
    };

    public string For(CultureInfo culture) => For(culture.TwoLetterISOLanguageName);

    /// <summary>The text in the language with the arguments filled in; an argument that is itself a <see cref="LocalizedText"/> is given in the same language.</summary>
    public string Format(string? language, params object?[] args) =>
        args.Length == 0 ? For(language) : string.Format(CultureInfo.InvariantCulture, For(language), [.. args.Select(a => a is LocalizedText t ? t.For(language) : a)]);

    public static string Normalize(string? language) => language?.ToLowerInvariant() switch
    {
        "kk" or "kz" or "kk-kz" => "kk",
        "ru" or "ru-ru" or "ru-kz" => "ru",
        _ => "en",
    };

    public override string ToString() => En;
}
