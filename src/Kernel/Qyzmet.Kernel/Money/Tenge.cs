using System.Globalization;

namespace Qyzmet.Kernel.Money;

/// <summary>An amount in Kazakhstani tenge, held as whole tiyn (1 ₸ = 100 tiyn) so that sums are exact.</summary>
public readonly record struct Tenge(long Tiyn) : IComparable<Tenge>
{
    public static readonly Tenge Zero = new(0);

    public decimal Amount => Tiyn / 100m;

    public static Tenge FromTenge(decimal amount) => new((long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero));

    public int CompareTo(Tenge other) => Tiyn.CompareTo(other.Tiyn);

    public static Tenge operator +(Tenge a, Tenge b) => new(a.Tiyn + b.Tiyn);

    public static Tenge operator -(Tenge a, Tenge b) => new(a.Tiyn - b.Tiyn);

    public static bool operator <(Tenge a, Tenge b) => a.Tiyn < b.Tiyn;

    public static bool operator >(Tenge a, Tenge b) => a.Tiyn > b.Tiyn;

    public static bool operator <=(Tenge a, Tenge b) => a.Tiyn <= b.Tiyn;

    public static bool operator >=(Tenge a, Tenge b) => a.Tiyn >= b.Tiyn;

    /// <summary>"1 297,50 ₸": the way amounts are printed on Kazakh documents.</summary>
    public override string ToString()
    {
        var nfi = new NumberFormatInfo { NumberGroupSeparator = "\u00a0", NumberDecimalSeparator = "," };
        return Amount.ToString("#,##0.00", nfi) + "\u00a0₸";
    }
}
