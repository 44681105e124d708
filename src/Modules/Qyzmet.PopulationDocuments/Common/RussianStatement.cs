using Qyzmet.Platform.Documents;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The verification rows of this module's documents, written in Russian only so far: they read the same on the Kazakh
/// and the Russian verification page until their Kazakh labels are written (issue 14 note; the coupon is bilingual).
/// </summary>
internal static class RussianStatement
{
    public static IReadOnlyList<StatementRow> AsRows(this IEnumerable<KeyValuePair<string, string>> rows) =>
        [.. rows.Select(r => new StatementRow(BilingualText.Same(r.Key), r.Value))];
}
