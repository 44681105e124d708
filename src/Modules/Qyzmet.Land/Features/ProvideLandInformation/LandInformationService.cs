using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;

namespace Qyzmet.Land.Features.ProvideLandInformation;

/// <summary>The four land-cadastre information services of Order No. 223-ОД (002.md §3.1–3.4).</summary>
public enum LandInformationKind
{
    IdentificationDocument,
    CadastralInformation,
    Ownership,
    TitleDocument,
}

/// <summary>
/// One engine, four services (002.md §8 rule 1): they differ only in the input (a cadastral number, except the
/// ownership service) and in the certificate produced. All are fully automated: the request is registered,
/// the cadastre is checked, and either the signed certificate or the refusal notice is issued at once.
/// </summary>
internal sealed class LandInformationService(LandInformationKind kind, QyzmetDbContext db, IAddressRegister addresses) : IStateServiceHandler
{
    public const string Registered = "registered";
    public const string Issued = "issued";
    public const string Refused = "refused";

    private static readonly FormField CadastralNumberField = new("cadastralNumber",
        new LocalizedText("Жер учаскесінің кадастрлық нөмірі", "Кадастровый номер земельного участка", "Cadastral number of the land plot"),
        FieldType.CadastralNumber)
    {
        // 002.md §3.1: the number can be found through the ownership service.
        Hint = new LocalizedText(
            "Мысалы 75-123-045-067. Нөмірді «Жер учаскесінің тиесілігі туралы ақпарат беру» қызметі арқылы білуге болады.",
            "Например 75-123-045-067. Номер можно узнать через услугу «Предоставление информации о принадлежности земельного участка».",
            "E.g. 75-123-045-067. You can find the number through the land-plot ownership information service."),
    };

    public string ServiceId => kind switch
    {
        LandInformationKind.IdentificationDocument => "land.identification-document-info",
        LandInformationKind.CadastralInformation => "land.cadastral-info",
        LandInformationKind.Ownership => "land.ownership-info",
        _ => "land.title-document-info",
    };

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceId, "Order No. 223-ОД of 04.12.2012, Appendix " + ((int)kind + 1) + ", paras 6–7")
        .State(Registered, new LocalizedText("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, Kernel.Calendar.DeadlineRule.Minutes(1))
        .State(Issued, new LocalizedText("Анықтама берілді", "Справка выдана", "Certificate issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .On(Registered, "issue", Issued, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        .Build();

    // 002.md §6.1: S1, S2, S4 ask for the cadastral number; S3 (ownership) has no input beyond the applicant.
    public ServiceForm Form => kind == LandInformationKind.Ownership ? new ServiceForm() : new ServiceForm(CadastralNumberField);

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => "land-centre-";

    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        // The branch of the Land Cadastre Centre for the plot's region (the first group of the cadastral number),
        // or, for the ownership service, the applicant's region; the head office where no branch exists.
        var region = form.TryGetValue("cadastralNumber", out var number) ? number[..2] : applicant.RegionCode;
        var unit = "land-centre-" + region;
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) ? unit : "land-centre-hq";
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        if (ctx.Status != Registered)
        {
            return;
        }

        // 002.md §4.2 Condition 2 / Process 8: absent data → refusal notice; present → the signed certificate.
        var outcome = kind == LandInformationKind.Ownership
            ? await OwnershipAsync(ctx, ct)
            : await ByCadastralNumberAsync(ctx, CadastralNumber.Parse(ctx.Form["cadastralNumber"]).Value, ct);
        if (outcome is null)
        {
            return;
        }

        var (content, statement) = outcome.Value;
        await ctx.Documents.IssueAsync(ctx.Application, ServiceId, ctx.Application.ApplicantId, content, statement, duplicate: false, ct);
        await ctx.FireAsync("issue", "certificate issued", ct);
    }

    private async Task<(DocumentContent, List<StatementRow>)?> ByCadastralNumberAsync(CaseContext ctx, string number, CancellationToken ct)
    {
        var plot = await db.Set<LandPlot>().AsNoTracking().Include(p => p.Holders).Include(p => p.Encumbrances).Include(p => p.Documents)
            .AsSingleQuery().SingleOrDefaultAsync(p => p.CadastralNumber == number, ct); // one statement, not four (D-368): a plot has a few of each
        if (plot is null)
        {
            await ctx.RefuseAsync("refuse", LandTexts.PlotNotFound(number), ct);
            return null;
        }

        await PlotAddresses.ResolveAsync(addresses, [plot], ct);

        var fields = new List<(BilingualText Label, BilingualText Value)>
        {
            (new("Кадастрлық нөмірі", "Кадастровый номер"), BilingualText.Same(plot.CadastralNumber)),
            (new("Мекенжайы", "Адрес"), new(plot.AddressKk, plot.AddressRu)),
        };

        switch (kind)
        {
            case LandInformationKind.IdentificationDocument:
                if (plot.IdentificationDocumentStatus is null)
                {
                    await ctx.RefuseAsync("refuse", LandTexts.NoIdentificationRecord(number), ct);
                    return null;
                }

                var prepared = plot.IdentificationPreparedOn is not null;
                fields.Add((new("Дайындау жағдайы", "Состояние подготовки"), prepared
                    ? new("Сәйкестендіру құжаты дайындалды", "Идентификационный документ изготовлен")
                    : new("Сәйкестендіру құжаты дайындалуда", "Идентификационный документ в процессе изготовления")));
                fields.Add((new("Тапсырыс берілген күні", "Дата заказа"), DocumentTexts.Date(plot.IdentificationOrderedOn)));
                if (prepared)
                {
                    fields.Add((new("Дайындалған күні", "Дата изготовления"), DocumentTexts.Date(plot.IdentificationPreparedOn)));
                    fields.Add((new("Құжат нөмірі", "Номер документа"), BilingualText.Same(plot.IdentificationDocumentNumber ?? "—")));
                }

                fields.Add((new("Дайындаған ұйым", "Изготовитель"), BilingualText.Same(plot.IdentificationPreparedBy ?? "—")));
                AddHistory(fields, plot, LandPlotDocument.Identification);
                break;

            case LandInformationKind.CadastralInformation:
                fields.Add((new("Алаңы", "Площадь"), Area(plot.AreaSquareMetres)));
                fields.Add((new("Жер санаты", "Категория земель"), new(plot.CategoryKk, plot.CategoryRu)));
                fields.Add((new("Нысаналы мақсаты", "Целевое назначение"), new(plot.PurposeKk, plot.PurposeRu)));
                fields.Add((new("Құқық түрі", "Вид права"), new(plot.RightKindKk, plot.RightKindRu)));
                if (plot.RightUntil is { } until)
                {
                    fields.Add((new("Құқық мерзімі", "Срок права"), new(DocumentTexts.Date(until).Kk + " дейін", "до " + DocumentTexts.Date(until).Ru)));
                }

                fields.Add((new("Бөлінуі", "Делимость"), plot.Divisible ? new("Бөлінеді", "Делимый") : new("Бөлінбейді", "Неделимый")));
                var encumbrances = plot.Encumbrances.Where(e => e.Until is null || e.Until >= DateOnly.FromDateTime(ctx.Time.GetUtcNow().UtcDateTime)).OrderBy(e => e.Since).ToList();
                if (encumbrances.Count == 0)
                {
                    fields.Add((new("Пайдаланудағы шектеулер мен ауыртпалықтар", "Ограничения в использовании и обременения"),
                        new(plot.RestrictionsKk ?? "Жоқ", plot.RestrictionsRu ?? "Нет")));
                }

                // Issue 13: each current encumbrance with its holder and term (the land cadastre's own record).
                fields.AddRange(encumbrances.Select(e => (new BilingualText("Ауыртпалық", "Обременение"), new BilingualText(
                    Encumbrance(e.KindKk, e.DescriptionKk, e.Beneficiary, DocumentTexts.Date(e.Since).Kk, e.Until is null ? null : DocumentTexts.Date(e.Until).Kk, kazakh: true),
                    Encumbrance(e.KindRu, e.DescriptionRu, e.Beneficiary, DocumentTexts.Date(e.Since).Ru, e.Until is null ? null : DocumentTexts.Date(e.Until).Ru, kazakh: false)))));
                if (plot.BoundaryAreaSquareMetres is { } measured && plot.PointLon is { } lon && plot.PointLat is { } lat)
                {
                    fields.Add((new("Шекара бойынша алаңы", "Площадь по границе"), Area((long)Math.Round(measured))));
                    var point = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:0.000000}° N, {lon:0.000000}° E (WGS 84)");
                    fields.Add((new("Учаске нүктесі", "Точка участка"), BilingualText.Same(point)));
                }

                break;

            case LandInformationKind.TitleDocument:
                if (plot.FirstTitleNumber is null)
                {
                    await ctx.RefuseAsync("refuse", LandTexts.NoTitleRecord(number), ct);
                    return null;
                }

                fields.Add((new("Құжат түрі", "Вид документа"), new(plot.FirstTitleKindKk ?? "—", plot.FirstTitleKindRu ?? "—")));
                fields.Add((new("Құжат нөмірі", "Номер документа"), BilingualText.Same(plot.FirstTitleNumber)));
                fields.Add((new("Құжат күні", "Дата документа"), DocumentTexts.Date(plot.FirstTitleDate)));
                fields.Add((new("Берген орган", "Выдавший орган"), new(plot.FirstTitleIssuerKk ?? "—", plot.FirstTitleIssuerRu ?? "—")));
                fields.Add((new("Берілген құқық", "Предоставленное право"), new(plot.RightKindKk, plot.RightKindRu)));
                AddHistory(fields, plot, LandPlotDocument.Title);
                break;

            case LandInformationKind.Ownership:
            default:
                break;
        }

        return Build(ctx, fields, table: null);
    }

    private async Task<(DocumentContent, List<StatementRow>)?> OwnershipAsync(CaseContext ctx, CancellationToken ct)
    {
        var applicant = ctx.Application.ApplicantId;
        var rows = await db.Set<LandPlotHolder>().AsNoTracking()
            .Where(h => h.HolderId == applicant)
            .OrderBy(h => h.CadastralNumber)
            .Join(db.Set<LandPlot>(), h => h.CadastralNumber, p => p.CadastralNumber, (h, p) => new { h, p })
            .Take(500)
            .ToListAsync(ct);
        await PlotAddresses.ResolveAsync(addresses, rows.Select(r => r.p), ct);
        if (rows.Count == 0)
        {
            await ctx.RefuseAsync("refuse", LandTexts.NoPlotsHeld(applicant), ct);
            return null;
        }

        var fields = new List<(BilingualText, BilingualText)>
        {
            (new("Құқық иеленуші", "Правообладатель"), BilingualText.Same(ctx.Application.ApplicantName + " (" + applicant + ")")),
        };
        var table = new DocumentTable(
            [new("Кадастрлық нөмірі", "Кадастровый номер"), new("Мекенжайы", "Адрес"), new("Алаңы", "Площадь"),
             new("Құқық түрі", "Вид права"), new("Үлесі", "Доля"), new("Күні", "С даты")],
            [.. rows.Select(r => (IReadOnlyList<BilingualText>)
            [
                BilingualText.Same(r.p.CadastralNumber), new(r.p.AddressKk, r.p.AddressRu), Area(r.p.AreaSquareMetres),
                new(r.p.RightKindKk, r.p.RightKindRu), BilingualText.Same(DocumentTexts.Number(r.h.SharePercent, "0.##") + "%"),
                DocumentTexts.Date(r.h.Since),
            ])],
            [1.4f, 2.4f, 1f, 1.4f, 0.7f, 1f]);
        return Build(ctx, fields, table);
    }

    private (DocumentContent, List<StatementRow>) Build(CaseContext ctx, List<(BilingualText Label, BilingualText Value)> fields, DocumentTable? table)
    {
        var title = kind switch
        {
            LandInformationKind.IdentificationDocument => new BilingualText(
                "Жер учаскесіне сәйкестендіру құжатын дайындау туралы ақпарат", "Информация о подготовке идентификационного документа на земельный участок"),
            LandInformationKind.CadastralInformation => new BilingualText("Жер учаскесінің кадастрлық ақпараты", "Кадастровая информация земельного участка"),
            LandInformationKind.Ownership => new BilingualText("Жер учаскесінің тиесілігі туралы ақпарат", "Информация о принадлежности земельного участка"),
            _ => new BilingualText("Жер учаскесіне құқық белгілейтін бастапқы құжаттың берілуі туралы ақпарат",
                "Информация о правоустанавливающем документе, по которому впервые предоставлено право на земельный участок"),
        };
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(ctx.Application.Number)),
            new DocumentField(new("Көрсетілетін қызметті алушы", "Услугополучатель"), BilingualText.Same(ctx.Application.ApplicantName + ", " + ctx.Application.ApplicantId)),
        };
        blocks.AddRange(fields.Select(f => new DocumentField(f.Label, f.Value)));
        if (table is not null)
        {
            blocks.Add(table);
        }

        var content = new DocumentContent
        {
            Issuer = [new("«Жер кадастры ғылыми-өндірістік орталығы» РМК", "РГП «Научно-производственный центр земельного кадастра»")],
            Title = new("АНЫҚТАМА", "СПРАВКА"),
            DocumentNumber = "",
            IssuedAt = ctx.Time.GetUtcNow(),
            Sections = [new DocumentSection(title, blocks)],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow> { new(new("Қызмет", "Услуга"), title) };
        statement.AddRange(fields.Select(f => new StatementRow(f.Label, f.Value)));
        if (table is not null)
        {
            statement.AddRange(table.Rows.Select(r => new StatementRow(r[0], new BilingualText(string.Join("; ", r.Skip(1).Select(c => c.Kk)), string.Join("; ", r.Skip(1).Select(c => c.Ru))))));
        }

        return (content, statement);
    }

    /// <summary>Issue 13: the identification or title documents of the plot with their history (superseded ones marked).</summary>
    private static void AddHistory(List<(BilingualText Label, BilingualText Value)> fields, LandPlot plot, string kind)
    {
        var documents = plot.Documents.Where(d => d.Kind == kind).OrderBy(d => d.IssuedOn).ThenBy(d => d.Id).ToList();
        if (documents.Count == 0)
        {
            return;
        }

        fields.AddRange(documents.Select(d => (new BilingualText("Құжаттар тарихы", "История документов"), new BilingualText(
            $"{d.DocumentKindKk} № {d.Number}, {DocumentTexts.Date(d.IssuedOn).Kk}, {d.IssuerKk}" + (d.SupersededOn is { } k ? $" (күшін жойды {DocumentTexts.Date(k).Kk})" : " (қолданыста)"),
            $"{d.DocumentKindRu} № {d.Number} от {DocumentTexts.Date(d.IssuedOn).Ru}, {d.IssuerRu}" + (d.SupersededOn is { } r ? $" (утратил силу {DocumentTexts.Date(r).Ru})" : " (действующий)")))));
    }

    private static string Encumbrance(string kind, string? description, string? beneficiary, string since, string? until, bool kazakh) =>
        kind + (description is null ? "" : ": " + description) + (beneficiary is null ? "" : ", " + beneficiary) + ", "
        + (kazakh ? since + " бастап" + (until is null ? "" : " " + until + " дейін") : "с " + since + (until is null ? "" : " по " + until));

    private static BilingualText Area(long squareMetres)
    {
        var ha = DocumentTexts.Number(squareMetres / 10_000m, "0.0000");
        return new BilingualText(ha + " га", ha + " га");
    }
}
