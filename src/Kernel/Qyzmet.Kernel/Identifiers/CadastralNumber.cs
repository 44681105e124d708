using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Identifiers;

public enum CadastralObjectKind
{
    LandPlot,
    Building,
    Premises,
}

/// <summary>
/// A cadastral number of a land plot or of real estate on it.
/// Format (our convention: the service regulations name the cadastral number but do not fix its syntax, so we use
/// the form printed on land-cadastre documents): <c>OO-RRR-QQQ-PPP</c> = oblast (2 digits), district (3),
/// cadastral quarter (3), plot (3–4), e.g. <c>20-311-015-123</c>; a building or structure appends <c>:B</c>
/// (1–4 digits) and premises (an apartment, an office) <c>:B:N</c> (1–4 digits), e.g. <c>20-311-015-123:1:45</c>.
/// Only the syntax is checked; whether the number exists is a question for the cadastre.
/// </summary>
public readonly partial record struct CadastralNumber
{
    private CadastralNumber(string value, string oblast, string district, string quarter, string plot, string? building, string? premises)
    {
        Value = value;
        Oblast = oblast;
        District = district;
        Quarter = quarter;
        Plot = plot;
        Building = building;
        Premises = premises;
    }

    /// <summary>The normalised number (surrounding whitespace removed).</summary>
    public string Value { get; }

    public string Oblast { get; }

    public string District { get; }

    public string Quarter { get; }

    public string Plot { get; }

    /// <summary>Building/structure number, or null for a land plot.</summary>
    public string? Building { get; }

    /// <summary>Premises number, or null unless <see cref="Kind"/> is <see cref="CadastralObjectKind.Premises"/>.</summary>
    public string? Premises { get; }

    public CadastralObjectKind Kind => Premises is not null
        ? CadastralObjectKind.Premises
        : Building is not null ? CadastralObjectKind.Building : CadastralObjectKind.LandPlot;

    /// <summary>The land plot this object stands on (the number itself for a land plot).</summary>
    public CadastralNumber LandPlotNumber => Kind == CadastralObjectKind.LandPlot
        ? this
        : new CadastralNumber($"{Oblast}-{District}-{Quarter}-{Plot}", Oblast, District, Quarter, Plot, null, null);

    public static bool TryParse([NotNullWhen(true)] string? s, out CadastralNumber number, [NotNullWhen(false)] out ErrorCode? error)
    {
        var value = s?.Trim() ?? string.Empty;
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            number = default;
            error = IdentifierErrors.Filled(IdentifierErrors.MalformedCadastralNumber, [value]);
            return false;
        }

        number = new CadastralNumber(
            value,
            match.Groups["o"].Value,
            match.Groups["r"].Value,
            match.Groups["q"].Value,
            match.Groups["p"].Value,
            match.Groups["b"].Success ? match.Groups["b"].Value : null,
            match.Groups["n"].Success ? match.Groups["n"].Value : null);
        error = null;
        return true;
    }

    /// <summary>Parses a cadastral number or throws a <see cref="QyzmetException"/> (ID-0010).</summary>
    public static CadastralNumber Parse(string s) =>
        TryParse(s, out var number, out _) ? number : throw new QyzmetException(IdentifierErrors.MalformedCadastralNumber, s?.Trim());

    public override string ToString() => Value ?? string.Empty;

    // [0-9], not \d: \d would also accept Arabic-Indic and other Unicode digits.
    [GeneratedRegex(@"^(?<o>[0-9]{2})-(?<r>[0-9]{3})-(?<q>[0-9]{3})-(?<p>[0-9]{3,4})(?::(?<b>[0-9]{1,4})(?::(?<n>[0-9]{1,4}))?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
