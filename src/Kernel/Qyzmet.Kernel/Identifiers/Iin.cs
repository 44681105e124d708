using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Identifiers;

/// <summary>
/// Individual identification number (ЖСН/ИИН): YYMMDD birth date, a century/sex digit (1/2 → 1800s male/female,
/// 3/4 → 1900s, 5/6 → 2000s), a four-digit serial (digits 8–11) and a check digit (Law of 12 Jan 2007 № 223-III).
/// </summary>
public readonly record struct Iin
{
    private Iin(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    /// <summary>
    /// Parses an IIN (surrounding whitespace ignored). On failure <paramref name="error"/> carries the stable code
    /// with its message already filled in (e.g. "the 12th (check) digit should be 4, not 7").
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Iin iin, [NotNullWhen(false)] out ErrorCode? error)
    {
        if (TryParseCore(s, out iin, out var template, out var args))
        {
            error = null;
            return true;
        }

        error = IdentifierErrors.Filled(template, args);
        return false;
    }

    /// <summary>Parses an IIN or throws a <see cref="QyzmetException"/> with an ID- code.</summary>
    public static Iin Parse(string s) =>
        TryParseCore(s, out var iin, out var template, out var args) ? iin : throw new QyzmetException(template, args);

    /// <summary>
    /// Builds a valid IIN for seeding and tests. When <paramref name="serial"/> (0–9999) gives an undefined check
    /// digit, the next serial is used, as the registry does.
    /// </summary>
    public static Iin Create(DateOnly birthDate, Sex sex, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 9999);
        if (birthDate.Year is < 1800 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "An IIN encodes birth years 1800–2099 only.");
        }

        var centuryDigit = ((birthDate.Year / 100) - 18) * 2 + (sex == Sex.Male ? 1 : 2);
        var prefix = birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + centuryDigit.ToString(CultureInfo.InvariantCulture);
        var value = IdentificationNumber.WithCheckDigit(s => prefix + s.ToString("D4", CultureInfo.InvariantCulture), serial, 9999);
        return new Iin(value, birthDate, sex);
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool TryParseCore(string? s, out Iin iin, [NotNullWhen(false)] out ErrorCode? error, out object?[] args)
    {
        iin = default;
        var value = s?.Trim() ?? string.Empty;
        if (!IdentificationNumber.TryCheck(value, out error, out args))
        {
            return false;
        }

        var centuryDigit = value[6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            (error, args) = (IdentifierErrors.InvalidCenturySex, [centuryDigit]);
            return false;
        }

        var year = 1800 + ((centuryDigit - 1) / 2 * 100) + int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var shown = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            (error, args) = (IdentifierErrors.InvalidBirthDate, [value[..6], centuryDigit, shown]);
            return false;
        }

        if (!IdentificationNumber.TryChecksum(value, out error, out args))
        {
            return false;
        }

        iin = new Iin(value, new DateOnly(year, month, day), centuryDigit % 2 == 1 ? Sex.Male : Sex.Female);
        return true;
    }
}
