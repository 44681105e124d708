using System.Diagnostics.CodeAnalysis;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Identifiers;

/// <summary>What IINs and BINs share: 12 digits and the same two-pass mod-11 check digit.</summary>
internal static class IdentificationNumber
{
    public const int Length = 12;

    private static readonly int[] FirstPassWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondPassWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>
    /// The 12th digit for the first 11: Σ dᵢ·wᵢ mod 11 with weights 1..11; when that is 10, a second pass with
    /// weights 3..11,1,2; when that is 10 too, the number is never issued (null).
    /// </summary>
    public static int? CheckDigit(ReadOnlySpan<char> first11)
    {
        var first = WeightedSum(first11, FirstPassWeights) % 11;
        if (first != 10)
        {
            return first;
        }

        var second = WeightedSum(first11, SecondPassWeights) % 11;
        return second == 10 ? null : second;
    }

    private static int WeightedSum(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum;
    }

    /// <summary>Length, digits-only and check digit; returns the failure as a template and its arguments.</summary>
    public static bool TryCheck(string value, [NotNullWhen(false)] out ErrorCode? error, out object?[] args)
    {
        args = [];
        error = null;
        if (value.Length != Length)
        {
            (error, args) = (IdentifierErrors.WrongLength, [value.Length]);
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                (error, args) = (IdentifierErrors.NonDigit, [value[i], i + 1]);
                return false;
            }
        }

        return true;
    }

    public static bool TryChecksum(string value, [NotNullWhen(false)] out ErrorCode? error, out object?[] args)
    {
        args = [];
        error = null;
        var expected = CheckDigit(value.AsSpan(0, 11));
        if (expected is null)
        {
            (error, args) = (IdentifierErrors.ChecksumUndefined, [value[..11]]);
            return false;
        }

        var actual = value[11] - '0';
        if (actual != expected)
        {
            (error, args) = (IdentifierErrors.ChecksumMismatch, [expected, actual]);
            return false;
        }

        return true;
    }

    /// <summary>Appends the check digit, moving to the next serial when a serial's check digit is undefined.</summary>
    public static string WithCheckDigit(Func<int, string> first11ForSerial, int serial, int maxSerial)
    {
        for (var s = serial; s <= maxSerial; s++)
        {
            var first11 = first11ForSerial(s);
            if (CheckDigit(first11) is { } check)
            {
                return first11 + (char)('0' + check);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(serial), serial, "No serial from this one up to the maximum has a defined check digit.");
    }
}
