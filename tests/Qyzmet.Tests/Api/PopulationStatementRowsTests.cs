using Qyzmet.PopulationDocuments.Common;

namespace Qyzmet.Tests.Api;

/// <summary>Issue 11: a verification page in Kazakh shows Kazakh rows; the population documents' labels read in Kazakh there.</summary>
public sealed class PopulationStatementRowsTests
{
    [Fact]
    public void StatementLabels_HaveTheirKazakhForm_RussianKeptForTheRussianPage()
    {
        var rows = new List<KeyValuePair<string, string>> { new("ИИН", "900101300123"), new("Дата снятия с регистрации", "01.12.2026") }.AsRows();
        Assert.Equal(["ЖСН", "Тіркеуден шығарылған күні"], rows.Select(r => r.Label.Kk));
        Assert.Equal(["ИИН", "Дата снятия с регистрации"], rows.Select(r => r.Label.Ru));
        Assert.Equal("900101300123", rows[0].Value.Kk);
    }
}
