using Qyzmet.Platform.Documents;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The verification rows of this module's documents, bilingual at the source as the documents print them (issue 11: the
/// Kazakh verification page shows Kazakh labels and values, the Russian one Russian).
/// </summary>
internal static class StatementRows
{
    public static StatementRow Row(string kk, string ru, BilingualText value) => new(new BilingualText(kk, ru), value);

    /// <summary>A value written the same in both languages (a number, a date, a name).</summary>
    public static StatementRow Row(string kk, string ru, string same) => new(new BilingualText(kk, ru), BilingualText.Same(same));
}
