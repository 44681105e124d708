using System.Globalization;
using Qyzmet.Platform.Documents;

namespace Qyzmet.RealEstateCadastre.Domain;

public sealed record StructureSnapshot(string Letter, string NameKk, string NameRu, string? WallMaterial, decimal Area, decimal? Height, int? YearBuilt);

/// <summary>
/// What a cadastral passport states (App. 9 main object, App. 10 service structures; the field list is ours,
/// decisions.md D-405). Kept as JSON in the inventory file, so a duplicate is a copy of exactly what was issued.
/// Right holders are deliberately absent: the passport describes the object and keeps its force when the owner
/// changes (000.md para 7).
/// </summary>
public sealed record PassportSnapshot(
    string CadastralNumber, string LandPlotNumber, string? ParentNumber, string Kind, string AddressKk, string AddressRu,
    string PurposeKk, string PurposeRu, decimal TotalArea, decimal? LivingArea, decimal? BuiltUpArea, int FloorsAbove, int FloorsBelow,
    int? Floor, int RoomCount, int? YearBuilt, string? WallMaterial, decimal? CeilingHeight, decimal? LandPlotArea, string? Utilities,
    DateOnly InspectedOn, IReadOnlyList<StructureSnapshot> Structures, string? CorrectionNote)
{
    public static PassportSnapshot From(CadastreObject o, DateOnly inspectedOn, string? correctionNote = null) => new(
        o.CadastralNumber, o.LandPlotNumber, o.ParentNumber, o.Kind, o.Address.Kk, o.Address.Ru, o.PurposeKk, o.PurposeRu,
        o.TotalArea, o.LivingArea, o.BuiltUpArea, o.FloorsAbove, o.FloorsBelow, o.Floor, o.RoomCount, o.YearBuilt, o.WallMaterial,
        o.CeilingHeight, o.LandPlotArea, o.Utilities, inspectedOn,
        [.. o.ServiceStructures.OrderBy(s => s.Letter, StringComparer.Ordinal)
            .Select(s => new StructureSnapshot(s.Letter, s.NameKk, s.NameRu, s.WallMaterial, s.Area, s.Height, s.YearBuilt))],
        correctionNote);
}

/// <summary>One fact of change found by the inspection (App. 3): the characteristic, as documented and as found.</summary>
public sealed record Discrepancy(string Field, string LabelKk, string LabelRu, string Documented, string Actual);

/// <summary>Lays out the passport (App. 9, 10) and the conclusion (App. 3) for the PDF renderer, in Kazakh and Russian.</summary>
internal static class PassportDocument
{
    public static readonly BilingualText Issuer = new(
        "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ, жылжымайтын мүлік объектілерін техникалық зерттеп-қарау бөлімі",
        "НАО «Государственная корпорация «Правительство для граждан», отдел технического обследования объектов недвижимости");

    public static readonly BilingualText DuplicateMark = new("Телнұсқа", "Дубликат");

    public static string Area(decimal? m2) => m2 is null ? "—" : DocumentTexts.Number(m2.Value, "0.00") + " м²";

    public static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static IReadOnlyList<DocumentSection> PassportSections(PassportSnapshot p)
    {
        var main = new List<DocumentBlock>
        {
            new DocumentField(new("Кадастрлық нөмірі", "Кадастровый номер"), BilingualText.Same(p.CadastralNumber)),
            new DocumentField(new("Объект түрі", "Вид объекта"), ObjectKinds.Label(p.Kind)),
            new DocumentField(new("Мекенжайы", "Адрес"), new(p.AddressKk, p.AddressRu)),
            new DocumentField(new("Мақсаты", "Назначение"), new(p.PurposeKk, p.PurposeRu)),
            new DocumentField(new("Жер учаскесінің кадастрлық нөмірі", "Кадастровый номер земельного участка"), BilingualText.Same(p.LandPlotNumber)),
            new DocumentField(new("Жер учаскесінің алаңы", "Площадь земельного участка"), BilingualText.Same(Area(p.LandPlotArea))),
        };
        if (p.ParentNumber is not null)
        {
            main.Add(new DocumentField(new("Ғимараттың кадастрлық нөмірі", "Кадастровый номер здания"), BilingualText.Same(p.ParentNumber)));
        }

        var app9 = new List<DocumentBlock>
        {
            new DocumentField(new("Жалпы алаңы", "Общая площадь"), BilingualText.Same(Area(p.TotalArea))),
            new DocumentField(new("Тұрғын алаңы", "Жилая площадь"), BilingualText.Same(Area(p.LivingArea))),
            new DocumentField(new("Құрылыс салынған алаң", "Площадь застройки"), BilingualText.Same(Area(p.BuiltUpArea))),
            new DocumentField(new("Қабаттылығы (жер үсті / жер асты)", "Этажность (надземная / подземная)"), BilingualText.Same($"{p.FloorsAbove} / {p.FloorsBelow}")),
            new DocumentField(new("Қабаты", "Этаж"), BilingualText.Same(Number(p.Floor))),
            new DocumentField(new("Бөлмелер саны", "Количество комнат"), BilingualText.Same(Number(p.RoomCount))),
            new DocumentField(new("Салынған жылы", "Год постройки"), BilingualText.Same(Number(p.YearBuilt))),
            new DocumentField(new("Қабырғаларының материалы", "Материал стен"), WallMaterials.Label(p.WallMaterial)),
            new DocumentField(new("Төбесінің биіктігі", "Высота потолков"), BilingualText.Same(p.CeilingHeight is null ? "—" : DocumentTexts.Number(p.CeilingHeight.Value, "0.00") + " м")),
            new DocumentField(new("Инженерлік жабдықталуы", "Инженерное благоустройство"), Utilities(p.Utilities)),
            new DocumentField(new("Техникалық зерттеп-қарау күні", "Дата технического обследования"), DocumentTexts.Date(p.InspectedOn)),
        };
        var sections = new List<DocumentSection>
        {
            new(new("Объектіні сәйкестендіру мәліметтері", "Идентификационные сведения объекта"), main),
            new(new("Негізгі объектінің техникалық сипаттамалары (9-қосымша)", "Технические характеристики основного объекта (приложение 9)"), app9),
        };
        var rows = p.Structures.Select(s => (IReadOnlyList<BilingualText>)
        [
            BilingualText.Same(s.Letter), new(s.NameKk, s.NameRu), WallMaterials.Label(s.WallMaterial), BilingualText.Same(Area(s.Area)),
            BilingualText.Same(s.Height is null ? "—" : DocumentTexts.Number(s.Height.Value, "0.00") + " м"), BilingualText.Same(Number(s.YearBuilt)),
        ]).ToList();
        sections.Add(new(new("Қызметтік (шаруашылық) құрылыстар мен құрылысжайлардың техникалық сипаттамалары (10-қосымша)",
                "Технические характеристики служебных (хозяйственных) строений и сооружений (приложение 10)"),
            rows.Count == 0
                ? [new DocumentParagraph(new("Қызметтік (шаруашылық) құрылыстар жоқ.", "Служебных (хозяйственных) строений нет."))]
                : [new DocumentTable([new("Литер", "Литер"), new("Атауы", "Наименование"), new("Қабырғалары", "Стены"), new("Алаңы", "Площадь"), new("Биіктігі", "Высота"), new("Жылы", "Год")],
                    rows, [0.6f, 2f, 1.4f, 1f, 0.8f, 0.7f])]));
        if (p.CorrectionNote is not null)
        {
            sections.Add(new(null, [new DocumentParagraph(new(p.CorrectionNote, p.CorrectionNote))]));
        }

        return sections;
    }

    public static DocumentContent Passport(PassportSnapshot p, bool duplicate, DateTimeOffset now) => new()
    {
        Issuer = [Issuer],
        Title = new("ЖЫЛЖЫМАЙТЫН МҮЛІК ОБЪЕКТІСІНІҢ КАДАСТРЛЫҚ ПАСПОРТЫ", "КАДАСТРОВЫЙ ПАСПОРТ ОБЪЕКТА НЕДВИЖИМОСТИ"),
        Mark = duplicate ? DuplicateMark : null,
        DocumentNumber = "",
        IssuedAt = now,
        Sections = PassportSections(p),
        Footnotes =
        [
            new("Меншік иесі ауысқан кезде кадастрлық паспорт заңды күшін сақтайды (Қағидалардың 7-тармағы).",
                "При смене собственника кадастровый паспорт сохраняет юридическую силу (пункт 7 Правил)."),
            DocumentTexts.LegalNote,
        ],
    };

    /// <summary>App. 3: the conclusion states the facts of change; the passport is attached (para 6, para 7).</summary>
    public static DocumentContent Conclusion(PassportSnapshot p, IReadOnlyList<Discrepancy> facts, string applicationNumber, DateTimeOffset now)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(applicationNumber)),
            new DocumentField(new("Кадастрлық нөмірі", "Кадастровый номер"), BilingualText.Same(p.CadastralNumber)),
            new DocumentField(new("Мекенжайы", "Адрес"), new(p.AddressKk, p.AddressRu)),
            new DocumentField(new("Техникалық зерттеп-қарау күні", "Дата технического обследования"), DocumentTexts.Date(p.InspectedOn)),
        };
        blocks.Add(facts.Count == 0
            ? new DocumentParagraph(new("Сәйкестендіру және техникалық мәліметтердің алшақтықтары анықталған жоқ.",
                "Расхождений идентификационных и технических сведений не установлено."))
            : new DocumentTable([new("Сипаттама", "Характеристика"), new("Құжат бойынша", "По документам"), new("Нақты", "Фактически")],
                [.. facts.Select(f => (IReadOnlyList<BilingualText>)[new(f.LabelKk, f.LabelRu), BilingualText.Same(f.Documented), BilingualText.Same(f.Actual)])],
                [2f, 1.5f, 1.5f]));
        blocks.Add(new DocumentParagraph(new(
            "Анықталған сәйкессіздіктер туралы мәліметтер жылжымайтын мүліктің бірыңғай мемлекеттік кадастрының ақпараттық жүйесіне енгізілді. Кадастрлық паспорт қоса беріледі.",
            "Сведения о выявленных несоответствиях внесены в информационную систему единого государственного кадастра недвижимости. Кадастровый паспорт прилагается.")));
        var sections = new List<DocumentSection> { new(new("Өзгерістер фактілері", "Факты изменений"), blocks) };
        sections.Add(new(new("Қосымша: кадастрлық паспорт", "Приложение: кадастровый паспорт"), []));
        sections.AddRange(PassportSections(p));
        return new DocumentContent
        {
            Issuer = [Issuer],
            Title = new("ЖАҢАДАН ҚҰРЫЛҒАН ЖЫЛЖЫМАЙТЫН МҮЛІКТІҢ СӘЙКЕСТЕНДІРУ ЖӘНЕ ТЕХНИКАЛЫҚ МӘЛІМЕТТЕРІНІҢ АЛШАҚТЫҚТАРЫН БЕЛГІЛЕУ ТУРАЛЫ ҚОРЫТЫНДЫ",
                "ЗАКЛЮЧЕНИЕ ОБ УСТАНОВЛЕНИИ РАСХОЖДЕНИЙ ИДЕНТИФИКАЦИОННЫХ И ТЕХНИЧЕСКИХ СВЕДЕНИЙ ВНОВЬ СОЗДАННОГО НЕДВИЖИМОГО ИМУЩЕСТВА"),
            DocumentNumber = "",
            IssuedAt = now,
            Sections = sections,
            Footnotes = [DocumentTexts.LegalNote],
        };
    }

    /// <summary>What the verification page states about a passport or conclusion (issue 11: in the reader's language).</summary>
    public static List<StatementRow> Statement(PassportSnapshot p, BilingualText kind) =>
    [
        new(new("Құжат", "Документ"), kind),
        new(new("Кадастрлық нөмірі", "Кадастровый номер"), p.CadastralNumber),
        new(new("Мекенжайы", "Адрес"), new BilingualText(p.AddressKk, p.AddressRu)),
        new(new("Жалпы алаңы", "Общая площадь"), Area(p.TotalArea)),
        new(new("Қабат саны", "Этажность"), $"{p.FloorsAbove} / {p.FloorsBelow}"),
    ];

    private static BilingualText Utilities(string? codes)
    {
        if (string.IsNullOrWhiteSpace(codes))
        {
            return BilingualText.Same("—");
        }

        var parts = codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        static (string Kk, string Ru) One(string c) => c switch
        {
            "heating" => ("жылыту", "отопление"),
            "water" => ("су құбыры", "водопровод"),
            "sewerage" => ("кәріз", "канализация"),
            "gas" => ("газ", "газ"),
            "electricity" => ("электр", "электричество"),
            _ => (c, c),
        };
        return new(string.Join(", ", parts.Select(c => One(c).Kk)), string.Join(", ", parts.Select(c => One(c).Ru)));
    }
}
