using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Tests.Kernel;

/// <summary>Fees in MCI (АЕК/МРП), whose yearly value is set by the law on the republican budget.</summary>
public sealed class MciTableTests
{
    [Fact]
    public void MciShare_30PercentOf2026Mci_Is1297Tenge50()
    {
        var fee = MciTable.Default.Compute(new FeeRule.MciShare(0.3m), new DateOnly(2026, 2, 10));
        Assert.Equal(129_750, fee.Tiyn);
        Assert.Equal("1\u00a0297,50\u00a0₸", fee.ToString());
    }

    [Theory]
    [InlineData(2023, 345_000)]
    [InlineData(2024, 369_200)]
    [InlineData(2025, 393_200)]
    [InlineData(2026, 432_500)]
    public void OneMci_IsTheValueOfThePaymentYear(int year, long tiyn)
    {
        Assert.Equal(tiyn, MciTable.Default.ValueFor(year).Tiyn);
        Assert.Equal(tiyn, MciTable.Default.Compute(new FeeRule.MciShare(1m), new DateOnly(year, 12, 31)).Tiyn);
    }

    [Fact]
    public void MciShare_RoundsToWholeTiynHalfAwayFromZero()
    {
        var table = new MciTable(new Dictionary<int, Tenge> { [2030] = new Tenge(1001) });
        Assert.Equal(501, table.Compute(new FeeRule.MciShare(0.5m), new DateOnly(2030, 1, 1)).Tiyn); // 500.5 → 501
        Assert.Equal(334, table.Compute(new FeeRule.MciShare(1m / 3m), new DateOnly(2030, 1, 1)).Tiyn); // 333.67 → 334
    }

    [Fact]
    public void Free_IsZero() =>
        Assert.Equal(Tenge.Zero, MciTable.Default.Compute(new FeeRule.Free(), new DateOnly(1999, 1, 1)));

    [Fact]
    public void UnknownYear_IsACodedServiceUnavailable()
    {
        var ex = Assert.Throws<QyzmetException>(() => MciTable.Default.ValueFor(2031));
        Assert.Equal("PAY-0001", ex.Error.Code);
        Assert.Equal(503, ex.Error.Status);
        Assert.Contains("2031", ex.LocalizedMessage("kk"), StringComparison.Ordinal);
    }

    [Fact]
    public void PriceListAndNotStated_CannotBeComputedFromTheMci()
    {
        var date = new DateOnly(2026, 1, 1);
        var note = new LocalizedText("к", "р", "the Tax Code");
        Assert.Equal("PAY-0002", Assert.Throws<QyzmetException>(() => MciTable.Default.Compute(new FeeRule.PriceList("inspection", note), date)).Error.Code);
        var notStated = Assert.Throws<QyzmetException>(() => MciTable.Default.Compute(new FeeRule.NotStated(note), date));
        Assert.Equal("PAY-0003", notStated.Error.Code);
        Assert.Contains("the Tax Code", notStated.Message, StringComparison.Ordinal);
        Assert.Equal("PAY-0004", Assert.Throws<QyzmetException>(() => MciTable.Default.Compute(new FeeRule.MciShare(-1m), date)).Error.Code);
    }

    [Fact]
    public void NonPositiveMci_IsRejected() =>
        Assert.Equal("PAY-0005", Assert.Throws<QyzmetException>(() => new MciTable(new Dictionary<int, Tenge> { [2027] = Tenge.Zero })).Error.Code);
}
