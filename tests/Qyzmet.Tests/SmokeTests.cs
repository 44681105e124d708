namespace Qyzmet.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Kernel_Loads() => Assert.Equal("kk", Qyzmet.Kernel.Text.LocalizedText.Normalize("kk-KZ"));
}
