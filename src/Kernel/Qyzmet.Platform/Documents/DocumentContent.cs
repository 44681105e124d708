namespace Qyzmet.Platform.Documents;

/// <summary>
/// A text given in both document languages. Kazakh e-references print the whole Kazakh block first and then
/// the whole Russian block, so every piece of printable text carries both forms.
/// </summary>
public sealed record BilingualText(string Kk, string Ru)
{
    /// <summary>For language-neutral values (names, IIN, numbers, dates) that read the same in both blocks.</summary>
    public static BilingualText Same(string text) => new(text, text);

    public string For(DocumentLanguage language) => language == DocumentLanguage.Kazakh ? Kk : Ru;
}

public enum DocumentLanguage
{
    Kazakh,
    Russian,
}

/// <summary>
/// Everything a result document prints. Services build it; <see cref="PdfRenderer"/> lays it out.
/// The model is deliberately presentation-free: no fonts, sizes or coordinates.
/// </summary>
public sealed record DocumentContent
{
    /// <summary>Lines naming the issuing body, printed centred at the top of the first page (each line in both languages).</summary>
    public IReadOnlyList<BilingualText> Issuer { get; init; } = [];

    /// <summary>Document kind, e.g. «АНЫҚТАМА» / «СПРАВКА».</summary>
    public required BilingualText Title { get; init; }

    /// <summary>Optional prominent stamp such as «Телнұсқа» / «Дубликат» on duplicates.</summary>
    public BilingualText? Mark { get; init; }

    public required string DocumentNumber { get; init; }

    /// <summary>
    /// A word printed across every page, e.g. «ЖОБА / ПРОЕКТ» on the desk's preview of a result before it is signed
    /// (decision D-322); null on every issued document.
    /// </summary>
    public string? Watermark { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    /// <summary>Legal notes printed in small type after both language blocks.</summary>
    public IReadOnlyList<BilingualText> Footnotes { get; init; } = [];

    /// <summary>Which language blocks to print and in which order; Kazakh then Russian unless a service says otherwise.</summary>
    public IReadOnlyList<DocumentLanguage> Languages { get; init; } = [DocumentLanguage.Kazakh, DocumentLanguage.Russian];
}

/// <summary>A titled part of the document; <paramref name="Heading"/> may be null for an untitled run of blocks.</summary>
public sealed record DocumentSection(BilingualText? Heading, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>One printable unit inside a section: a labelled field, a paragraph or a table.</summary>
public abstract record DocumentBlock;

/// <summary>A "label: value" row, printed in two columns.</summary>
public sealed record DocumentField(BilingualText Label, BilingualText Value) : DocumentBlock;

/// <summary>Free text wrapped across the full width.</summary>
public sealed record DocumentParagraph(BilingualText Text) : DocumentBlock;

/// <summary>
/// A grid with a header row. Cell text wraps inside its column; the header is repeated when the table
/// continues on the next page. <see cref="ColumnWeights"/> gives relative column widths (equal when null).
/// </summary>
public sealed record DocumentTable(
    IReadOnlyList<BilingualText> Header,
    IReadOnlyList<IReadOnlyList<BilingualText>> Rows,
    IReadOnlyList<float>? ColumnWeights = null) : DocumentBlock;

/// <summary>
/// One row of what a result document states, shown on the public verification page in the reader's language (issue 11:
/// the page in Kazakh shows Kazakh rows). Stored as <c>[labelKk, valueKk, labelRu, valueRu]</c>; documents issued before
/// this were stored as <c>[label, value]</c> in one language and read the same in both.
/// </summary>
public sealed record StatementRow(BilingualText Label, BilingualText Value)
{
    /// <summary>A row whose value reads the same in both languages (numbers, names, dates).</summary>
    public StatementRow(BilingualText label, string value)
        : this(label, BilingualText.Same(value))
    {
    }

    public static string Serialize(IEnumerable<StatementRow> rows) =>
        System.Text.Json.JsonSerializer.Serialize(rows.Select(r => new[] { r.Label.Kk, r.Value.Kk, r.Label.Ru, r.Value.Ru }));

    public static IReadOnlyList<StatementRow> Deserialize(string json) =>
        (System.Text.Json.JsonSerializer.Deserialize<string[][]>(json) ?? [])
            .Select(r => r.Length >= 4 ? new StatementRow(new BilingualText(r[0], r[2]), new BilingualText(r[1], r[3])) : new StatementRow(BilingualText.Same(r[0]), BilingualText.Same(r[1])))
            .ToList();

    /// <summary>The rows as [label, value] pairs in one language.</summary>
    public static IReadOnlyList<string[]> Pairs(IEnumerable<StatementRow> rows, DocumentLanguage language) =>
        [.. rows.Select(r => new[] { r.Label.For(language), r.Value.For(language) })];
}
