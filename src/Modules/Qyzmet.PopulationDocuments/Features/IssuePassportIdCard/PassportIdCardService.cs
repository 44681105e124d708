using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;

/// <summary>
/// S1 (004.md §3.1, §4.2, §4.3): passports and identity cards. At the centre (registration-point workstation) for every
/// case of item 9.3; on the portal only to replace a document because of the new production technology. The duty from the
/// rates in force (D-615), the standard 30 calendar days or 7/10/15 working days for the surcharge (centre only; the
/// acceptance day not counted: the working calendar's rule), the coupon of §6.1, production as the document factory's
/// kernel task (ADR 0025, D-624), and the hand-over at the centre against the coupon (D-617).
/// </summary>
internal sealed class PassportIdCardService(QyzmetDbContext db, ResidenceBook book, Platform.Payments.FeeRuleService fees) : IStateServiceHandler
{
    public const string ServiceIdValue = "population-documents.passport-id-card";
    public const string Submitted = "submitted";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Accepted = "accepted";
    public const string InProduction = "in-production";
    public const string ProductionDefect = "production-defect";
    public const string Ready = "ready";
    public const string HandedOver = "handed-over";
    public const string Expired = "expired";

    public const string IdCard = "id-card";
    public const string Passport = "passport";

    /// <summary>004.md §3.1 item 9.3: the base document of each case, the documents it allows, and an age condition.</summary>
    public sealed record BaseCase(string Id, string BaseDocument, string[] Documents, int? MinAge, int? MaxAgeExclusive, LocalizedText Label);

    public static readonly IReadOnlyList<BaseCase> Cases =
    [
        new("id-card-after-16", "birth-certificate", [IdCard], 16, null, new("16 жастан кейін алғаш жеке куәлік (туу туралы куәлік)", "Первое удостоверение после 16 лет (свидетельство о рождении)", "First ID card after 16 (birth certificate)")),
        new("passport-under-16", "birth-certificate", [Passport], null, 16, new("16 жасқа дейін паспорт (туу туралы куәлік)", "Паспорт до 16 лет (свидетельство о рождении)", "Passport before 16 (birth certificate)")),
        new("replace-passport", Passport, [Passport], null, null, new("Паспортты ауыстыру (паспорт)", "Замена паспорта (паспорт)", "Replacing the passport (passport)")),
        new("id-card-lost", Passport, [IdCard], null, null, new("Жеке куәлік жоғалды (паспорт)", "Утеря удостоверения (паспорт)", "ID card lost (passport)")),
        new("replace-id-card", IdCard, [IdCard], null, null, new("Жеке куәлікті ауыстыру (жеке куәлік)", "Замена удостоверения (удостоверение)", "Replacing the ID card (ID card)")),
        new("passport-lost", IdCard, [Passport], null, null, new("Паспорт жоғалды (жеке куәлік)", "Утеря паспорта (удостоверение)", "Passport lost (ID card)")),
        new("first-passport", IdCard, [Passport], null, null, new("Алғаш паспорт (жеке куәлік)", "Первый паспорт (удостоверение)", "First passport (ID card)")),
        new("citizenship", "citizenship-certificate", [IdCard, Passport], null, null, new("Азаматтыққа қабылдау туралы куәлік", "Свидетельство о приёме в гражданство", "Certificate of admission to citizenship")),
        new("lost-abroad", "return-certificate", [Passport], null, null, new("Шетелде паспорт жоғалды (қайтып оралу куәлігі)", "Утеря паспорта за рубежом (свидетельство на возвращение)", "Passport lost abroad (certificate of return)")),
        new("new-technology", IdCard, [IdCard, Passport], null, null, new("Жаңа дайындау технологиясына байланысты ауыстыру", "Замена в связи с новой технологией изготовления", "Replacement because of the new production technology")),
    ];

    public static readonly IReadOnlyDictionary<string, (string Kk, string Ru)> BaseDocuments = new Dictionary<string, (string, string)>
    {
        ["birth-certificate"] = ("Туу туралы куәлік", "Свидетельство о рождении"),
        [Passport] = ("ҚР азаматының паспорты", "Паспорт гражданина РК"),
        [IdCard] = ("ҚР азаматының жеке куәлігі", "Удостоверение личности гражданина РК"),
        ["citizenship-certificate"] = ("ҚР азаматтығына қабылдау туралы куәлік", "Свидетельство о приёме в гражданство РК"),
        ["return-certificate"] = ("Қайтып оралу куәлігі", "Свидетельство на возвращение"),
    };

    /// <summary>The kind of the document factory's task (ADR 0025, D-624).</summary>
    public const string ProductionTask = "card-production";

    /// <summary>
    /// 004.md §4.2 step 6 / §4.11 "In production": the document factory makes the card or passport from the electronic
    /// formulyar. Its own term is 5 working days (D-624: 004.md gives none; it fits inside the shortest, 7-day term); a defect
    /// needs its reasons and ends in "production-defect", where the officer sends the corrected formulyar again (D-625).
    /// </summary>
    public static readonly TaskSpec Production = new(ProductionTask,
        new("Құжатты дайындау (құжаттар дайындау орталығы)", "Изготовление документа (центр изготовления документов)", "Producing the document (document factory)"),
        DocumentFactory.UnitId, DeadlineRule.WorkingDays(5),
        [
            new("produced", new("Дайындалды, ХҚКО-ға жіберілді", "Изготовлен, отправлен в ЦОН", "Produced and sent to the centre"), true),
            new("defect", new("Ақау: дайындау мүмкін емес", "Брак: изготовление невозможно", "Defect: cannot be produced"), false),
        ]);

    public string ServiceId => ServiceIdValue;

    // 004.md §4.11 derived model. The officer sends the accepted formulyar to production; production itself is the document
    // factory's kernel task (ADR 0015, ADR 0025): its "produced" makes the document ready at the centre, its "defect" (with
    // reasons) leaves the application with the officer, who sends the corrected formulyar again (D-624, D-625).
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Government Decree No. 132 of 24.02.2014, standard 1 (passports and identity cards), items 4, 6, 7, 9 and Appendix")
        .State(Submitted, new("Өтінім тіркелді", "Заявка зарегистрирована", "Application registered"), StateKind.Active, DeadlineRule.Minutes(30))
        .State(AwaitingPayment, new("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, DeadlineRule.Hours(24))
        .State(Accepted, new("Өтінім қабылданды, талон берілді", "Заявка принята, выдан талон", "Accepted; coupon issued"), StateKind.Active)
        .State(InProduction, new("Құжат дайындалуда", "Документ изготавливается", "Document in production"), StateKind.Active)
        .State(ProductionDefect, new("Дайындау кезінде ақау табылды, қайта дайындалады", "При изготовлении выявлен брак, документ будет изготовлен заново", "A defect was found in production; the document will be made again"), StateKind.Active)
        .State(Ready, new("Құжат дайын", "Документ готов", "Document ready"), StateKind.Active)
        .State(HandedOver, new("Құжат берілді", "Документ выдан", "Document handed over"), StateKind.Completed)
        .State(Expired, new("Баж төленбеді", "Пошлина не оплачена", "Duty not paid"), StateKind.Ended)
        .On(Submitted, "request-payment", AwaitingPayment, Roles.System)
        .On(AwaitingPayment, "pay", Accepted, Roles.Applicant, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(AwaitingPayment, "exempt", Accepted, Roles.System)
        .On(Accepted, "start-production", InProduction, Roles.ProviderExecutor)
        .On(InProduction, "produced", Ready, Roles.System)
        .On(InProduction, "production-failed", ProductionDefect, Roles.System)
        .On(ProductionDefect, "start-production", InProduction, Roles.ProviderExecutor)
        .Parallel(InProduction, "produced", "production-failed", Production)
        .On(Ready, "hand-over", HandedOver, Roles.PscOperator)
        .Label("exempt", new("Баждан босату", "Освободить от пошлины", "Exempt from the duty"), new("Баждан босатылды (растайтын құжат ұсынылды)", "Освобождён от пошлины (представлен подтверждающий документ)", "Exempt from the duty (confirming document presented)"))
        .Label("start-production", new("Дайындауға жіберу", "Передать в изготовление", "Send to production"), new("Дайындауға жіберілді", "Передано в изготовление", "Sent to production"))
        .Label("produced", new("Дайындалды", "Изготовлен", "Produced"), new("Құжаттар дайындау орталығы құжатты дайындады", "Центр изготовления документов изготовил документ", "The document factory produced the document"))
        .Label("production-failed", new("Ақау", "Брак", "Defect"), new("Құжаттар дайындау орталығы ақау туралы хабарлады", "Центр изготовления документов сообщил о браке", "The document factory reported a defect"))
        .Label("hand-over", new("Талон бойынша беру", "Выдать по талону", "Hand over against the coupon"), new("Құжат берілді", "Документ выдан", "Document handed over"))
        .Deadline(DeadlineRule.CalendarDays(30))
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("document", new("Құжат", "Документ", "Document"), FieldType.Choice)
        {
            Options = [new(IdCard, new("Жеке куәлік", "Удостоверение личности", "Identity card")), new(Passport, new("Паспорт", "Паспорт", "Passport"))],
        },
        new FormField("case", new("Жағдай (негіз құжат)", "Случай (документ-основание)", "Case (base document)"), FieldType.Choice)
        {
            Options = [.. Cases.Select(c => new FieldOption(c.Id, c.Label))],
        },
        // Coupon field 6: base document type, number, date of issue, issuing authority.
        new FormField("baseNumber", new("Негіз құжаттың нөмірі", "Номер документа-основания", "Base document number"), FieldType.Text),
        new FormField("baseIssuedOn", new("Негіз құжаттың берілген күні", "Дата выдачи документа-основания", "Base document issue date"), FieldType.Date),
        new FormField("baseIssuer", new("Негіз құжатты берген орган", "Орган, выдавший документ-основание", "Issuing authority of the base document"), FieldType.Text),
        new FormField("parentsDiffer", new("Ата-анасының азаматтығы әр түрлі", "Родители разного гражданства", "Parents of different citizenships"), FieldType.Choice)
        {
            ShownWhen = new("case", "id-card-after-16", "passport-under-16"),
            Options = [new("no", new("Жоқ", "Нет", "No")), new("yes", new("Иә", "Да", "Yes"))],
        },
        new FormField("foreignParentConsent", new("Шетелдік ата-ананың нотариат куәландырған келісім-өтініші (нотариус, нөмірі, күні)", "Нотариально удостоверенное согласие-заявление родителя-иностранца (нотариус, номер, дата)", "Foreign parent's notarised consent (notary, number, date)"), FieldType.Text)
        {
            ShownWhen = new("parentsDiffer", "yes"),
        },
        new FormField("term", new("Мерзімі", "Срок", "Term"), FieldType.Choice)
        {
            // D-630: the surcharge is a tariff of the Ministry's price list, not the duty; its amount is shown at payment.
            Hint = new("Жеделдетіп ресімдеу үшін мемлекеттік баждан бөлек ІІМ баға тізбесі бойынша қосымша ақы төленеді; сомасы төлем кезінде көрсетіледі.",
                "За ускоренное оформление кроме госпошлины взимается доплата по прейскуранту МВД; сумма показывается при оплате.",
                "Accelerated issue adds a surcharge of the Ministry's price list to the state duty; the amount is shown at payment."),
            Options =
            [
                new("standard", new("30 күнтізбелік күн", "30 календарных дней", "30 calendar days")),
                new("7", new("Жеделдетілген: 7 жұмыс күні", "Ускоренно: 7 рабочих дней", "Accelerated: 7 working days")),
                new("10", new("Жеделдетілген: 10 жұмыс күні", "Ускоренно: 10 рабочих дней", "Accelerated: 10 working days")),
                new("15", new("Жеделдетілген: 15 жұмыс күні", "Ускоренно: 15 рабочих дней", "Accelerated: 15 working days")),
            ],
        },
        // 004.md §3.1 item 9.2: photographed free at the workstation, or 2 paper photos 3.5 × 4.5 cm.
        new FormField("photo", new("Фотосурет", "Фотография", "Photograph"), FieldType.Choice, Required: false)
        {
            Options =
            [
                new("workstation", new("ХҚТ ТП АЖ-да тегін түсірілді, қолтаңба сканерленді", "Снята бесплатно в ИС, подпись снята сканером", "Taken free at the workstation; signature scanned")),
                new("paper", new("3,5 × 4,5 см екі фотосурет (қағаз формуляр)", "Две фотографии 3,5 × 4,5 см (бумажный формуляр)", "Two photographs 3.5 × 4.5 cm (paper formulyar)")),
            ],
        },
        DutyExemption.Fields[0],
        DutyExemption.Fields[1],
        DutyExemption.Fields[2])
    {
        // 004.md §3.1 item 9 (portal): the digital photograph and the scanned signature as graphic files.
        Attachments =
        [
            new("Цифрлық фотосурет 3,4 × 4,5 см (портал)", "Цифровая фотография 3,4 × 4,5 см (портал)", "Digital photograph 3.4 × 4.5 cm (portal)"),
            new("Сканерленген қолтаңба 7 × 2 см (портал)", "Сканированная подпись 7 × 2 см (портал)", "Scanned signature 7 × 2 cm (portal)"),
        ],
    };

    /// <summary>D-629: the coupon (004.md §6.1) is what the applicant collects the document with, not the result.</summary>
    public LocalizedText? DocumentLabel(string documentKind) => documentKind == ServiceIdValue + ".coupon"
        ? new("Өтінімді тіркеу талонын жүктеу (PDF)", "Скачать талон регистрации заявки (PDF)", "Download the application registration coupon (PDF)")
        : null;

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    public string UnitPrefix => MigrationPolice.Prefix;

    /// <summary>004.md §3.1 item 4: 30 calendar days, or 7/10/15 working days; the working calendar does not count the acceptance day.</summary>
    public Task<DeadlineRule?> DeadlineForAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        Task.FromResult<DeadlineRule?>(TermRule(form.GetValueOrDefault("term")));

    public static DeadlineRule TermRule(string? term) => term switch
    {
        "7" => DeadlineRule.WorkingDays(7),
        "10" => DeadlineRule.WorkingDays(10),
        "15" => DeadlineRule.WorkingDays(15),
        _ => DeadlineRule.CalendarDays(30),
    };

    /// <summary>004.md §3.1 item 3: the unit at the place of permanent registration (D-602).</summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var registration = await book.CurrentAsync(applicant.Id, RegistrationKinds.Permanent, DateOnly.MinValue, ct);
        var region = registration is not null && await book.FindAddressAsync(registration.AddressId, ct) is { } address ? address.RegionCode : applicant.RegionCode;
        return await MigrationPolice.ForRegionAsync(db, region, ct);
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case Submitted:
                await CheckAsync(ctx, ct);
                await ctx.FireAsync("request-payment", "package accepted for checking", ct);
                break;

            case AwaitingPayment:
                var today = AlmatyTime.LocalDate(ctx.Time.GetUtcNow());
                var exempt = DutyExemption.Claimed(ctx.Form);
                var (amount, purpose) = await DutyAsync(ctx, ctx.Form["document"], ctx.Form["term"], today, ct, exempt);
                if (amount.Tiyn == 0)
                {
                    // D-620: exempt from the duty in the standard term: nothing to pay, accepted at once.
                    await ctx.FireAsync("exempt", DutyExemption.Record(ctx.Form), ct);
                    break;
                }

                ctx.Payments.RequestAmount(app, amount, purpose, TimeSpan.FromHours(24), "expire");
                break;

            case Accepted:
                var (content, statement) = await PassportCoupon.BuildAsync(db, ctx, ct);
                await ctx.Documents.IssueAsync(app, ServiceIdValue + ".coupon", app.ApplicantId, content, statement, duplicate: false, ct);
                // 004.md §3.1 item 9 (portal): the acceptance notice with the date the result can be collected (§8.3 item 4: the recipient's cabinet).
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: өтінім қабылданды", $"№ {app.Number}: заявка принята", $"{app.Number}: application accepted"),
                    new($"Өтінім қабылданды. Құжатты {app.DueOn:dd.MM.yyyy} бастап алуға болады.", $"Заявка принята. Документ можно получить с {app.DueOn:dd.MM.yyyy}.", $"Application accepted. The document can be collected from {app.DueOn:yyyy-MM-dd}."),
                    sms: false, ct);
                break;

            case InProduction:
                // D-627: a rule checked at capture is checked again where it takes effect: the factory produces the document
                // from the formulyar's photograph and signature, so both must be there and valid now (409 POP-0037, nothing moves).
                await CaptureBiometrics.BiometricCapture.EnsureReadyForProductionAsync(db, app.Id, ct);
                break;

            case ProductionDefect:
                // D-625: the factory reported a defect; the applicant is told the document is made again (the term stands).
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: құжат қайта дайындалады", $"№ {app.Number}: документ будет изготовлен заново", $"{app.Number}: the document will be made again"),
                    new("Құжатты дайындау кезінде ақау табылды, құжат қайта дайындалады. Фотосуретті немесе қолтаңбаны қайта түсіру қажет болса, орталық сізге хабарлайды.",
                        "При изготовлении документа выявлен брак, документ будет изготовлен заново. Если нужно заново снять фотографию или подпись, центр сообщит вам.",
                        "A defect was found while producing your document; it will be made again. If the photograph or signature must be taken again, the centre will tell you."),
                    sms: true, ct);
                break;

            case Ready:
                // 004.md §3.1 item 6: the "passport and/or ID card is ready" notice; portal cases are collected in person.
                var inPerson = app.Channel != Channels.ServiceCentre;
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: құжат дайын", $"№ {app.Number}: документ готов", $"{app.Number}: your document is ready"),
                    inPerson
                        ? new("Паспорт және (немесе) жеке куәлік дайын. Оны орталықта өзіңіз ғана ала аласыз.", "Паспорт и (или) удостоверение личности готовы. Получить их в центре можете только вы лично.", "Your passport and/or ID card is ready. Only you in person can collect it at the centre.")
                        : new("Паспорт және (немесе) жеке куәлік дайын. Оны орталықта талон бойынша алыңыз.", "Паспорт и (или) удостоверение личности готовы. Получите их в центре по талону.", "Your passport and/or ID card is ready. Collect it at the centre with your coupon."),
                    sms: true, ct);
                break;

            case Expired:
                app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                    "24 сағат ішінде мемлекеттік баж төленбеді. Жаңа өтінім беруге болады.",
                    "Госпошлина не оплачена в течение 24 часов. Можно подать новую заявку.",
                    "The duty was not paid within 24 hours. You may apply again."));
                break;

            default:
                break;
        }
    }

    /// <summary>004.md §3.1 items 3, 4, 9.3 (D-615): the case's base document, age and portal rules; a coded error stores nothing.</summary>
    private static async Task CheckAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var form = ctx.Form;
        var baseCase = Cases.Single(c => c.Id == form["case"]);
        if (app.Channel != Channels.ServiceCentre && (baseCase.Id != "new-technology" || form["term"] != "standard"))
        {
            throw new QyzmetException(PopulationErrors.PortalScope);
        }

        DutyExemption.CheckChannel(app.Channel, form);

        if (!baseCase.Documents.Contains(form["document"]))
        {
            throw new QyzmetException(PopulationErrors.BaseDocumentCase,
                $"«{baseCase.Label.Kk}» жағдайында бұл құжат ресімделмейді.", $"в случае «{baseCase.Label.Ru}» этот документ не оформляется.", $"the case '{baseCase.Label.En}' does not issue this document.");
        }

        var person = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var today = AlmatyTime.LocalDate(ctx.Time.GetUtcNow());
        var age = today.Year - person.BirthDate.Year - (today < person.BirthDate.AddYears(today.Year - person.BirthDate.Year) ? 1 : 0);
        if ((baseCase.MinAge is { } min && age < min) || (baseCase.MaxAgeExclusive is { } max && age >= max))
        {
            throw new QyzmetException(PopulationErrors.BaseDocumentCase,
                $"туу туралы куәлік жеке куәлікке 16 жастан кейін, паспортқа 16 жасқа дейін негіз болады (жасы {age}).",
                $"свидетельство о рождении — основание для удостоверения после 16 лет и для паспорта до 16 лет (возраст {age}).",
                $"a birth certificate is the base for an ID card after 16 and for a passport before 16 (age {age}).");
        }

        if (DateOnly.ParseExact(form["baseIssuedOn"], "yyyy-MM-dd", CultureInfo.InvariantCulture) > today)
        {
            throw new QyzmetException(PopulationErrors.BaseDocumentCase, "негіз құжаттың берілген күні болашақта.", "дата выдачи документа-основания в будущем.", "the base document's issue date is in the future.");
        }
    }

    /// <summary>
    /// D-615: the duty of the document from the rate in force on the payment day (a share of that day's MCI), plus the
    /// accelerated-issue surcharge of the price list in force. The platform asks for payment at acceptance, so the day is
    /// the day the payment is requested (the gateway's window is 24 hours).
    /// </summary>
    internal async Task<(Tenge Amount, LocalizedText Purpose)> DutyAsync(CaseContext ctx, string document, string term, DateOnly day, CancellationToken ct, bool exempt = false)
    {
        // D-620: an exempt person pays no duty; the accelerated-issue surcharge is a tariff, not the duty, and stays.
        var duty = await RateAsync(document, day, ct);
        var amount = exempt ? new Tenge(0)
            : duty.MciShare is { } share ? await ctx.Payments.ComputeAsync(new FeeRule.MciShare(share), day, ct) : new Tenge(duty.AmountTiyn ?? 0);
        var placeholder = false;
        if (term != "standard")
        {
            // D-717: the surcharge is a price-list tariff, looked up like every price-list fee by the kernel's fee-rule service
            // on the payment day (PAY-0116 when the list has none in force).
            var surcharge = await SurchargeAsync(term, day, ct);
            placeholder = surcharge.Placeholder;
            amount = new Tenge(amount.Tiyn + surcharge.AmountTiyn);
        }

        // D-630: a surcharge whose figure is a placeholder says so in the payment's purpose (the gateway page and the receipt).
        var (pk, pr, pe) = placeholder ? (" (қосымша ақы — уақытша мән, ІІМ баға тізбесі жүктелгенге дейін)", " (доплата — временное значение до загрузки прейскуранта МВД)", " (surcharge: placeholder until the Ministry's price list is loaded)") : ("", "", "");
        var (kk, ru, en) = document == Passport ? ("паспорт", "паспорт", "passport") : ("жеке куәлік", "удостоверение личности", "identity card");
        if (exempt)
        {
            return (amount, new LocalizedText($"Жеделдетіп ресімдеу ({term} жұмыс күні), {kk}; мемлекеттік баждан босатылған{pk}",
                $"Ускоренное оформление ({term} рабочих дней), {ru}; освобождён от государственной пошлины{pr}",
                $"Accelerated issue ({term} working days), {en}; exempt from the state duty{pe}"));
        }

        return (amount, new LocalizedText($"Мемлекеттік баж: {kk}" + (term == "standard" ? "" : $", жеделдетіп ресімдеу ({term} жұмыс күні)") + pk,
            $"Государственная пошлина: {ru}" + (term == "standard" ? "" : $", ускоренное оформление ({term} рабочих дней)") + pr,
            $"State duty: {en}" + (term == "standard" ? "" : $", accelerated issue ({term} working days)") + pe));
    }

    /// <summary>D-717: the accelerated-issue surcharge of <paramref name="term"/> working days in force on <paramref name="day"/>.</summary>
    internal Task<Platform.Payments.FeePrice> SurchargeAsync(string term, DateOnly day, CancellationToken ct) =>
        fees.RowAsync(LoadDutyRates.DutyRates.SurchargeCode("accelerated-" + term) ?? throw new ArgumentException("Not an accelerated term: " + term, nameof(term)),
            day, null, ct);

    private async Task<DutyRate> RateAsync(string item, DateOnly day, CancellationToken ct) =>
        await db.Set<DutyRate>().AsNoTracking().Where(r => r.Item == item && r.EffectiveFrom <= day).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(ct)
            ?? throw new QyzmetException(PopulationErrors.RateMissing, item, day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
}
