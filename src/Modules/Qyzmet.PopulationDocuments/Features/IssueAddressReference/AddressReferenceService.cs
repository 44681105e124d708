using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.IssueAddressReference;

/// <summary>
/// S5 (004.md §3.5, §4.8, §4.9): the address reference, fully automated, free, within 15 minutes; about oneself, a close
/// relative (parents, children, spouse; kinship proven by the civil registry, D-606) or another person with their
/// notarised consent; legal entities (head or attorney, D-308) with the person's written consent. Template §6.4
/// (registered, with the temporary block) or §6.5 (deregistered, with date and reason) chosen by the register (D-612).
/// At the centre an incomplete package is not accepted and the receipt of §6.2 (Appendix 3) lists what is missing.
/// </summary>
internal sealed class AddressReferenceService(QyzmetDbContext db, ResidenceBook book, IEnumerable<IKinshipSource> kinship) : IStateServiceHandler
{
    public const string ServiceIdValue = "population-documents.address-reference";
    public const string Submitted = "submitted";
    public const string Issued = "issued";
    public const string NotAccepted = "not-accepted";
    public const string Refused = "refused";

    public const string Self = "self";
    public const string Relative = "relative";
    public const string Other = "other";

    public string ServiceId => ServiceIdValue;

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Government Decree No. 132 of 24.02.2014, standard 5 (address references), items 4, 6, 9, 10")
        .State(Submitted, new("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(Issued, new("Мекенжай анықтамасы берілді", "Адресная справка выдана", "Address reference issued"), StateKind.Completed)
        .State(NotAccepted, new("Құжаттарды қабылдаудан бас тартылды", "Отказано в приёме документов", "Documents not accepted"), StateKind.Ended)
        .State(Refused, new("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .On(Submitted, "issue", Issued, Roles.System)
        .On(Submitted, "reject-package", NotAccepted, Roles.System)
        .On(Submitted, "refuse", Refused, Roles.System)
        .Label("reject-package", new("Құжаттарды қабылдаудан бас тарту", "Отказать в приёме документов", "Refuse to accept the documents"), new("Топтама толық емес: қолхат берілді", "Пакет неполный: выдана расписка", "Package incomplete; receipt issued"))
        .Label("refuse", new("Бас тарту", "Отказать", "Refuse"), new("Бас тартылды", "Отказано", "Refused"))
        .Deadline(DeadlineRule.Minutes(15))
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("about", new("Анықтама кім туралы", "О ком справка", "Whom the reference is about"), FieldType.Choice)
        {
            Options =
            [
                new(Self, new("Өзім туралы", "О себе", "Myself")),
                new(Relative, new("Жақын туысым туралы (ата-анам, балам, жұбайым)", "О близком родственнике (родители, дети, супруг)", "A close relative (parent, child, spouse)")),
                new(Other, new("Басқа адам туралы (оның нотариат куәландырған келісімімен)", "О другом лице (с его нотариально удостоверенным согласием)", "Another person (with their notarised consent)")),
            ],
        },
        new FormField("subjectIin", new("Анықтама алынатын адамның ЖСН-і", "ИИН лица, о котором справка", "IIN of the person the reference is about"), FieldType.Iin)
        {
            ShownWhen = new("about", Relative, Other),
        },
        // 004.md §3.5 item 9 (centre): the marriage or birth certificate confirming kinship; on the portal the civil
        // registry proves it and nothing is asked (D-606).
        new FormField("kinshipCertificate", new("Туыстықты растайтын неке немесе туу туралы куәлік (нөмірі)", "Свидетельство о браке или рождении, подтверждающее родство (номер)", "Marriage or birth certificate confirming kinship (number)"), FieldType.Text, Required: false)
        {
            ShownWhen = new("about", Relative),
        },
        // 004.md §3.5 item 9: the person's notarised consent (individuals) or written consent (legal entities).
        new FormField("consent", new("Адамның келісімі (нотариус, тізілім нөмірі, күні)", "Согласие лица (нотариус, номер в реестре, дата)", "The person's consent (notary, register number, date)"), FieldType.Text, Required: false)
        {
            ShownWhen = new("about", Other),
        });

    public bool AcceptsIndividuals => true;

    // 004.md §3.5: individuals and legal entities.
    public bool AcceptsLegalEntities => true;

    public string UnitPrefix => MigrationPolice.Prefix;

    private static string SubjectOf(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form) =>
        form.GetValueOrDefault("about") == Self ? applicant.Id : form.GetValueOrDefault("subjectIin") ?? applicant.Id;

    /// <summary>
    /// D-612: 004.md §3.5 names no location; the unit of the region where the person the reference is about is (or was
    /// last) registered, else of the applicant's region.
    /// </summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        if (form.GetValueOrDefault("about") == Self && applicant.IsLegalEntity)
        {
            throw new QyzmetException(PopulationErrors.SubjectRequired);
        }

        var subject = SubjectOf(applicant, form);
        var registration = await book.CurrentAsync(subject, RegistrationKinds.Permanent, DateOnly.MinValue, ct) ?? await book.LastEndedPermanentAsync(subject, ct);
        var region = registration is not null && await book.FindAddressAsync(registration.AddressId, ct) is { } address ? address.RegionCode : applicant.RegionCode;
        return await MigrationPolice.ForRegionAsync(db, region, ct);
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        if (ctx.Status != Submitted)
        {
            return;
        }

        var app = ctx.Application;
        var form = ctx.Form;
        var about = form["about"];
        var subjectIin = about == Self ? app.ApplicantId : form["subjectIin"];
        var legalEntity = await ctx.Gateway.FindLegalEntityAsync(app.ApplicantId, ct) is not null;
        var subject = await ctx.Gateway.FindPersonAsync(subjectIin, ct) ?? throw new QyzmetException(PopulationErrors.PersonUnknown, "subjectIin", subjectIin);
        var atCentre = app.Channel == Channels.ServiceCentre;

        // 004.md §3.5 item 10, §6.2: at the centre an incomplete package is not accepted; the receipt lists what is missing.
        var missing = new List<(string Kk, string Ru)>();
        if (about == Relative && atCentre && string.IsNullOrEmpty(form.GetValueOrDefault("kinshipCertificate")))
        {
            missing.Add(("Туыстықты растайтын неке немесе туу туралы куәлік", "Свидетельство о браке или о рождении, подтверждающее родство"));
        }

        if (about == Other && string.IsNullOrEmpty(form.GetValueOrDefault("consent")))
        {
            missing.Add(legalEntity
                ? ("Жеке тұлғаның заңмен қорғалатын құпияны пайдалануға жазбаша келісімі", "Письменное согласие физического лица на использование сведений, составляющих охраняемую законом тайну")
                : ("Жеке тұлғаның мекенжай анықтамасын беруге нотариат куәландырған келісімі", "Нотариально удостоверенное согласие лица на выдачу адресной справки о нём"));
        }

        if (about == Relative && legalEntity)
        {
            throw new QyzmetException(PopulationErrors.SubjectRequired);
        }

        if (missing.Count > 0)
        {
            if (atCentre)
            {
                var staff = await db.Staff.AsNoTracking().Where(s => s.Iin == ctx.Process.ActorId).Select(s => s.FullName).FirstOrDefaultAsync(ct);
                var (content, statement) = RefusalReceipt.Build(app, missing, staff ?? ctx.Process.ActorId);
                await ctx.Documents.IssueAsync(app, ServiceIdValue + ".refusal-receipt", app.ApplicantId, content, statement, duplicate: false, ct);
            }

            await ctx.RefuseAsync("reject-package", new LocalizedText(
                "Құжаттар топтамасы толық емес. Жоқ құжаттар: " + string.Join("; ", missing.Select(m => m.Kk)) + ".",
                "Пакет документов неполный. Отсутствуют: " + string.Join("; ", missing.Select(m => m.Ru)) + ".",
                "The package is incomplete. Missing: " + string.Join("; ", missing.Select(m => m.Ru)) + "."), ct);
            return;
        }

        if (about == Relative)
        {
            // D-606: kinship is what the civil registry proves (004.md §3.5 item 9: marriage or birth certificate).
            var relation = kinship.FirstOrDefault() is { } source ? await source.CloseRelationAsync(app.ApplicantId, subjectIin, ct) : null;
            if (relation is null)
            {
                await ctx.RefuseAsync("refuse", new LocalizedText(
                    "АХАЖ актілері бойынша сіз бен көрсетілген адамның жақын туыстығы (ата-анасы, баласы, жұбайы) расталмады. Ол туралы анықтаманы оның нотариат куәландырған келісімімен алуға болады.",
                    "По актам гражданского состояния близкое родство (родители, дети, супруг) между вами и указанным лицом не подтверждено. Справку о нём можно получить с его нотариально удостоверенным согласием.",
                    "The civil-status acts do not prove close kinship (parent, child, spouse) between you and this person. A reference about them needs their notarised consent."), ct);
                return;
            }
        }

        var now = ctx.Time.GetUtcNow();
        var today = AlmatyTime.LocalDate(now);
        var permanent = await book.CurrentAsync(subjectIin, RegistrationKinds.Permanent, today, ct);
        var temporary = await book.CurrentAsync(subjectIin, RegistrationKinds.Temporary, today, ct);
        var ended = permanent is null ? await book.LastEndedPermanentAsync(subjectIin, ct) : null;
        if (permanent is null && ended is null)
        {
            // D-612: the register holds nothing about the person: there is no data to certify.
            await ctx.RefuseAsync("refuse", new LocalizedText(
                "«Жеке тұлғалар» мемлекеттік деректер қорында бұл адамның тұрғылықты жері бойынша тіркелгені туралы мәлімет жоқ.",
                "В государственной базе данных «Физические лица» нет сведений о регистрации этого лица по месту жительства.",
                "The State Database \"Individuals\" holds no registration of this person at a place of residence."), ct);
            return;
        }

        var doc = permanent is not null
            ? AddressReferenceDocument.Registered(app, subject, permanent, await book.FindAddressAsync(permanent.AddressId, ct), temporary,
                temporary is null ? null : await book.FindAddressAsync(temporary.AddressId, ct), now)
            : AddressReferenceDocument.Deregistered(app, subject, ended!, await book.FindAddressAsync(ended!.AddressId, ct), now);
        await ctx.Documents.IssueAsync(app, ServiceIdValue + (permanent is not null ? ".registered" : ".deregistered"), app.ApplicantId, doc.Content, doc.Statement, duplicate: false, ct);
        app.OutcomeReasonJson = null;
        await ctx.FireAsync("issue", "address reference about " + subjectIin, ct);
        if (subjectIin != app.ApplicantId)
        {
            await ctx.Notifier.NotifyAsync(subjectIin, app.Id,
                new("Сіз туралы мекенжай анықтамасы берілді", "О вас выдана адресная справка", "An address reference about you was issued"),
                new($"{app.ApplicantName} сіз туралы мекенжай анықтамасын алды (№ {app.Number}).", $"{app.ApplicantName} получил(а) адресную справку о вас (№ {app.Number}).", $"{app.ApplicantName} obtained an address reference about you ({app.Number})."),
                sms: false, ct);
        }

    }
}
