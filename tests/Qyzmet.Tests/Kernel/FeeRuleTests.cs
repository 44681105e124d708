using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Tests.Kernel;

/// <summary>
/// The price-list lookup of the fee-rule service (D-707): the row in force on the payment date, in the object's area band.
/// 000.md App. 1 row 6 and §8.1 (area bands, "up to 1000 m²" includes 1000); 003.md Standard item 6.
/// </summary>
public sealed class FeeRuleTests
{
    private static readonly DateOnly Order = new(2024, 1, 16);

    private static FeePrice Row(long id, string code, long tenge, DateOnly from, decimal? above = null, decimal? upTo = null) => new()
    {
        Id = id,
        PriceList = "test",
        Code = code,
        NameKk = code,
        NameRu = code,
        AmountTiyn = tenge * 100,
        EffectiveFrom = from,
        AreaAbove = above,
        AreaUpTo = upTo,
    };

    private static readonly FeePrice[] Rows =
    [
        Row(1, "s1.base.other", 15_000, Order, upTo: 1000m),
        Row(2, "s1.base.other", 30_000, Order, above: 1000m),
        Row(3, "s1.base.other", 16_000, new DateOnly(2026, 12, 1), upTo: 1000m),
        Row(4, "s1.base.apartment", 5_000, Order),
        Row(5, "s1.base.apartment", 5_500, new DateOnly(2026, 12, 1)),
    ];

    // 000.md §8.1: exactly 1000 m² is "up to 1000 m²"; 1000.01 m² is "over 1000 m²".
    [Theory]
    [InlineData(0.5, 15_000)]
    [InlineData(999.99, 15_000)]
    [InlineData(1000, 15_000)]
    [InlineData(1000.01, 30_000)]
    [InlineData(5400, 30_000)]
    public void AreaBand_UpTo1000Inclusive_Over1000Exclusive(decimal area, long tenge) =>
        Assert.Equal(tenge * 100, FeeRuleService.Select(Rows, "s1.base.other", new DateOnly(2026, 11, 30), area).AmountTiyn);

    // D-707: the price in force on the payment date: the day before a new price still pays the old one, the day itself the new one.
    [Fact]
    public void EffectiveDate_NewPriceFromItsFirstDay_OldOneTheDayBefore()
    {
        Assert.Equal(500_000, FeeRuleService.Select(Rows, "s1.base.apartment", new DateOnly(2026, 11, 30), null).AmountTiyn);
        Assert.Equal(550_000, FeeRuleService.Select(Rows, "s1.base.apartment", new DateOnly(2026, 12, 1), null).AmountTiyn);
        // A band changes on its own: the band over 1000 m² keeps its price.
        Assert.Equal(1_600_000, FeeRuleService.Select(Rows, "s1.base.other", new DateOnly(2026, 12, 1), 1000m).AmountTiyn);
        Assert.Equal(3_000_000, FeeRuleService.Select(Rows, "s1.base.other", new DateOnly(2026, 12, 1), 1000.01m).AmountTiyn);
    }

    // Before the list's first date, an unknown code, or a banded position without an area: PAY-0116, never a guessed price.
    [Fact]
    public void NoRowInForce_PAY0116()
    {
        Assert.Equal("PAY-0116", Assert.Throws<QyzmetException>(() => FeeRuleService.Select(Rows, "s1.base.apartment", Order.AddDays(-1), null)).Error.Code);
        Assert.Equal("PAY-0116", Assert.Throws<QyzmetException>(() => FeeRuleService.Select(Rows, "s1.unknown", Order, null)).Error.Code);
        Assert.Equal("PAY-0116", Assert.Throws<QyzmetException>(() => FeeRuleService.Select(Rows, "s1.base.other", Order, null)).Error.Code);
    }
}
