using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Identifiers;

/// <summary>5th digit of a BIN: the kind of registrant (Law of 12 Jan 2007 № 223-III and the BIN registry rules).</summary>
public enum BinEntityType
{
    ResidentLegalEntity = 4,
    NonResidentLegalEntity = 5,

    /// <summary>Individual entrepreneurs acting as a joint entrepreneurship (ИП(С)/ЖК(Ш)).</summary>
    JointEntrepreneurship = 6,
}

/// <summary>
/// 6th digit of a BIN. We accept the documented set 0–3; other values are rejected until a registry
/// specification shows them in use.
/// </summary>
public enum BinAttribute
{
    HeadOrganisation = 0,
    Branch = 1,
    RepresentativeOffice = 2,

    /// <summary>Peasant (farm) household acting as a joint entrepreneurship.</summary>
    PeasantFarm = 3,
}

/// <summary>
/// Business identification number (БСН/БИН): YYMM of registration, entity type, attribute, a five-digit serial
/// (digits 7–11) and the same check digit as the IIN. The year is read as 2000+YY: BINs were introduced in 2007.
/// </summary>
public readonly record struct Bin
{
    private Bin(string value, int year, int month, BinEntityType entityType, BinAttribute attribute)
    {
        Value = value;
        RegistrationYear = year;
        RegistrationMonth = month;
        EntityType = entityType;
        Attribute = attribute;
    }

    public string Value { get; }

    public int RegistrationYear { get; }

    public int RegistrationMonth { get; }

    public BinEntityType EntityType { get; }

    public BinAttribute Attribute { get; }

    /// <summary>
    /// Parses a BIN (surrounding whitespace ignored). On failure <paramref name="error"/> carries the stable code
    /// with its message already filled in.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Bin bin, [NotNullWhen(false)] out ErrorCode? error)
    {
        if (TryParseCore(s, out bin, out var template, out var args))
        {
            error = null;
            return true;
        }

        error = IdentifierErrors.Filled(template, args);
        return false;
    }

    /// <summary>Parses a BIN or throws a <see cref="QyzmetException"/> with an ID- code.</summary>
    public static Bin Parse(string s) =>
        TryParseCore(s, out var bin, out var template, out var args) ? bin : throw new QyzmetException(template, args);

    /// <summary>
    /// Builds a valid BIN for seeding and tests. When <paramref name="serial"/> (0–99999) gives an undefined check
    /// digit, the next serial is used.
    /// </summary>
    public static Bin Create(int year, int month, BinEntityType type, BinAttribute attribute, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 99999);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown BIN entity type.");
        }

        if (!Enum.IsDefined(attribute))
        {
            throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "Unknown BIN attribute.");
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{month:D2}{(int)type}{(int)attribute}");
        var value = IdentificationNumber.WithCheckDigit(s => prefix + s.ToString("D5", CultureInfo.InvariantCulture), serial, 99999);
        return new Bin(value, year, month, type, attribute);
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool TryParseCore(string? s, out Bin bin, [NotNullWhen(false)] out ErrorCode? error, out object?[] args)
    {
        bin = default;
        var value = s?.Trim() ?? string.Empty;
        if (!IdentificationNumber.TryCheck(value, out error, out args))
        {
            return false;
        }

        var month = int.Parse(value.AsSpan(2, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            (error, args) = (IdentifierErrors.InvalidBinMonth, [value.Substring(2, 2)]);
            return false;
        }

        var type = (BinEntityType)(value[4] - '0');
        if (!Enum.IsDefined(type))
        {
            (error, args) = (IdentifierErrors.InvalidBinEntityType, [value[4]]);
            return false;
        }

        var attribute = (BinAttribute)(value[5] - '0');
        if (!Enum.IsDefined(attribute))
        {
            (error, args) = (IdentifierErrors.InvalidBinAttribute, [value[5]]);
            return false;
        }

        if (!IdentificationNumber.TryChecksum(value, out error, out args))
        {
            return false;
        }

        var year = 2000 + int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        bin = new Bin(value, year, month, type, attribute);
        return true;
    }
}
