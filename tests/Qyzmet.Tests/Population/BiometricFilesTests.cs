using Qyzmet.Kernel.Errors;
using Qyzmet.PopulationDocuments.Features.CaptureBiometrics;

namespace Qyzmet.Tests.Population;

/// <summary>
/// 004.md §3.1 item 9.2 (photograph 3.5 × 4.5 cm), item 9 (portal: photograph 3.4 × 4.5 cm, signature 7 × 2 cm), §8.3
/// item 3; D-618: the files are JPEG or PNG by content, at most 2 MB (photo) / 1 MB (signature), and at least the printed
/// size at 300 dpi with its proportions.
/// </summary>
public sealed class BiometricFilesTests
{
    [Theory]
    [InlineData("png", 413, 531)]   // 3.5 × 4.5 cm at 300 dpi
    [InlineData("jpeg", 402, 531)]  // 3.4 × 4.5 cm (the portal's size, §8.3 item 3)
    [InlineData("jpeg", 827, 1063)] // 3.5 × 4.5 cm at 600 dpi
    public void Photo_OfThePrintedSizeAt300Dpi_IsAccepted_WithItsTypeFromTheContent(string type, int width, int height)
    {
        var image = BiometricFiles.Check(BiometricFiles.Photo, "photo", type == "png" ? TestImages.Png(width, height) : TestImages.Jpeg(width, height));
        Assert.Equal(type == "png" ? "image/png" : "image/jpeg", image.ContentType);
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Fact]
    public void Signature_7By2Cm_IsAccepted()
    {
        Assert.Equal("image/jpeg", BiometricFiles.Check(BiometricFiles.Signature, "signature", TestImages.Jpeg(827, 236)).ContentType);
    }

    [Fact]
    public void AFileThatIsNoJpegOrPng_IsRefusedByItsContent_NamingTheField()
    {
        foreach (var content in new[] { TestImages.Gif(413, 531), "%PDF-1.7 a document named photo.jpg"u8.ToArray(), new byte[] { 0xFF, 0xD8, 0xFF, 0xDA } })
        {
            var e = Assert.Throws<QyzmetException>(() => BiometricFiles.Check(BiometricFiles.Photo, "photo", content));
            Assert.Equal("POP-0030", e.Error.Code);
            Assert.Contains("«photo»", e.Fields["photo"].Ru);
            Assert.Contains("«photo»", e.Fields["photo"].Kk);
        }
    }

    [Theory]
    [InlineData(BiometricFiles.Photo, 300, 386)]   // the right proportions, too few pixels for 300 dpi
    [InlineData(BiometricFiles.Photo, 531, 531)]   // square
    [InlineData(BiometricFiles.Photo, 531, 413)]   // landscape
    [InlineData(BiometricFiles.Signature, 827, 400)] // not 7 × 2
    [InlineData(BiometricFiles.Signature, 413, 118)] // 7 × 2 at 150 dpi
    public void AnImageOfTheWrongSizeOrProportions_IsRefused(string kind, int width, int height)
    {
        var e = Assert.Throws<QyzmetException>(() => BiometricFiles.Check(kind, kind, TestImages.Png(width, height)));
        Assert.Equal("POP-0032", e.Error.Code);
        Assert.Contains($"{width}×{height}", e.Fields[kind].Ru);
    }

    [Fact]
    public void AFileOverTheLimit_IsRefused_AndAnEmptyOneToo()
    {
        Assert.Equal("POP-0031", Assert.Throws<QyzmetException>(() => BiometricFiles.Check(BiometricFiles.Photo, "photo", TestImages.Jpeg(413, 531, padding: 2 * 1024 * 1024))).Error.Code);
        Assert.Equal("POP-0031", Assert.Throws<QyzmetException>(() => BiometricFiles.Check(BiometricFiles.Signature, "signature", TestImages.Jpeg(827, 236, padding: 1024 * 1024))).Error.Code);
        Assert.Equal("POP-0033", Assert.Throws<QyzmetException>(() => BiometricFiles.Check(BiometricFiles.Photo, "photo", [])).Error.Code);
    }
}
