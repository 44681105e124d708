using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.RealEstate.Domain;

namespace Qyzmet.RealEstate.Features.IssueRegisterReferences;

/// <summary>The two references of the rights register (001b.md §3.1 Service A, §3.2 Service B).</summary>
public enum RealEstateReferenceKind
{
    /// <summary>Service A: rights (encumbrances) and technical characteristics, 001b.md §6.3.</summary>
    Rights,

    /// <summary>Service B: absence (presence) of real estate, 001b.md §6.4.</summary>
    AbsencePresence,
}

/// <summary>
/// Services A and B of Order No. 236, Appendices 4 and 5. Both are fully automated (001b.md §4.1): the request is
/// registered, the rights register is read for the applicant's IIN/BIN (§8.2 rule 4), and the signed e-reference
/// or the refusal message (§8.3 R3) is issued at once. A registered transaction shows in the next reference,
/// because the reference is built from the register at the moment of issue.
/// </summary>
internal sealed class RealEstateReferenceService(RealEstateReferenceKind kind, QyzmetDbContext db, IAddressRegister addresses) : IStateServiceHandler
{
    public const string Registered = "registered";
    public const string Issued = "issued";
    public const string Refused = "refused";

    public string ServiceId => kind == RealEstateReferenceKind.Rights ? "real-estate.rights-reference" : "real-estate.absence-presence-reference";

    // 001b.md §4.3: via the Internet the counted steps total 5 minutes (via a PSC 22, of which 15 are the desk's).
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceId,
            "Order of the Minister of Justice No. 236 of 27.06.2011, Appendix " + (kind == RealEstateReferenceKind.Rights ? "4" : "5") + ", para 7 and Appendices 3–4")
        .State(Registered, new LocalizedText("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, DeadlineRule.Minutes(5))
        .State(Issued, new LocalizedText("Е-анықтама берілді", "Е-справка выдана", "E-reference issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .On(Registered, "issue", Issued, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        .Build();

    // 001b.md §6.1: IIN/BIN comes from the sign-in (or the PSC desk), then the document type and the region.
    public ServiceForm Form { get; } = new(RealEstateTexts.DocumentType, RealEstateTexts.Region);

    // 001b.md §3.1: individuals and legal entities.
    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => "real-estate-";

    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        // The territorial justice body of the chosen region; the Committee where the region has no body of its own here.
        var unit = "real-estate-" + form["region"];
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) ? unit : "real-estate-hq";
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        if (ctx.Status != Registered)
        {
            return;
        }

        var holder = ctx.Application.ApplicantId;
        var rights = await db.Set<RealEstateRight>().AsNoTracking()
            .Where(r => r.HolderId == holder)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Take(500)
            .ToListAsync(ct);
        var current = rights.Where(r => r.EndedAt is null).ToList();

        // 001b.md §8.3 R3: Service A needs at least one registered right. Service B always answers: its purpose is to
        // certify absence as much as presence (decision D-103).
        if (kind == RealEstateReferenceKind.Rights && current.Count == 0)
        {
            await ctx.RefuseAsync("refuse", RealEstateTexts.NoCurrentRights(holder), ct);
            return;
        }

        var numbers = rights.Select(r => r.CadastralNumber).Distinct().ToList();
        var objects = await db.Set<RealEstateObject>().AsNoTracking().Where(o => numbers.Contains(o.CadastralNumber)).ToDictionaryAsync(o => o.CadastralNumber, ct);
        await ObjectAddresses.ResolveAsync(addresses, objects.Values, ct);
        var encumbrances = await db.Set<RealEstateEncumbrance>().AsNoTracking()
            .Where(e => numbers.Contains(e.CadastralNumber) && e.EndedAt == null).OrderBy(e => e.RegisteredAt).ThenBy(e => e.Id).ToListAsync(ct);
        var claims = await db.Set<RealEstateClaim>().AsNoTracking()
            .Where(c => numbers.Contains(c.CadastralNumber) && c.EndedAt == null).OrderBy(c => c.RegisteredAt).ThenBy(c => c.Id).ToListAsync(ct);
        var report = new ReferenceData(await IssuedToAsync(ctx, ct), objects, encumbrances, claims);

        var statement = new List<StatementRow>();
        var sections = kind == RealEstateReferenceKind.Rights
            ? await RightsReferenceAsync(report, current, statement, ct)
            : PresenceReference(report, current, [.. rights.Where(r => r.EndedAt is not null)], statement);

        var unit = await db.ProviderUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ctx.Application.UnitId, ct);
        var content = new DocumentContent
        {
            Issuer = unit is null ? [RealEstateTexts.TerritorialBody] : [RealEstateTexts.TerritorialBody, new(unit.NameKk, unit.NameRu)],
            Title = Title,
            DocumentNumber = "",
            IssuedAt = ctx.Time.GetUtcNow(),
            Sections = sections,
            Footnotes = [DocumentTexts.ValidAtIssue, DocumentTexts.PaperEquivalence, RealEstateTexts.BarcodeNote],
        };
        await ctx.Documents.IssueAsync(ctx.Application, ServiceId, holder, content, statement, duplicate: false, ct);
        await ctx.FireAsync("issue", "e-reference issued", ct);
    }

    private BilingualText Title => kind == RealEstateReferenceKind.Rights
        ? new("Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама",
              "Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках")
        : new("Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтама", "Справка об отсутствии (наличии) недвижимого имущества");

    private sealed record ReferenceData(
        BilingualText IssuedTo,
        Dictionary<string, RealEstateObject> Objects,
        List<RealEstateEncumbrance> Encumbrances,
        List<RealEstateClaim> Claims);

    /// <summary>001b.md §6.3: objects table of 10 columns, then per object the rights, encumbrances and claims tables.</summary>
    private async Task<List<DocumentSection>> RightsReferenceAsync(ReferenceData data, List<RealEstateRight> current, List<StatementRow> statement, CancellationToken ct)
    {
        var numbers = current.Select(r => r.CadastralNumber).Distinct().ToList();
        // Table 2 lists every current right to the object (co-owners too), as the register holds them.
        var allRights = await db.Set<RealEstateRight>().AsNoTracking()
            .Where(r => numbers.Contains(r.CadastralNumber) && r.EndedAt == null)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(ct);

        statement.Add(new(new("Берілді", "Выдана"), data.IssuedTo));
        var head = new List<DocumentBlock>
        {
            new DocumentField(new("Берілді", "Выдана"), data.IssuedTo),
            new DocumentParagraph(new("жылжымайтын мүліктің мына объектілеріне растама:", "подтверждение на следующие объекты недвижимого имущества:")),
            new DocumentTable(
                [new("Жылжымайтын мүліктің түрі", "Вид недвижимого имущества"), new("Кадастрлық нөмірі", "Кадастровый номер"),
                 new("Нысаналы мақсаты (жоспары бойынша литер)", "Целевое назначение (литер по плану)"),
                 new("Мекен-жай, мекен-жайдың тіркеу коды (бар болған жағдайда)", "Адрес, регистрационный код адреса (при наличии)"),
                 new("Құрамдарының саны", "Количество составляющих"), new("Қабат саны, қабаты", "Этажность, этаж"),
                 new("Жалпы ауданы, көлемі, ұзындығы", "Общая площадь, объём, протяжённость"), new("Пайдалы алаңы", "Полезная площадь"),
                 new("Бөлінуі (ЖУ)", "Делимость (ЗУ)"), new("Ескертпе", "Примечание")],
                [.. numbers.Select(n => ObjectRow(data.Objects[n]))],
                [1.2f, 1.5f, 1.3f, 2f, 0.8f, 0.8f, 0.9f, 0.9f, 0.8f, 1f]),
        };
        var sections = new List<DocumentSection> { new(null, head) };

        foreach (var number in numbers)
        {
            var obj = data.Objects[number];
            statement.Add(new(new("Кадастрлық нөмірі", "Кадастровый номер"), number));
            statement.Add(new(new("Объект", "Объект"), new BilingualText(obj.KindKk + ", " + obj.AddressKk, obj.KindRu + ", " + obj.AddressRu)));
            var blocks = new List<DocumentBlock>
            {
                new DocumentParagraph(new("1) құқығы тіркелді:", "1) зарегистрировано право:")),
                new DocumentTable(
                    [new("Құқықтың түрі", "Вид права"), new("Мазмұны", "Содержание"), new("Құқық иесі", "Правообладатель"),
                     new("Ортақ меншік нысаны, үлесі", "Форма общей собственности, доля"),
                     new("Құқықтың туындау негіздемесі", "Основание возникновения права"), new("Тіркелген күні, уақыты", "Дата, время регистрации")],
                    [.. allRights.Where(r => r.CadastralNumber == number).Select(r => (IReadOnlyList<BilingualText>)
                    [
                        RightKinds.Names[r.Kind], RightKinds.Contents[r.Kind], BilingualText.Same(r.HolderName + " (" + r.HolderId + ")"),
                        Ownership(r), new(r.BasisKk, r.BasisRu), When(r.RegisteredAt),
                    ])],
                    [1.1f, 1.4f, 1.6f, 1.2f, 1.8f, 1f]),
                new DocumentParagraph(new("2) құқықтық ауыртпалығы тіркелді:", "2) зарегистрировано обременение права:")),
            };
            foreach (var r in allRights.Where(r => r.CadastralNumber == number))
            {
                statement.Add(new(new("Құқық", "Право"), new BilingualText($"{RightKinds.Names[r.Kind].Kk}: {r.HolderName} ({r.HolderId}), {Ownership(r).Kk}", $"{RightKinds.Names[r.Kind].Ru}: {r.HolderName} ({r.HolderId}), {Ownership(r).Ru}")));
            }

            var encumbrances = data.Encumbrances.Where(e => e.CadastralNumber == number).ToList();
            blocks.Add(encumbrances.Count == 0 ? new DocumentParagraph(RealEstateTexts.None) : new DocumentTable(
                [new("Ауыртпалықтың түрі", "Вид обременения"), new("Мазмұны", "Содержание"),
                 new("Құқық иесі немесе уәкілетті орган (мүдделі тұлға)", "Правообладатель или уполномоченный орган (заинтересованное лицо)"),
                 new("Ортақ меншік нысаны, үлесі", "Форма общей собственности, доля"),
                 new("Ауыртпалықтың пайда болуының негіздемесі", "Основание возникновения обременения"), new("Тіркелген күні, уақыты", "Дата, время регистрации")],
                [.. encumbrances.Select(e => (IReadOnlyList<BilingualText>)
                [
                    EncumbranceKinds.Names[e.Kind], new(e.ContentKk, e.ContentRu), BilingualText.Same(e.InterestedParty),
                    BilingualText.Same(e.Share ?? "—"), new(e.BasisKk, e.BasisRu), When(e.RegisteredAt),
                ])],
                [1.1f, 1.4f, 1.6f, 1f, 1.8f, 1f]));
            statement.AddRange(encumbrances.Select(e => new StatementRow(new("Ауыртпалық", "Обременение"), new BilingualText($"{EncumbranceKinds.Names[e.Kind].Kk}: {e.InterestedParty}; {e.BasisKk}", $"{EncumbranceKinds.Names[e.Kind].Ru}: {e.InterestedParty}; {e.BasisRu}"))));

            blocks.Add(new DocumentParagraph(new(
                "3) жылжымайтын мүлікке құқықтардың немесе құқықтық ауыртпалықтардың туындауына әкеп соқтырмайтын заңдық талаптар және мәмілелер тіркелді:",
                "3) зарегистрированы правопритязания и сделки, не влекущие возникновение прав или обременений прав на недвижимое имущество:")));
            var claims = data.Claims.Where(c => c.CadastralNumber == number).ToList();
            blocks.Add(claims.Count == 0 ? new DocumentParagraph(RealEstateTexts.None) : new DocumentTable(
                [new("Заңдық талаптар және мәмілелер", "Правопритязания и сделки"), new("Мазмұны", "Содержание"),
                 new("Өтініш беруші (мүдделі тұлға)", "Заявитель (заинтересованное лицо)"), new("Туындау негіздемесі", "Основание возникновения"),
                 new("Тіркелген күні, уақыты", "Дата, время регистрации")],
                [.. claims.Select(c => (IReadOnlyList<BilingualText>)
                [
                    new(c.KindKk, c.KindRu), new(c.ContentKk, c.ContentRu), BilingualText.Same(c.Applicant), new(c.BasisKk, c.BasisRu), When(c.RegisteredAt),
                ])],
                [1.3f, 1.6f, 1.5f, 1.8f, 1f]));
            statement.AddRange(claims.Select(c => new StatementRow(new("Заңдық талап, мәміле", "Правопритязание, сделка"), new BilingualText($"{c.KindKk}: {c.ContentKk}", $"{c.KindRu}: {c.ContentRu}"))));

            sections.Add(new DocumentSection(new("Кадастрлық нөмірі " + number, "Кадастровый номер " + number), blocks));
        }

        return sections;
    }

    /// <summary>001b.md §6.4: numbered blocks for current rights, then for ended rights; "ЖОҚ" where there are none.</summary>
    private static List<DocumentSection> PresenceReference(ReferenceData data, List<RealEstateRight> current, List<RealEstateRight> ended, List<StatementRow> statement)
    {
        statement.Add(new(new("Берілді", "Выдана"), data.IssuedTo));
        var head = new List<DocumentBlock>
        {
            new DocumentField(new("Берілді", "Выдана"), data.IssuedTo),
            new DocumentField(new("Тұлғаға", "Лицу"), data.IssuedTo),
        };

        var currentBlocks = new List<DocumentBlock>();
        var n = 0;
        foreach (var r in current)
        {
            var obj = data.Objects[r.CadastralNumber];
            currentBlocks.Add(BlockHeading(++n, obj));
            currentBlocks.AddRange(CommonRows(r, obj));
            var encumbrances = data.Encumbrances.Where(e => e.CadastralNumber == r.CadastralNumber).ToList();
            currentBlocks.Add(new DocumentField(
                new("Тіркелген ауыртпалықтардың болуы (ауыртпалықтың түрі, мүдделі тұлға, ауыртпалықтың туындау негізі, тіркеу күні және уақыты)",
                    "Наличие зарегистрированных обременений (вид обременения, заинтересованное лицо, основание возникновения обременения, дата и время регистрации)"),
                encumbrances.Count == 0 ? RealEstateTexts.None : Join(encumbrances.Select(e => new BilingualText(
                    $"{EncumbranceKinds.Names[e.Kind].Kk}, {e.InterestedParty}, {e.BasisKk}, {When(e.RegisteredAt).Kk}",
                    $"{EncumbranceKinds.Names[e.Kind].Ru}, {e.InterestedParty}, {e.BasisRu}, {When(e.RegisteredAt).Ru}")))));
            var claims = data.Claims.Where(c => c.CadastralNumber == r.CadastralNumber).ToList();
            currentBlocks.Add(new DocumentField(
                new("Жылжымайтын мүлікке құқықтардың немесе құқықтық ауыртпалықтардың туындауына әкеп соқтырмайтын заңдық талаптар мен мәмілелердің тіркелуі",
                    "Регистрация правопритязаний и сделок, не влекущих возникновение прав или обременений прав на недвижимое имущество"),
                claims.Count == 0 ? RealEstateTexts.None : Join(claims.Select(c => new BilingualText(
                    $"{c.KindKk}: {c.ContentKk}, {c.Applicant}, {When(c.RegisteredAt).Kk}", $"{c.KindRu}: {c.ContentRu}, {c.Applicant}, {When(c.RegisteredAt).Ru}")))));
            statement.Add(new(new("Тіркелді", "Зарегистрировано"), new BilingualText($"{r.CadastralNumber}; {RightKinds.Names[r.Kind].Kk}; {Ownership(r).Kk}", $"{r.CadastralNumber}; {RightKinds.Names[r.Kind].Ru}; {Ownership(r).Ru}")));
            statement.AddRange(encumbrances.Select(e => new StatementRow(new("Ауыртпалық", "Обременение"), new BilingualText($"{r.CadastralNumber}; {EncumbranceKinds.Names[e.Kind].Kk}", $"{r.CadastralNumber}; {EncumbranceKinds.Names[e.Kind].Ru}"))));
        }

        if (current.Count == 0)
        {
            currentBlocks.Add(new DocumentParagraph(new("Осы тұлғаға жылжымайтын мүлікке құқықтар тіркелмеген: ЖОҚ.", "Права на недвижимое имущество за этим лицом не зарегистрированы: НЕТ.")));
            statement.Add(new(new("Тіркелді", "Зарегистрировано"), new BilingualText("ЖОҚ", "НЕТ")));
        }

        var endedBlocks = new List<DocumentBlock>();
        n = 0;
        foreach (var r in ended)
        {
            var obj = data.Objects[r.CadastralNumber];
            endedBlocks.Add(BlockHeading(++n, obj));
            endedBlocks.AddRange(CommonRows(r, obj));
            endedBlocks.Add(new DocumentField(
                new("Құқықтың тоқтату негізі, тіркеу күні және уақыты", "Основание прекращения права, дата и время регистрации"),
                new((r.EndBasisKk ?? "—") + ", " + When(r.EndedAt!.Value).Kk, (r.EndBasisRu ?? "—") + ", " + When(r.EndedAt!.Value).Ru)));
            statement.Add(new(new("Бұрын тіркелген", "Ранее зарегистрировано"), new BilingualText($"{r.CadastralNumber}; {RightKinds.Names[r.Kind].Kk}; тоқтатылды {When(r.EndedAt.Value).Kk}", $"{r.CadastralNumber}; {RightKinds.Names[r.Kind].Ru}; прекращено {When(r.EndedAt.Value).Ru}")));
        }

        if (ended.Count == 0)
        {
            endedBlocks.Add(new DocumentParagraph(new("Бұрын осы тұлғаға жылжымайтын мүлікке құқықтар тіркелмеген: ЖОҚ.", "Ранее права на недвижимое имущество за этим лицом не регистрировались: НЕТ.")));
            statement.Add(new(new("Бұрын тіркелген", "Ранее зарегистрировано"), new BilingualText("ЖОҚ", "НЕТ")));
        }

        return
        [
            new DocumentSection(null, head),
            new DocumentSection(new("Тіркелді:", "Зарегистрировано:"), currentBlocks),
            new DocumentSection(new("Бұрын осы тұлғаға тіркелген:", "Ранее зарегистрировано за этим лицом:"), endedBlocks),
        ];
    }

    private static DocumentParagraph BlockHeading(int n, RealEstateObject obj) => new(new(
        $"{n}) Мекен-жайда орналасқан жылжымайтын мүлікке құқық: {obj.AddressKk}{Code(obj)}",
        $"{n}) Право на недвижимое имущество, расположенное по адресу: {obj.AddressRu}{Code(obj)}"));

    private static IEnumerable<DocumentBlock> CommonRows(RealEstateRight r, RealEstateObject obj)
    {
        yield return new DocumentField(
            new("Жылжымайтын мүлік объектісі (объект түрі, нысаналы мақсаты, кадастрлық нөмірі)", "Объект недвижимости (вид объекта, целевое назначение, кадастровый номер)"),
            new($"{obj.KindKk}, {obj.PurposeKk}, {obj.CadastralNumber}", $"{obj.KindRu}, {obj.PurposeRu}, {obj.CadastralNumber}"));
        yield return new DocumentField(
            new("Құқықтың түрі, меншік нысаны (дара немесе жалпы, үлес)", "Вид права, форма собственности (единоличная или общая, доля)"),
            new(RightKinds.Names[r.Kind].Kk + ", " + Ownership(r).Kk, RightKinds.Names[r.Kind].Ru + ", " + Ownership(r).Ru));
        yield return new DocumentField(
            new("Құқықтың пайда болу негізі, тіркеу күні және уақыты", "Основание возникновения права, дата и время регистрации"),
            new(r.BasisKk + ", " + When(r.RegisteredAt).Kk, r.BasisRu + ", " + When(r.RegisteredAt).Ru));
    }

    private static IReadOnlyList<BilingualText> ObjectRow(RealEstateObject o) =>
    [
        new(o.KindKk, o.KindRu),
        BilingualText.Same(o.CadastralNumber),
        new(o.PurposeKk, o.PurposeRu),
        new(o.AddressKk + Code(o), o.AddressRu + Code(o)),
        BilingualText.Same(o.Components?.ToString(CultureInfo.InvariantCulture) ?? "—"),
        BilingualText.Same((o.Storeys?.ToString(CultureInfo.InvariantCulture) ?? "—") + (o.Floor is { } f ? ", " + f.ToString(CultureInfo.InvariantCulture) : "")),
        BilingualText.Same(Area(o.TotalArea)),
        BilingualText.Same(o.UsefulArea is { } u ? Area(u) : "—"),
        o.LandDivisible switch { true => new("Бөлінеді", "Делимый"), false => new("Бөлінбейді", "Неделимый"), null => BilingualText.Same("—") },
        new(o.NoteKk ?? "—", o.NoteRu ?? "—"),
    ];

    private static string Code(RealEstateObject o) => o.AddressCode is null ? "" : " (" + o.AddressCode + ")";

    private static string Area(decimal m2) => DocumentTexts.Number(m2, "0.0#") + " м²";

    private static BilingualText Ownership(RealEstateRight r)
    {
        var form = OwnershipForms.Names[r.OwnershipForm];
        return r.Share is null ? form : new(form.Kk + ", " + r.Share, form.Ru + ", " + r.Share);
    }

    private static BilingualText When(DateTime utc) =>
        BilingualText.Same(AlmatyTime.FormatDateTime(utc));

    private static BilingualText Join(IEnumerable<BilingualText> items)
    {
        var list = items.ToList();
        return new(string.Join("; ", list.Select(i => i.Kk)), string.Join("; ", list.Select(i => i.Ru)));
    }

    /// <summary>001b.md §6.3 item 6: an individual by name, date of birth and IIN; a legal entity by name and BIN.</summary>
    private async Task<BilingualText> IssuedToAsync(CaseContext ctx, CancellationToken ct)
    {
        var id = ctx.Application.ApplicantId;
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == id, ct);
        if (person is not null)
        {
            var born = person.BirthDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            return new($"{person.FullName}, туған күні {born}, ЖСН {id}", $"{person.FullName}, дата рождения {born}, ИИН {id}");
        }

        var entity = await db.LegalEntities.AsNoTracking().SingleOrDefaultAsync(e => e.Bin == id, ct);
        return entity is null ? BilingualText.Same(ctx.Application.ApplicantName + ", " + id) : new($"{entity.NameKk}, БСН {id}", $"{entity.NameRu}, БИН {id}");
    }
}
