using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Payments;
using Qyzmet.PopulationDocuments;
using Qyzmet.PopulationDocuments.Features.LoadDutyRates;

namespace Qyzmet.Tests.Population;

/// <summary>
/// 004.md §3.1 item 7 (D-621, D-630, D-717): the accelerated-issue surcharges (15, 10 or 7 working days) are rows of the
/// kernel's price list, looked up by the fee-rule service on the payment day like every price-list fee. The demo figures
/// (placeholders) are pinned here by date: the same amounts the passport service charged before it moved to the kernel.
/// </summary>
public sealed class SurchargePriceTests
{
    [Theory]
    [InlineData("15", 300_000)]
    [InlineData("10", 500_000)]
    [InlineData("7", 800_000)]
    public void DemoSurcharge_InForceFromTheStandardsEntry_SameAmountEveryDayAfter(string term, long tiyn)
    {
        var code = DutyRates.SurchargeCode("accelerated-" + term)!;
        foreach (var day in new[] { new DateOnly(2014, 3, 1), new DateOnly(2024, 1, 16), new DateOnly(2026, 11, 30), new DateOnly(2027, 1, 1) })
        {
            var row = FeeRuleService.Select(PopulationDemoData.SurchargePrices, code, day, area: null);
            Assert.Equal(tiyn, row.AmountTiyn);
            Assert.True(row.Placeholder);
            Assert.Equal(DutyRates.SurchargePriceList, row.PriceList);
        }

        // Before the standard took effect no surcharge is listed: the payment date has no price (PAY-0116), never a guess.
        var none = Assert.Throws<QyzmetException>(() => FeeRuleService.Select(PopulationDemoData.SurchargePrices, code, new DateOnly(2014, 2, 28), area: null));
        Assert.Equal("PAY-0116", none.Error.Code);
    }

    // D-621: the Ministry's list loaded with a later date replaces the placeholder from that day; the days before keep it.
    [Fact]
    public void LoadedPriceList_ReplacesThePlaceholderFromItsDate()
    {
        var loaded = DutyRates.SurchargePrice("accelerated-7", new DateOnly(2026, 12, 1), 1_234_500, placeholder: false, "Приказ МВД (тест)", DateTime.UnixEpoch, null);
        var rows = PopulationDemoData.SurchargePrices.Append(loaded).ToList();
        var code = DutyRates.SurchargeCode("accelerated-7")!;
        Assert.Equal(800_000, FeeRuleService.Select(rows, code, new DateOnly(2026, 11, 30), null).AmountTiyn);
        var from = FeeRuleService.Select(rows, code, new DateOnly(2026, 12, 1), null);
        Assert.Equal(1_234_500, from.AmountTiyn);
        Assert.False(from.Placeholder);
        Assert.Null(DutyRates.SurchargeCode("passport"));
    }
}
