using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.LegalEntities.Domain;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;

namespace Qyzmet.LegalEntities.Features.IssueRegisterReference;

/// <summary>
/// Service C of Order No. 236, Appendix 6 (001b.md §3.3): one service, four references chosen by <c>kind</c>.
/// Fully automated (§4.4): the request is registered, the Legal entities database is read, and the signed
/// reference or the refusal message (§8.3 R3, the subject is not in the database) is issued at once.
/// </summary>
internal sealed class RegisterReferenceService(QyzmetDbContext db) : IStateServiceHandler
{
    public const string ServiceIdValue = "legal-entities.register-reference";
    public const string Registered = "registered";
    public const string Issued = "issued";
    public const string Refused = "refused";

    public string ServiceId => ServiceIdValue;

    // 001b.md §4.5: the per-step times of Appendix 3 total 8 minutes.
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Order of the Minister of Justice No. 236 of 27.06.2011, Appendix 6, para 6 and Appendix 3")
        .State(Registered, new LocalizedText("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, DeadlineRule.Minutes(8))
        .State(Issued, new LocalizedText("Анықтама берілді", "Справка выдана", "Reference issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .On(Registered, "issue", Issued, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        .Build();

    // 001b.md §6.2: the reference kind, and the subject's BIN ("extended search", §8.6.3) for C1, C2 and C4.
    public ServiceForm Form { get; } = new(
        new FormField("kind", new("Анықтама түрі", "Вид справки", "Reference kind"), FieldType.Choice)
        {
            Options =
            [
                new(ReferenceKinds.RegisteredEntity, new("Тіркелген заңды тұлға, филиал немесе өкілдік туралы", "О зарегистрированном юридическом лице, филиале или представительстве", "On a registered legal entity, branch or representative office")),
                new(ReferenceKinds.Branches, new("Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы", "О наличии филиалов и представительств юридического лица", "On the existence of branches and representative offices")),
                new(ReferenceKinds.IndividualParticipation, new("Жеке тұлғаның заңды тұлғаларға қатысуы туралы", "Об участии физического лица в юридических лицах", "On an individual's participation in legal entities")),
                new(ReferenceKinds.EntityParticipation, new("Заңды тұлғаның басқа заңды тұлғаларға қатысуы туралы", "Об участии юридического лица в других юридических лицах", "On a legal entity's participation in other legal entities")),
            ],
        },
        new FormField("bin", new("Заңды тұлғаның (филиалдың, өкілдіктің) БСН", "БИН юридического лица (филиала, представительства)", "BIN of the legal entity (branch, representative office)"), FieldType.Bin, Required: false)
        {
            ShownWhen = new("kind", ReferenceKinds.RegisteredEntity, ReferenceKinds.Branches, ReferenceKinds.EntityParticipation),
            Hint = new LocalizedText(
                "Заңды тұлға өзі туралы сұраса, бос қалдыруға болады.",
                "Можно не заполнять, если юридическое лицо запрашивает справку о себе.",
                "May be left empty when a legal entity asks about itself."),
        });

    // 001b.md §8.6.4: the definition says individual, the process table says individual/legal entity; both are served.
    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => "legal-entities-";

    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        if (form["kind"] == ReferenceKinds.IndividualParticipation && applicant.IsLegalEntity)
        {
            throw new QyzmetException(LegalEntitiesErrors.IndividualReferenceForEntity);
        }

        if (form["kind"] != ReferenceKinds.IndividualParticipation && !form.ContainsKey("bin") && !applicant.IsLegalEntity)
        {
            throw new QyzmetException(LegalEntitiesErrors.BinRequired);
        }

        var unit = "legal-entities-" + applicant.RegionCode;
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) ? unit : "legal-entities-hq";
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        if (ctx.Status != Registered)
        {
            return;
        }

        var kind = ctx.Form["kind"];
        var statement = new List<StatementRow> { new(new("Анықтама түрі", "Вид справки"), Titles(kind)) };
        List<DocumentBlock> blocks;
        if (kind == ReferenceKinds.IndividualParticipation)
        {
            blocks = await IndividualParticipationAsync(ctx, statement, ct);
        }
        else
        {
            var bin = ctx.Form.TryGetValue("bin", out var b) ? b : ctx.Application.ApplicantId;
            var subject = await Entities().SingleOrDefaultAsync(e => e.Bin == bin, ct);
            if (subject is null)
            {
                // 001b.md §8.3 R3 (process 8): the requested data are absent in the Legal entities database.
                await ctx.RefuseAsync("refuse", LegalEntitiesTexts.EntityNotFound(bin), ct);
                return;
            }

            blocks = kind switch
            {
                ReferenceKinds.Branches => await BranchesAsync(ctx, subject, statement, ct),
                ReferenceKinds.EntityParticipation => await EntityParticipationAsync(ctx, subject, statement, ct),
                _ => RegisteredEntity(ctx, subject, statement),
            };
        }

        var content = new DocumentContent
        {
            Issuer = [new("Қазақстан Республикасының Әділет министрлігі", "Министерство юстиции Республики Казахстан")],
            Title = Titles(kind),
            DocumentNumber = "",
            IssuedAt = ctx.Time.GetUtcNow(),
            Sections = [new DocumentSection(null, blocks)],
            Footnotes = [DocumentTexts.ValidAtIssue, DocumentTexts.PaperEquivalence, LegalEntitiesTexts.BarcodeNote],
        };
        await ctx.Documents.IssueAsync(ctx.Application, ServiceId, ctx.Application.ApplicantId, content, statement, duplicate: false, ct);
        await ctx.FireAsync("issue", "reference issued", ct);
    }

    private IQueryable<LegalEntity> Entities() => db.LegalEntities.AsNoTracking().Include(e => e.Founders);

    private static BilingualText Titles(string kind) => kind switch
    {
        ReferenceKinds.Branches => new("Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы анықтама", "Справка о наличии филиалов и представительств юридического лица"),
        ReferenceKinds.IndividualParticipation => new("Жеке тұлғаның заңды тұлғаларда, филиалдар мен өкілдіктерде қатысуы туралы анықтама", "Справка об участии физического лица в юридических лицах, филиалах и представительствах"),
        ReferenceKinds.EntityParticipation => new("Заңды тұлғаның басқа заңды тұлғаларда қатысуы туралы анықтама", "Справка об участии юридического лица в других юридических лицах"),
        _ => new("Тіркелген заңды тұлға, филиалы немесе өкілдігі туралы анықтама", "Справка о зарегистрированном юридическом лице, филиале или представительстве"),
    };

    private static List<DocumentBlock> Head(CaseContext ctx, List<StatementRow> statement, BilingualText issuedTo)
    {
        statement.Add(new(new("Берілді", "Выдана"), issuedTo));
        return
        [
            new DocumentParagraph(new("Талап етілген жері бойынша берілді", "Выдана для предъявления по месту требования")),
            new DocumentField(new("Берілген күні", "Дата выдачи"), BilingualText.Same(AlmatyTime.FormatDate(ctx.Time.GetUtcNow()))),
            new DocumentField(new("Берілді", "Выдана"), issuedTo),
            new DocumentParagraph(new("ЗТ МДҚ деректеріне сәйкес:", "Согласно данным ГБД ЮЛ:")),
        ];
    }

    private static BilingualText IssuedTo(CaseContext ctx) => BilingualText.Same(ctx.Application.ApplicantName + ", " + ctx.Application.ApplicantId);

    /// <summary>001b.md §6.5 C1: fields 2–13.</summary>
    private static List<DocumentBlock> RegisteredEntity(CaseContext ctx, LegalEntity e, List<StatementRow> statement)
    {
        var blocks = Head(ctx, statement, IssuedTo(ctx));
        blocks.AddRange(EntityFields(e, statement, registrationType: true, head: true));
        return blocks;
    }

    /// <summary>001b.md §6.5 C2: the parent's fields 2–6, then one group per branch or office (fields 7–16), or "ЖОҚ".</summary>
    private async Task<List<DocumentBlock>> BranchesAsync(CaseContext ctx, LegalEntity parent, List<StatementRow> statement, CancellationToken ct)
    {
        var blocks = Head(ctx, statement, IssuedTo(ctx));
        blocks.Add(Field(statement, new("Атауы", "Наименование"), new(parent.NameKk, parent.NameRu)));
        blocks.Add(Field(statement, new("Соңғы тіркелген (қайта тіркелген) күні мен нөмірі", "Дата и номер последней регистрации (перерегистрации)"), LastRegistration(parent)));
        blocks.Add(Field(statement, new("БСН", "БИН"), BilingualText.Same(parent.Bin)));
        blocks.Add(Field(statement, new("СТТН", "РНН"), BilingualText.Same(parent.Rnn ?? "—")));
        blocks.Add(Field(statement, new("ОКПО", "ОКПО"), BilingualText.Same(parent.Okpo ?? "—")));
        var branches = await Entities().Where(b => b.ParentBin == parent.Bin).OrderBy(b => b.RegisteredOn).ThenBy(b => b.Bin).Take(200).ToListAsync(ct);
        if (branches.Count == 0)
        {
            blocks.Add(Field(statement, new("Заңды тұлғаның филиалы (өкілдігі)", "Филиал (представительство) юридического лица"), LegalEntitiesTexts.None));
            return blocks;
        }

        foreach (var b in branches)
        {
            blocks.Add(new DocumentParagraph(b.Kind == LegalEntityKinds.RepresentativeOffice
                ? new("Заңды тұлғаның өкілдігі:", "Представительство юридического лица:")
                : new("Заңды тұлғаның филиалы:", "Филиал юридического лица:")));
            blocks.Add(Field(statement, new("Филиалдың (өкілдіктің) атауы", "Наименование филиала (представительства)"), new(b.NameKk, b.NameRu)));
            blocks.AddRange(EntityFields(b, statement, registrationType: false, head: false, name: false, founders: false));
        }

        return blocks;
    }

    /// <summary>001b.md §6.5 C3: the individual's identity document, then every entity they participate in, or "ЖОҚ".</summary>
    private async Task<List<DocumentBlock>> IndividualParticipationAsync(CaseContext ctx, List<StatementRow> statement, CancellationToken ct)
    {
        var iin = ctx.Application.ApplicantId;
        var person = await db.People.AsNoTracking().Include(p => p.Documents).SingleAsync(p => p.Iin == iin, ct);
        var blocks = Head(ctx, statement, BilingualText.Same(person.FullName));
        var document = person.Documents.OrderByDescending(d => d.IssuedOn).FirstOrDefault();
        blocks.Insert(3, new DocumentField(new("Жеке басты куәландыратын құжаты", "Документ, удостоверяющий личность"),
            document is null ? BilingualText.Same("—") : LegalEntitiesTexts.DocumentKind(document.Kind)));
        blocks.Insert(4, new DocumentField(new("Жеке басты куәландыратын құжаттың нөмірі, берген күні, кім берген", "Номер, дата выдачи, кем выдан документ, удостоверяющий личность"),
            document is null ? BilingualText.Same("—") : BilingualText.Same($"№ {document.Number}, {document.IssuedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}, {document.Issuer}")));

        var participations = await db.Set<LegalEntityFounder>().AsNoTracking().Where(f => f.FounderId == iin).Select(f => f.Bin).Take(200).ToListAsync(ct);
        var entities = await Entities().Where(e => participations.Contains(e.Bin)).OrderBy(e => e.RegisteredOn).ThenBy(e => e.Bin).ToListAsync(ct);
        blocks.Add(Field(statement, new("Жеке тұлғаның заңды тұлғаларда, филиалдар мен өкілдіктерде қатысуы", "Участие физического лица в юридических лицах, филиалах и представительствах"),
            entities.Count == 0 ? LegalEntitiesTexts.None : BilingualText.Same(person.FullName)));
        foreach (var e in entities)
        {
            blocks.AddRange(EntityFields(e, statement, registrationType: false, head: true));
        }

        return blocks;
    }

    /// <summary>001b.md §6.5 C4: the entity's own fields 2–12, then its participation in others (field 13), "ЖОҚ" when none.</summary>
    private async Task<List<DocumentBlock>> EntityParticipationAsync(CaseContext ctx, LegalEntity e, List<StatementRow> statement, CancellationToken ct)
    {
        var blocks = Head(ctx, statement, IssuedTo(ctx));
        blocks.AddRange(EntityFields(e, statement, registrationType: false, head: true));
        var holdings = await db.Set<LegalEntityFounder>().AsNoTracking().Where(f => f.FounderId == e.Bin).Take(200).ToListAsync(ct);
        var bins = holdings.Select(h => h.Bin).ToList();
        var others = await db.LegalEntities.AsNoTracking().Where(o => bins.Contains(o.Bin)).OrderBy(o => o.Bin).ToListAsync(ct);
        var label = new BilingualText("Заңды тұлғаның басқа заңды тұлғаларда қатысуы", "Участие юридического лица в других юридических лицах");
        blocks.Add(Field(statement, label, others.Count == 0 ? LegalEntitiesTexts.None : new(
            string.Join("; ", others.Select(o => $"{o.NameKk}, БСН {o.Bin}, үлесі {Percent(holdings.First(h => h.Bin == o.Bin).SharePercent)}")),
            string.Join("; ", others.Select(o => $"{o.NameRu}, БИН {o.Bin}, доля {Percent(holdings.First(h => h.Bin == o.Bin).SharePercent)}")))));
        return blocks;
    }

    private static IEnumerable<DocumentBlock> EntityFields(LegalEntity e, List<StatementRow> statement, bool registrationType, bool head, bool name = true, bool founders = true)
    {
        if (name)
        {
            yield return Field(statement, new("Атауы", "Наименование"), new(e.NameKk, e.NameRu));
        }

        yield return Field(statement, new("Тіркеуші орган", "Регистрирующий орган"), new(e.RegisteringBodyKk ?? "—", e.RegisteringBodyRu ?? "—"));
        if (registrationType)
        {
            yield return Field(statement, new("Тіркеу түрі", "Вид регистрации"), LegalEntitiesTexts.RegistrationType(e));
        }

        yield return Field(statement, new("Соңғы тіркелген (қайта тіркелген) күні мен нөмірі", "Дата и номер последней регистрации (перерегистрации)"), LastRegistration(e));
        yield return Field(statement, new("Бастапқы тіркелген күні", "Дата первичной регистрации"), LongDate(e.RegisteredOn));
        yield return Field(statement, new("БСН", "БИН"), BilingualText.Same(e.Bin));
        yield return Field(statement, new("СТТН", "РНН"), BilingualText.Same(e.Rnn ?? "—"));
        yield return Field(statement, new("ОКПО", "ОКПО"), BilingualText.Same(e.Okpo ?? "—"));
        yield return Field(statement, new("Бірінші басшысы", "Первый руководитель"), BilingualText.Same(e.HeadName));
        if (founders && head)
        {
            yield return Field(statement, new("Құрылтайшылары (қатысушылары, бастамашы азаматтары)", "Учредители (участники, граждане-инициаторы)"),
                e.Founders.Count == 0 ? LegalEntitiesTexts.None : BilingualText.Same(string.Join("; ", e.Founders.OrderByDescending(f => f.SharePercent).ThenBy(f => f.FounderId)
                    .Select(f => $"{f.FounderName} ({f.FounderId}), {Percent(f.SharePercent)}"))));
        }

        var activity = e.ActivityName.Split(" / ");
        yield return Field(statement, new("Қызмет түрі", "Вид деятельности"),
            new(e.ActivityCode + " " + activity[0], e.ActivityCode + " " + (activity.Length > 1 ? activity[1] : activity[0])));
        yield return Field(statement, new("Заңды мекенжайы", "Юридический адрес"), BilingualText.Same(e.Address));
    }

    private static DocumentField Field(List<StatementRow> statement, BilingualText label, BilingualText value)
    {
        statement.Add(new(label, value));
        return new DocumentField(label, value);
    }

    private static BilingualText LastRegistration(LegalEntity e)
    {
        var date = LongDate(e.LastRegisteredOn ?? e.RegisteredOn);
        var number = e.RegistrationNumber is null ? "" : " № " + e.RegistrationNumber;
        return new(date.Kk + number, date.Ru + number);
    }

    private static string Percent(decimal share) => DocumentTexts.Number(share, "0.##") + "%";

    // 001b.md §6.5 sample: "2007 жылғы 20 тамыз".
    private static readonly string[] MonthsKk = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
    private static readonly string[] MonthsRu = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static BilingualText LongDate(DateOnly d) =>
        new($"{d.Year} жылғы {d.Day} {MonthsKk[d.Month - 1]}", $"{d.Day} {MonthsRu[d.Month - 1]} {d.Year} года");
}
