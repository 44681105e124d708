using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Money;

/// <summary>How a service's fee is determined, as the regulation states it.</summary>
public abstract record FeeRule
{
    /// <summary>A human description for the catalog and the portal.</summary>
    public abstract LocalizedText Describe();

    /// <summary>No fee (state services provided free of charge).</summary>
    public sealed record Free : FeeRule
    {
        public override LocalizedText Describe() => new("Тегін", "Бесплатно", "Free of charge");
    }

    /// <summary>A share of the monthly calculation index (МРП/АЕК) in force on the payment date, e.g. 0.3 for 30%.</summary>
    public sealed record MciShare(decimal Share) : FeeRule
    {
        public override LocalizedText Describe() => new(
            $"АЕК-тің {Share * 100:0.##}%",
            $"{Share * 100:0.##}% МРП",
            $"{Share * 100:0.##}% of the MCI");
    }

    /// <summary>A price from the provider's price list (e.g. technical inspection), computed per case.</summary>
    public sealed record PriceList(string PriceListId, LocalizedText Note) : FeeRule
    {
        public override LocalizedText Describe() => Note;
    }

    /// <summary>The regulation does not state the fee; it defers to another act. The note says which.</summary>
    public sealed record NotStated(LocalizedText Note) : FeeRule
    {
        public override LocalizedText Describe() => Note;
    }
}
