using System.Globalization;
using System.Text.Json;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.RegisterResidence;

/// <summary>
/// S3 (004.md §3.3, §4.5, §4.6): registering a citizen at the place of residence, permanent or temporary. At the centre
/// the owner attends and signs the consent form (§6.3); on the portal the owner co-signs with their own EDS from their
/// cabinet (D-607). Then the duty of 10% of the MCI, then the record: the previous registration of the same kind ends
/// automatically, and the legal address is queued for writing onto the ID card's chip at the centre.
/// </summary>
internal sealed class ResidenceRegistrationService(QyzmetDbContext db, ResidenceBook book, IEnumerable<IDwellingRightsSource> rights) : IStateServiceHandler
{
    public const string ServiceIdValue = "population-documents.residence-registration";
    public const string Submitted = "submitted";
    public const string AwaitingOwnerConsent = "awaiting-owner-consent";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Paid = "paid";
    public const string Registered = "registered";
    public const string Declined = "declined";
    public const string Expired = "expired";

    /// <summary>004.md §3.3 item 7: state duty of 10% of the MCI in force on the day of payment.</summary>
    public static readonly FeeRule Fee = new FeeRule.MciShare(0.1m);

    /// <summary>D-608: 004.md sets no window for the owner's co-signature or the payment; 24 hours, as the platform's other duties.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(24);

    public string ServiceId => ServiceIdValue;

    // 004.md §3.3 item 4: at the centre ≤ 30 minutes, on the portal ≤ 15 minutes from handing in the documents; the
    // record itself is made at once after payment (step limit of "paid": 15 minutes, the shorter of the two).
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Government Decree No. 132 of 24.02.2014, standard 3 (registration at place of residence), items 4, 6, 7, 9")
        .State(Submitted, new("Өтініш тіркелді", "Заявление зарегистрировано", "Application registered"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(AwaitingOwnerConsent, new("Тұрғын үй иесінің келісімін күтуде", "Ожидает согласия собственника жилища", "Awaiting the dwelling owner's consent"), StateKind.Active, DeadlineRule.Hours(24))
        .State(AwaitingPayment, new("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, DeadlineRule.Hours(24))
        .State(Paid, new("Төленді, тіркелуде", "Оплачено, регистрируется", "Paid; being registered"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(Registered, new("Тұрғылықты жері бойынша тіркелді", "Зарегистрирован по месту жительства", "Registered at the place of residence"), StateKind.Completed)
        .State(Declined, new("Тұрғын үй иесі келісім бермеді", "Собственник жилища не дал согласия", "The dwelling owner declined"), StateKind.Ended)
        .State(Expired, new("Өтініштің мерзімі өтті", "Срок заявления истёк", "Application expired"), StateKind.Ended)
        .On(Submitted, "request-consent", AwaitingOwnerConsent, Roles.System)
        .On(Submitted, "request-payment", AwaitingPayment, Roles.System)
        // D-607: fired by the platform for the owner, from the owner's own cabinet, with the owner's EDS.
        .On(AwaitingOwnerConsent, "owner-consent", AwaitingPayment, Roles.System)
        .On(AwaitingOwnerConsent, "owner-decline", Declined, Roles.System)
        .On(AwaitingOwnerConsent, "expire", Expired, Roles.System)
        .On(AwaitingPayment, "pay", Paid, Roles.Applicant, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(AwaitingPayment, "exempt", Paid, Roles.System)
        .On(Paid, "register", Registered, Roles.System)
        .Label("exempt", new("Баждан босату", "Освободить от пошлины", "Exempt from the duty"), new("Баждан босатылды (растайтын құжат ұсынылды)", "Освобождён от пошлины (представлен подтверждающий документ)", "Exempt from the duty (confirming document presented)"))
        .Label("request-consent", new("Тұрғын үй иесінің келісімін сұрау", "Запросить согласие собственника", "Ask the owner's consent"), new("Тұрғын үй иесінің келісімі сұралды", "Запрошено согласие собственника жилища", "Owner's consent asked"))
        .Label("owner-consent", new("Тіркеуге келісім беру", "Дать согласие на регистрацию", "Consent to the registration"), new("Тұрғын үй иесі ЭЦҚ-мен келісім берді", "Собственник жилища подписал согласие ЭЦП", "The owner signed the consent with EDS"))
        .Label("owner-decline", new("Келісім беруден бас тарту", "Отказать в согласии", "Decline"), new("Тұрғын үй иесі келісім бермеді", "Собственник жилища отказал в согласии", "The owner declined"))
        .Label("register", new("Тіркеу", "Зарегистрировать", "Register"), new("ХҚТ ТП АЖ-ға тіркеу енгізілді", "Регистрация внесена в ИС", "Registration recorded"))
        .Deadline(DeadlineRule.Minutes(30))
        .Build();

    private static LocalizedText Yes => new("Иә", "Да", "Yes");

    private static LocalizedText No => new("Жоқ", "Нет", "No");

    public ServiceForm Form { get; } = new(
        new FormField("addressId", new("Мекенжайдың тіркеу коды (РКА)", "Регистрационный код адреса (РКА)", "Address registration code (RKA)"), FieldType.Text)
        {
            // D-623: a person reads no API address on the form; the code is printed on the registration notice (RegistrationNotice).
            Hint = new("16 цифр: тұрғын үй иесінің тіркеу туралы хабарламасында көрсетілген; ХҚКО-да да білуге болады", "16 цифр: указан в уведомлении о регистрации собственника жилья; его можно узнать и в ЦОН", "16 digits: printed on the owner's registration notice; a PSC can also tell it"),
            MaxLength = 16,
        },
        new FormField("kind", new("Тіркеу түрі", "Вид регистрации", "Kind of registration"), FieldType.Choice)
        {
            Options =
            [
                new(RegistrationKinds.Permanent, new("Тұрақты", "Постоянная", "Permanent")),
                new(RegistrationKinds.Temporary, new("Уақытша", "Временная", "Temporary")),
            ],
        },
        // 004.md §6.3 field 8: "temporary, for what period".
        new FormField("until", new("Уақытша тіркеудің соңғы күні", "Последний день временной регистрации", "Last day of the temporary registration"), FieldType.Date)
        {
            ShownWhen = new("kind", RegistrationKinds.Temporary),
        },
        new FormField("ownerIin", new("Тұрғын үй иесінің ЖСН-і", "ИИН собственника жилища", "Dwelling owner's IIN"), FieldType.Iin)
        {
            Hint = new("Порталда иесі өз кабинетінен ЭЦҚ-мен келісім береді; өз үйіңіз болса — өз ЖСН-іңіз.", "На портале собственник подписывает согласие ЭЦП в своём кабинете; если жильё ваше — ваш ИИН.", "On the portal the owner signs the consent with EDS in their cabinet; your own IIN if you own the dwelling."),
        },
        // 004.md §3.3 item 9.1: at the centre the owner attends with the ID card (checked against the register, D-607).
        new FormField("ownerIdNumber", new("Тұрғын үй иесінің жеке куәлігінің нөмірі (орталықта)", "Номер удостоверения личности собственника (в центре)", "Owner's ID card number (at the centre)"), FieldType.Text, Required: false),
        // 004.md §3.3 item 9.2: the right to live in the dwelling; from the state register where it holds it (D-604).
        new FormField("rightDocument", new("Тұрғын үйде тұруға құқық беретін құжат", "Документ, дающий право проживания в жилище", "Document granting the right to live in the dwelling"), FieldType.Choice)
        {
            Options =
            [
                new("state-register", new("Құқықтар тіркелімінен алынады (иесінің меншігі)", "Из регистра прав (собственность владельца)", "From the rights register (the owner's ownership)")),
                new("purchase", new("Сатып алу құжаты", "Документ о приобретении в собственность", "Document of purchase into ownership")),
                new("lease", new("Жалдау (қосалқы жалдау) шарты", "Договор найма (поднайма)", "Lease or sublease agreement")),
                new("other-legal", new("Заңнамада көзделген өзге негіз", "Иное основание по законодательству", "Another ground under the law")),
                new("pledge", new("Банк мөрімен куәландырылған ипотека шарты", "Договор залога недвижимости, заверенный печатью банка", "Real-estate pledge agreement certified by a bank")),
            ],
        },
        new FormField("rightDocumentNumber", new("Құжаттың нөмірі мен күні", "Номер и дата документа", "Document number and date"), FieldType.Text)
        {
            ShownWhen = new("rightDocument", "purchase", "lease", "other-legal", "pledge"),
        },
        // 004.md §3.3 item 9.3: arrivals from abroad for permanent residence.
        new FormField("fromAbroad", new("Шетелден тұрақты тұруға келдім", "Прибыл(а) из-за рубежа на ПМЖ", "Arrived from abroad for permanent residence"), FieldType.Choice)
        {
            Options = [new("no", No), new("yes", Yes)],
        },
        new FormField("consularEvidence", new("Консулдық есептен шығарылғанын растау", "Подтверждение снятия с консульского учёта", "Evidence of removal from the consular register"), FieldType.Choice)
        {
            ShownWhen = new("fromAbroad", "yes"),
            Options =
            [
                new("passport-mark", new("Паспорттағы консулдық есептен шығару белгісі", "Отметка в паспорте о снятии с консульского учёта", "Mark in the passport")),
                new("mission-certificate", new("ҚР шетелдегі мекемесінің есептен шығару туралы анықтамасы", "Справка загранучреждения РК о снятии с учёта", "Certificate of an RK mission abroad")),
                new("foreign-document", new("Шет мемлекеттің құзыретті органдарының құжаты", "Документ компетентных органов иностранного государства", "Document of the foreign state's authorities")),
            ],
        },
        new FormField("consularEvidenceNumber", new("Растайтын құжаттың нөмірі мен күні", "Номер и дата подтверждающего документа", "Number and date of the evidence"), FieldType.Text)
        {
            ShownWhen = new("fromAbroad", "yes"),
        },
        // 004.md §3.3 item 9.5: persons under administrative supervision released from prison.
        new FormField("underSupervision", new("Әкімшілік қадағалаудамын", "Нахожусь под административным надзором", "Under administrative supervision"), FieldType.Choice)
        {
            Options = [new("no", No), new("yes", Yes)],
        },
        new FormField("releaseCertificateNumber", new("Профилактикалық есеп белгісі бар босату туралы анықтаманың нөмірі", "Номер справки об освобождении с отметкой о постановке на профилактический учёт", "Number of the release certificate with the preventive-register mark"), FieldType.Text)
        {
            ShownWhen = new("underSupervision", "yes"),
        },
        // 004.md §6.3 fields 9–10: where the person arrived from.
        new FormField("arrivedFrom", new("Қайдан келді (облыс, ел, елді мекен)", "Откуда прибыл (область, страна, населённый пункт)", "Arrived from (region, country, settlement)"), FieldType.Text, Required: false),
        // 004.md §3.3 items 7, 9.4 (D-620): exemption from the duty on the confirming documents.
        DutyExemption.Fields[0],
        DutyExemption.Fields[1],
        DutyExemption.Fields[2]);

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    public string UnitPrefix => MigrationPolice.Prefix;

    /// <summary>004.md §3.3 item 3: the unit at the place of (permanent or temporary) residence, i.e. of the address's region.</summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var address = await book.FindAddressAsync(form["addressId"], ct) ?? throw new QyzmetException(PopulationErrors.AddressUnknown, form["addressId"]);
        return await MigrationPolice.ForRegionAsync(db, address.RegionCode, ct);
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case Submitted:
                await CheckAsync(ctx, ct);
                break;

            case AwaitingPayment when DutyExemption.Claimed(ctx.Form):
                // D-620: exempt on the confirming document presented at the centre: no duty, registered at once.
                await ctx.FireAsync("exempt", DutyExemption.Record(ctx.Form), ct);
                break;

            case AwaitingPayment:
                await ctx.Payments.RequestAsync(app, Fee, new(
                    "Тұрғылықты жері бойынша тіркеу үшін мемлекеттік баж (АЕК-тің 10%)",
                    "Государственная пошлина за регистрацию по месту жительства (10% МРП)",
                    "State duty for registration at the place of residence (10% of the MCI)"), AnswerWindow, "expire", ct);
                break;

            case Paid:
                await RegisterAsync(ctx, ct);
                break;

            case Declined:
                app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                    "Тұрғын үй иесі тіркеуге келісім бермеді (004.md §3.3 9-тармақ: иесінің келісімі міндетті).",
                    "Собственник жилища не дал согласия на регистрацию (согласие собственника обязательно).",
                    "The dwelling owner did not consent to the registration (the owner's consent is mandatory)."));
                break;

            case Expired:
                app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                    "24 сағат ішінде тұрғын үй иесінің келісімі немесе баж төлемі болмады. Жаңа өтініш беруге болады.",
                    "В течение 24 часов не было согласия собственника или оплаты пошлины. Можно подать новое заявление.",
                    "Neither the owner's consent nor the duty came within 24 hours. You may apply again."));
                break;

            default:
                break;
        }
    }

    /// <summary>The package checks of 004.md §3.3 item 9: each failure is a coded error naming the field, and nothing is stored (D-610).</summary>
    private async Task CheckAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var form = ctx.Form;
        var today = AlmatyTime.LocalDate(ctx.Time.GetUtcNow());
        DutyExemption.CheckChannel(app.Channel, form);
        var address = await book.FindAddressAsync(form["addressId"], ct) ?? throw new QyzmetException(PopulationErrors.AddressUnknown, form["addressId"]);
        var ownerIin = form["ownerIin"];
        var owner = await ctx.Gateway.FindPersonAsync(ownerIin, ct) ?? throw new QyzmetException(PopulationErrors.PersonUnknown, "ownerIin", ownerIin);
        var kind = form["kind"];
        DateOnly? until = null;
        if (kind == RegistrationKinds.Temporary)
        {
            until = DateOnly.ParseExact(form["until"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (until <= today)
            {
                throw new QyzmetException(PopulationErrors.TemporaryPeriodInvalid, form["until"]);
            }
        }

        if (await book.CurrentAsync(app.ApplicantId, kind, today, ct) is { } current && current.AddressId == address.Id)
        {
            throw new QyzmetException(PopulationErrors.AlreadyRegisteredThere, address.TextRu);
        }

        // 004.md §3.3 item 9.2 and §3.3 "the provider obtains the information from the state IS" (D-604): the register's
        // owners are the only ones who can consent; where the register names none, the right-to-live document is shown.
        var owners = address.CadastralNumber is { } cadastral && rights.FirstOrDefault() is { } source
            ? await source.CurrentOwnersAsync(cadastral, ct)
            : [];
        if (owners.Count > 0 && !owners.Contains(ownerIin))
        {
            throw new QyzmetException(PopulationErrors.NotTheOwner, ownerIin);
        }

        if (form["rightDocument"] == "state-register" && owners.Count == 0)
        {
            throw new QyzmetException(PopulationErrors.RightDocumentRequired, address.TextRu);
        }

        var atCentre = app.Channel == Channels.ServiceCentre;
        if (atCentre)
        {
            // 004.md §3.3 item 9.1: "the owner must be present in person" with the ID card, and signs the §6.3 form there.
            var number = form.GetValueOrDefault("ownerIdNumber");
            if (string.IsNullOrEmpty(number) || !owner.Documents.Any(d => d.Kind == "id-card" && d.Number == number && d.ExpiresOn >= today))
            {
                throw new QyzmetException(PopulationErrors.OwnerPresenceRequired);
            }
        }

        if (atCentre || ownerIin == app.ApplicantId)
        {
            // The owner signed the consent form at the centre, or the applicant is the owner (their own EDS signed the request).
            await ctx.FireAsync("request-payment", atCentre ? "owner " + ownerIin + " consented in person at the centre" : "the applicant owns the dwelling", ct);
            return;
        }

        // 004.md §3.3 item 9 (portal): "an electronic request certified with the EDS of the recipient and the EDS of the
        // dwelling owner". D-607: the owner co-signs from their own cabinet within 24 hours.
        db.Set<OwnerConsentRequest>().Add(new OwnerConsentRequest { ApplicationId = app.Id, OwnerIin = ownerIin, RequestedAt = ctx.Time.GetUtcNow().UtcDateTime });
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = "expire", DueAt = ctx.Time.GetUtcNow().UtcDateTime.Add(AnswerWindow) });
        await ctx.FireAsync("request-consent", "waiting for the owner " + ownerIin, ct);
        await ctx.Notifier.NotifyAsync(ownerIin, app.Id,
            new($"№ {app.Number}: тіркеуге келісіміңіз сұралады", $"№ {app.Number}: запрошено ваше согласие на регистрацию", $"{app.Number}: your consent to a registration is asked"),
            new($"{app.ApplicantName} сіздің тұрғын үйіңізге ({address.TextKk}) тіркелуге өтініш берді. Келісім беру немесе бас тарту үшін «Тіркеуге келісімдер» бетінде ЭЦҚ-мен қол қойыңыз (24 сағат ішінде).",
                $"{app.ApplicantName} подал(а) заявление о регистрации в вашем жилище ({address.TextRu}). Чтобы согласиться или отказать, подпишите ответ ЭЦП в разделе «Согласия на регистрацию» (в течение 24 часов).",
                $"{app.ApplicantName} applied to register at your dwelling ({address.TextRu}). Sign your consent or refusal with your EDS under 'Consents to registration' within 24 hours."),
            sms: true, ct);
    }

    /// <summary>004.md §3.3 item 6 / §4.5 steps 6–7 / §4.6 steps 4–5: the record, the automatic end of the old one, the chip queue, the notice.</summary>
    private async Task RegisterAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var form = ctx.Form;
        var now = ctx.Time.GetUtcNow();
        var today = AlmatyTime.LocalDate(now);
        // D-357: the address checked at submission is read again from the register where the registration takes effect.
        var address = await book.FindAddressAsync(form["addressId"], ct) ?? throw new QyzmetException(PopulationErrors.AddressUnknown, form["addressId"]);
        DateOnly? until = form.TryGetValue("until", out var u) ? DateOnly.ParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var (registration, ended) = await book.RegisterAsync(app.ApplicantId, address, form["kind"], until, app.UnitId, app.Id, today, ct);
        var person = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var owner = await ctx.Gateway.FindPersonAsync(form["ownerIin"], ct);
        // 004.md §3.3 item 6: the legal (permanent) address is rewritten onto the chip; a temporary stay address is not the legal one (D-605).
        var chip = registration.Kind == RegistrationKinds.Permanent ? await book.QueueChipWriteAsync(person, registration, today, now.UtcDateTime, ct) : null;
        var endedAddress = ended is null ? null : await book.FindAddressAsync(ended.AddressId, ct);
        var atCentre = app.Channel == Channels.ServiceCentre;
        var (content, statement) = RegistrationNotice.Build(app, person, owner, address, registration, endedAddress, ended, chip, atCentre);
        await ctx.Documents.IssueAsync(app, ServiceIdValue + ".notice", app.ApplicantId, content, statement, duplicate: false, ct);
        if (chip is not null && !atCentre)
        {
            // 004.md §3.3 item 6 (portal): the notice says the citizen must come to the centre to rewrite the address on the ID card.
            await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                new($"№ {app.Number}: мекенжайды жеке куәлікке жазу", $"№ {app.Number}: запись адреса на удостоверение", $"{app.Number}: write the address onto your ID card"),
                RegistrationNotice.ComeToCentre, sms: true, ct);
        }

        await ctx.FireAsync("register", $"registered at {address.Id} ({registration.Kind})" + (ended is null ? "" : $"; previous registration at {ended.AddressId} ended"), ct);
    }
}
