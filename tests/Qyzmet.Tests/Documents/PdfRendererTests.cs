using System.Text;
using System.Text.RegularExpressions;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Tests.Documents;

public sealed partial class PdfRendererTests
{
    private readonly PdfRenderer _renderer = new();

    [Fact]
    public void Render_ProducesPdf()
    {
        var pdf = _renderer.Render(SampleDocuments.Reference(), SampleDocuments.VerificationUrl);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains("%%EOF", Encoding.ASCII.GetString(pdf, pdf.Length - 16, 16), StringComparison.Ordinal);
        Assert.True(PageCount(pdf) >= 1);
        // Metadata strings may be written as UTF-16; the ASCII creator name is enough to see the info dictionary.
        Assert.Contains("Qyzmet", Ascii(pdf), StringComparison.Ordinal);

        // Opt-in dump for looking at the layout by eye: QYZMET_SAMPLE_PDF=/tmp/sample.pdf dotnet test ...
        if (Environment.GetEnvironmentVariable("QYZMET_SAMPLE_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, _renderer.Render(SampleDocuments.Reference(duplicate: true, extraRows: 6), SampleDocuments.VerificationUrl));
        }
    }

    [Fact]
    public void Render_LongDocument_BreaksIntoPages()
    {
        var pdf = _renderer.Render(SampleDocuments.Reference(extraRows: 120), SampleDocuments.VerificationUrl);

        Assert.True(PageCount(pdf) > 1, $"expected several pages, got {PageCount(pdf)}");
    }

    [Fact]
    public void Render_KazakhLetters_EmbedsDejaVu()
    {
        const string letters = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";
        var content = SampleDocuments.Reference() with
        {
            Title = new(letters, letters),
            Mark = new(letters, letters),
            Sections = [new(new(letters, letters), [new DocumentField(BilingualText.Same(letters), BilingualText.Same(letters)), new DocumentParagraph(BilingualText.Same(letters))])],
        };

        var pdf = _renderer.Render(content, SampleDocuments.VerificationUrl);

        Assert.Contains("DejaVu", Ascii(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WideTable_WrapsWithoutThrowing()
    {
        var header = Enumerable.Range(1, 10).Select(i => new BilingualText($"Бағана {i}", $"Столбец {i}")).ToList();
        var row = Enumerable.Range(1, 10)
            .Select(i => BilingualText.Same(i == 3 ? "ӨтеөзұзынсөзбөлінбейтінмәтінӨтеөзұзынсөз" : $"мән {i} және тағы басқа сөздер"))
            .ToList();
        var content = SampleDocuments.Reference() with
        {
            Sections = [new(null, [new DocumentTable(header, Enumerable.Repeat<IReadOnlyList<BilingualText>>(row, 40).ToList())])],
        };

        var pdf = _renderer.Render(content, SampleDocuments.VerificationUrl);

        Assert.True(PageCount(pdf) > 1);
        if (Environment.GetEnvironmentVariable("QYZMET_SAMPLE_WIDE_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, pdf);
        }
    }

    [Fact]
    public void Render_SingleLanguage_Works()
    {
        var content = SampleDocuments.Reference(duplicate: true) with { Languages = [DocumentLanguage.Russian] };

        var pdf = _renderer.Render(content, SampleDocuments.VerificationUrl);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Fact]
    public void Render_IsDeterministic()
    {
        var first = _renderer.Render(SampleDocuments.Reference(duplicate: true), SampleDocuments.VerificationUrl);
        var second = _renderer.Render(SampleDocuments.Reference(duplicate: true), SampleDocuments.VerificationUrl);

        Assert.Equal(DocumentSigner.Sha256Hex(first), DocumentSigner.Sha256Hex(second));
    }

    [Fact]
    public void Wrap_BreaksOverlongWords()
    {
        using var font = new SkiaSharp.SKFont(PdfRenderer.RegularTypeface, 10);

        var lines = PdfRenderer.Wrap("short " + new string('Ө', 200), font, 100);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 100, l));
    }

    private static string Ascii(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    private static int PageCount(byte[] pdf) => PageObject().Count(Ascii(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
