using System.Text;
using Qyzmet.Platform.Documents;
using Qyzmet.RealEstateCadastre;
using Qyzmet.RealEstateCadastre.Domain;

namespace Qyzmet.Tests.Documents;

/// <summary>000.md App. 3, 9, 10 (D-405): the passport and the conclusion render in Kazakh and Russian.</summary>
public sealed class CadastreDocumentTests
{
    private static PassportSnapshot House()
    {
        var (o, on) = CadastreDemoData.Objects().First();
        return PassportSnapshot.From(o, on!.Value);
    }

    [Fact]
    public void Conclusion_WithFactsAndPassportAppendix_RendersBothLanguages()
    {
        var facts = new[] { new Discrepancy("totalArea", "Жалпы алаңы", "Общая площадь", "182,40 м²", "190,00 м²") };
        var content = PassportDocument.Conclusion(House(), facts, "2026-0000001", DateTimeOffset.UnixEpoch);
        Assert.Equal([DocumentLanguage.Kazakh, DocumentLanguage.Russian], content.Languages);
        Assert.Contains(content.Sections, s => s.Heading?.Ru.Contains("приложение 9", StringComparison.Ordinal) == true);
        Assert.Contains(content.Sections, s => s.Heading?.Kk.Contains("10-қосымша", StringComparison.Ordinal) == true);
        var pdf = new PdfRenderer().Render(content with { DocumentNumber = "D2026-00000001" }, "http://127.0.0.1/verify/x");
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        if (Environment.GetEnvironmentVariable("QYZMET_SAMPLE_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path + ".conclusion.pdf", pdf);
            File.WriteAllBytes(path + ".duplicate.pdf", new PdfRenderer().Render(PassportDocument.Passport(House(), duplicate: true, DateTimeOffset.UnixEpoch) with { DocumentNumber = "D2026-00000002" }, "http://127.0.0.1/verify/y"));
        }
    }

    // 000.md para 7: the passport names no owner, so it stays valid when the owner changes.
    [Fact]
    public void Passport_NamesNoRightHolder()
    {
        var content = PassportDocument.Passport(House(), duplicate: true, DateTimeOffset.UnixEpoch);
        Assert.Equal("Телнұсқа", content.Mark?.Kk);
        var text = string.Join("|", content.Sections.SelectMany(s => s.Blocks).OfType<DocumentField>().Select(f => f.Value.Ru));
        Assert.DoesNotContain(Qyzmet.Platform.Seeding.DemoData.Aigerim.FullName, text);
    }
}
