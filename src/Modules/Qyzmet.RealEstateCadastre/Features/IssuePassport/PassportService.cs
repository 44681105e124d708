using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Trust;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;

namespace Qyzmet.RealEstateCadastre.Features.IssuePassport;

/// <summary>The inspector's record of the visit and measurements (000.md para 7 steps 1–5), filed in the inventory file.</summary>
public sealed record InspectionRecord(
    DateOnly VisitedOn, decimal TotalArea, decimal? LivingArea, decimal? BuiltUpArea, int FloorsAbove, int FloorsBelow, int RoomCount,
    int? YearBuilt, string? WallMaterial, decimal? CeilingHeight, IReadOnlyList<StructureSnapshot>? Structures,
    string? LandPlotPlanNote, string? FloorPlansNote, string? Notes);

/// <summary>The cost of the state service from the price list (para 7 step 6): base cost plus the work actually done.</summary>
public sealed record CostCalculation(long BaseTiyn, long AreaTiyn, long StructuresTiyn, long TotalTiyn, long AdditionalTiyn);

/// <summary>
/// 000.md S1-B (cadastral passport) and S1-C (conclusion on discrepancies with the passport attached): paras 4–7,
/// App. 1. Two-stage payment, the provider's desks (executor: completeness; archive clerk: inventory file;
/// inspector: inspection; head: approval and signature), release of the result only after full payment.
/// </summary>
internal sealed class PassportService(bool conclusion, QyzmetDbContext db, CadastreRegistry registry) : IStateServiceHandler
{
    public const string AwaitingBasePayment = "awaiting-base-payment";
    public const string CompletenessCheck = "completeness-check";
    public const string Archive = "archive";
    public const string Inspection = "inspection";
    public const string Hearing = "hearing";
    public const string Approval = "approval";
    public const string AwaitingAdditionalPayment = "awaiting-additional-payment";
    public const string Issued = "issued";
    public const string Refused = "refused";
    public const string ConsiderationStopped = "consideration-stopped";
    public const string Expired = "expired";

    /// <summary>D-404: the base cost is payable within 3 days of applying; then the application lapses.</summary>
    public static readonly TimeSpan BasePaymentWindow = TimeSpan.FromDays(3);

    /// <summary>D-404: the spec sets no limit for the additional payment; the open payment is kept for 60 days.</summary>
    public static readonly TimeSpan AdditionalPaymentWindow = TimeSpan.FromDays(60);

    public string ServiceId => conclusion ? "real-estate.discrepancy-conclusion" : "real-estate.cadastral-passport";

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceId,
            "Order of the Minister of Justice No. 156 of 06.05.2013 as amended by Order No. 65 of 22.01.2026, paras 4–7, Appendix 1")
        .State(AwaitingBasePayment, new LocalizedText("Базалық құнын төлеу күтілуде", "Ожидается оплата базовой стоимости", "Awaiting payment of the base cost"), StateKind.Active, DeadlineRule.Hours(72))
        .State(CompletenessCheck, new LocalizedText("Құжаттардың толықтығы тексерілуде", "Проверка полноты документов", "Checking the documents"), StateKind.Active, DeadlineRule.WorkingDays(1))
        .State(Archive, new LocalizedText("Сұрау салу қабылданды: түгендеу ісі мұрағаттан алынуда", "Запрос принят: инвентарное дело запрашивается в архиве", "Request accepted: the inventory file is being retrieved"), StateKind.Active, DeadlineRule.WorkingDays(1))
        .State(Inspection, new LocalizedText("Мемлекеттік техникалық зерттеп-қарау", "Государственное техническое обследование", "State technical inspection"))
        .State(Hearing, new LocalizedText("Бас тарту туралы алдын ала шешім: тыңдау", "Предварительное решение об отказе: заслушивание", "Preliminary refusal: hearing"))
        .State(Approval, new LocalizedText("Басшының келісуінде және қол қоюында", "На согласовании и подписи у руководителя", "With the head for approval and signature"), StateKind.Active, DeadlineRule.WorkingDays(1))
        .State(AwaitingAdditionalPayment, new LocalizedText("Қосымша ақы төлеу қажет", "Необходимо внести доплату", "Additional payment required"))
        .State(Issued, new LocalizedText(conclusion ? "Қорытынды берілді" : "Кадастрлық паспорт берілді", conclusion ? "Заключение выдано" : "Кадастровый паспорт выдан", conclusion ? "Conclusion issued" : "Cadastral passport issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Мемлекеттік қызмет көрсетуден бас тартылды", "Отказано в оказании государственной услуги", "Service refused"), StateKind.Ended)
        .State(ConsiderationStopped, new LocalizedText("Құжаттарды одан әрі қараудан бас тартылды", "Отказано в дальнейшем рассмотрении документов", "Further consideration refused"), StateKind.Ended)
        .State(Expired, new LocalizedText("Базалық құны төленбеді", "Базовая стоимость не оплачена", "Base cost not paid"), StateKind.Ended)
        .On(AwaitingBasePayment, "pay", CompletenessCheck, Roles.Applicant)
        .On(AwaitingBasePayment, "expire", Expired, Roles.System)
        .On(CompletenessCheck, "accept", Archive, Roles.ProviderExecutor)
        .On(CompletenessCheck, RefusalTriggers.StopConsideration, ConsiderationStopped, Roles.ProviderExecutor)
        .On(Archive, "retrieve-file", Inspection, Roles.ArchiveClerk)
        .On(Inspection, "submit-for-approval", Approval, Roles.Inspector)
        .On(Inspection, RefusalTriggers.Refuse, Refused, Roles.Inspector, Roles.ProviderExecutor, Roles.ProviderHead)
        .On(Inspection, RefusalTriggers.PreliminaryRefusal, Hearing, Roles.Inspector, Roles.ProviderExecutor, Roles.ProviderHead)
        .On(Hearing, RefusalTriggers.HearingProvide, Inspection, Roles.ProviderHead)
        .On(Hearing, RefusalTriggers.HearingRefuse, Refused, Roles.ProviderHead)
        .On(Approval, "approve-sign", AwaitingAdditionalPayment, Roles.ProviderHead)
        .On(Approval, "return", Inspection, Roles.ProviderHead)
        .On(AwaitingAdditionalPayment, "pay", Issued, Roles.Applicant)
        .Label("accept", new("Құжаттарды қабылдау", "Принять документы", "Accept the documents"), new("Құжаттар қабылданды", "Документы приняты", "Documents accepted"))
        .Label("retrieve-file", new("Түгендеу ісін мұрағаттан беру", "Выдать инвентарное дело из архива", "Retrieve the inventory file"), new("Түгендеу ісі мұрағаттан алынды", "Инвентарное дело получено из архива", "Inventory file retrieved"))
        .Label("submit-for-approval", new("Басшының келісуіне жіберу", "Направить на согласование руководителю", "Send to the head for approval"), new("Басшының келісуіне жіберілді", "Направлено на согласование руководителю", "Sent to the head for approval"))
        .Label("approve-sign", new("Келісу және қол қою", "Согласовать и подписать", "Approve and sign"), new("Келісілді және қол қойылды", "Согласовано и подписано", "Approved and signed"))
        .Label("return", new("Пысықтауға қайтару", "Вернуть на доработку", "Return for rework"), new("Пысықтауға қайтарылды", "Возвращено на доработку", "Returned for rework"))
        // The inspection desk's history-only steps (000.md para 7): measurements, abris, the extended term of para 5-1.
        .Label("record-inspection", new("Өлшемдерді енгізу", "Внести обмеры", "Record the measurements"), new("Өлшемдер енгізілді", "Обмеры внесены", "Measurements recorded"))
        .Label("attach-abris", new("Абристі тіркеу", "Приложить абрис", "Attach the abris"), new("Абрис тіркелді", "Абрис приложен", "Abris attached"))
        .Label("propose-extension", new("Мерзімді ұзартуды ұсыну", "Предложить продление срока", "Propose an extension"), new("Мерзімді ұзарту ұсынылды", "Предложено продление срока", "Extension proposed"))
        .Label("agree-extension", new("Мерзімді ұзартуға келісу", "Согласиться на продление срока", "Agree to the extension"), new("Мерзімді ұзартуға келісім берілді", "Согласие на продление срока получено", "Extension agreed"))
        .Deadline(DeadlineRule.WorkingDays(10))
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("cadastralNumber", new("Жылжымайтын мүлік объектісінің кадастрлық нөмірі", "Кадастровый номер объекта недвижимости", "Cadastral number of the real estate object"),
            FieldType.CadastralNumber)
        {
            Hint = new("Мысалы 75-123-045-067:1", "Например 75-123-045-067:1", "E.g. 75-123-045-067:1"),
        },
        // 000.md para 4: consent to use information constituting a secret protected by law (refusal ground 5 without it).
        // App. 1 row 5: a legal entity with a service contract also provides the signed act of completed works.
        new FormField("serviceContract", new("Заңды тұлғамен қызмет көрсету шарты жасалды", "Заключён договор на оказание услуг с юридическим лицом", "A service contract with a legal entity is concluded"),
            FieldType.Choice, Required: false)
        {
            Options = [new("yes", new("Иә", "Да", "Yes")), new("no", new("Жоқ", "Нет", "No"))],
        },
        CadastreFields.Consent)
    {
        Attachments = [CadastreFields.TitleDocumentCopy, CadastreFields.PaymentCopy, CadastreFields.ActOfWorksCopy],
    };

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>000.md App. 1 rows 6 and 8, App. 2 row 8: paid through the gateway, or the payment document's e-copy is uploaded (D-711).</summary>
    public bool AcceptsPaymentECopy => true;

    public async Task<DeadlineRule?> DeadlineForAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var o = await registry.GetAsync(form["cadastralNumber"], tracking: false, ct);
        return ObjectKinds.PassportTerm(o.Kind);
    }

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => CadastreUnits.Prefix;

    public Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        CadastreUnits.ForObjectAsync(db, form["cadastralNumber"], ct);

    /// <summary>
    /// App. 1 row 5: with a service contract, the signed act of completed works comes with the full payment, so the
    /// additional payment cannot start before it is attached (checked before the gateway takes money, ADR 0020).
    /// </summary>
    public async Task BeforePaymentAsync(Application application, CancellationToken ct)
    {
        var form = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(application.FormJson) ?? [];
        if (application.Status == AwaitingAdditionalPayment && form.GetValueOrDefault("serviceContract") == "yes")
        {
            var approvedAt = await db.ApplicationEvents.Where(e => e.ApplicationId == application.Id && e.Trigger == "approve-sign")
                .OrderByDescending(e => e.Id).Select(e => e.At).FirstAsync(ct);
            if (!await db.Attachments.AnyAsync(a => a.ApplicationId == application.Id && a.UploadedAt > approvedAt, ct))
            {
                throw new QyzmetException(CadastreErrors.ActOfWorksMissing);
            }
        }
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case AwaitingBasePayment:
                {
                    // App. 1 row 6, stage 1: the base cost of state technical inspection, on applying.
                    var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: false, ct);
                    var amount = await registry.PriceAsync(PriceCodes.Base(o.Kind), o.TotalArea, ct);
                    ctx.Payments.RequestAmount(app, amount, new("Базалық құны", "Базовая стоимость", "Base cost"), BasePaymentWindow, "expire");
                    break;
                }

            case Archive:
                {
                    // Para 4: "request accepted" with the place and date of receiving the result.
                    var attached = await db.Attachments.CountAsync(a => a.ApplicationId == app.Id, ct);
                    if (attached < 1)
                    {
                        // App. 1 row 8 item 2: the e-copy of the title document is required.
                        throw new QyzmetException(CadastreErrors.AttachmentsMissing, 1, attached);
                    }

                    await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                        new($"№ {app.Number}: сұрау салу қабылданды", $"№ {app.Number}: запрос принят", $"{app.Number}: request accepted"),
                        new($"Нәтижені алу орны: порталдағы жеке кабинет. Нәтижені алу күні: {app.DueOn:dd.MM.yyyy}.",
                            $"Место получения результата: личный кабинет на портале. Дата получения результата: {app.DueOn:dd.MM.yyyy}.",
                            $"Where: your personal cabinet on the portal. When: {app.DueOn:yyyy-MM-dd}."),
                        sms: false, ct);
                    break;
                }

            case Approval:
                await PrepareAsync(ctx, ct);
                break;

            case AwaitingAdditionalPayment:
                await SignAndRequestAdditionalPaymentAsync(ctx, ct);
                break;

            case Issued:
                {
                    // Para 6: released to the personal cabinet only now, after the additional payment.
                    var result = await registry.ForApplicationAsync(app.Id, conclusion ? InventoryKinds.Conclusion : InventoryKinds.Passport, ct)
                        ?? throw new InvalidOperationException("The signed result is missing from the inventory file.");
                    await ctx.Documents.ReleaseAsync(app, ctx.Process.ActorId, ct);
                    app.ResultDocumentId = result.DocumentId;
                    break;
                }

            default:
                break;
        }
    }

    /// <summary>Para 7 steps 6–7: the cost from the price list; the draft is checked to rest on an inspection and an abris.</summary>
    private async Task PrepareAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: false, ct);
        var inspection = await registry.ForApplicationAsync(app.Id, InventoryKinds.Inspection, ct);
        var abris = await registry.ForApplicationAsync(app.Id, InventoryKinds.Abris, ct);
        if (inspection is null || abris is null)
        {
            throw new QyzmetException(CadastreErrors.InspectionMissing);
        }

        var record = CadastreRegistry.Read<InspectionRecord>(inspection);
        var basePrice = await registry.PriceAsync(PriceCodes.Base(o.Kind), o.TotalArea, ct);
        var perSqm = await registry.PriceAsync(PriceCodes.PerSquareMetre, null, ct);
        var perStructure = await registry.PriceAsync(PriceCodes.PerServiceStructure, null, ct);
        var area = (long)decimal.Round(record.TotalArea * perSqm.Tiyn, 0, MidpointRounding.AwayFromZero);
        var structures = (record.Structures?.Count ?? 0) * perStructure.Tiyn;
        var total = basePrice.Tiyn + area + structures;
        var cost = new CostCalculation(basePrice.Tiyn, area, structures, total, total - basePrice.Tiyn);
        var previous = await registry.ForApplicationAsync(app.Id, InventoryKinds.CostCalculation, ct);
        registry.File(o.Id, InventoryKinds.CostCalculation, "Мемлекеттік көрсетілетін қызметтің құнын есептеу / Расчёт стоимости государственной услуги",
            cost, ctx.Process.ActorId, app.Id, supersedes: previous?.Id);
    }

    /// <summary>
    /// Para 7 steps 7–9 and para 6: the head's signature; the USREC IS is updated with the measured data; the
    /// passport (and for S1-C the conclusion) is filed in the inventory file; the additional payment is requested.
    /// </summary>
    private async Task SignAndRequestAdditionalPaymentAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: true, ct);
        var inspection = await registry.ForApplicationAsync(app.Id, InventoryKinds.Inspection, ct)
            ?? throw new QyzmetException(CadastreErrors.InspectionMissing);
        var record = CadastreRegistry.Read<InspectionRecord>(inspection);
        var facts = Discrepancies(o, record);
        Apply(o, record);
        var now = ctx.Time.GetUtcNow();
        var snapshot = PassportSnapshot.From(o, record.VisitedOn);
        var owner = app.ApplicantId;
        var previousPassport = await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct);
        // D-304; para 7 step 7: the head who approves and signs is the signer. Para 6: signed and filed now, withheld
        // until the additional payment (nothing of it is reachable before).
        var signing = new ResultSigning(app.UnitId, ctx.Process.ActorId);
        var passport = await ctx.Documents.IssueWithheldAsync(app, signing, "real-estate.cadastral-passport", owner, PassportDocument.Passport(snapshot, duplicate: false, now),
            PassportDocument.Statement(snapshot, new("Кадастрлық паспорт", "Кадастровый паспорт")), duplicate: false, ct);
        registry.File(o.Id, InventoryKinds.Passport, "Кадастрлық паспорт / Кадастровый паспорт", snapshot, ctx.Process.ActorId, app.Id, passport.Id, previousPassport?.Id);
        if (conclusion)
        {
            var document = await ctx.Documents.IssueWithheldAsync(app, signing, ServiceId, owner, PassportDocument.Conclusion(snapshot, facts, app.Number, now),
                [.. PassportDocument.Statement(snapshot, new("Алшақтықтарды белгілеу туралы қорытынды", "Заключение об установлении расхождений")), new(new("Өзгерістер фактілері", "Факты изменений"), facts.Count.ToString(CultureInfo.InvariantCulture))],
                duplicate: false, ct);
            registry.File(o.Id, InventoryKinds.Conclusion, "Алшақтықтарды белгілеу туралы қорытынды / Заключение об установлении расхождений",
                new { facts, passportDocumentId = passport.Id }, ctx.Process.ActorId, app.Id, document.Id);
        }
        else if (facts.Count > 0)
        {
            // §4.2 step 8: non-conformities found by the inspection are written to the USREC IS in any case.
            registry.File(o.Id, InventoryKinds.Correction, "Анықталған сәйкессіздіктер / Выявленные несоответствия", new { facts }, ctx.Process.ActorId, app.Id);
        }

        var cost = CadastreRegistry.Read<CostCalculation>(await registry.ForApplicationAsync(app.Id, InventoryKinds.CostCalculation, ct)
            ?? throw new QyzmetException(CadastreErrors.InspectionMissing));
        // App. 1 row 6, stage 2: the full payment for the work actually performed, before the result is sent.
        var payment = ctx.Payments.RequestAmount(app, new Tenge(Math.Max(cost.AdditionalTiyn, 1)),
            new("Қосымша ақы", "Доплата", "Additional payment"), AdditionalPaymentWindow, "additional-payment-lapsed");
        await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
            new($"№ {app.Number}: қосымша ақы төлеу қажет", $"№ {app.Number}: необходима доплата", $"{app.Number}: additional payment required"),
            new($"Мемлекеттік техникалық зерттеп-қарау бойынша орындалған жұмыстар үшін қосымша ақы: {new Tenge(payment.AmountTiyn)}. Нәтиже төлемнен кейін жіберіледі.",
                $"Доплата за выполненные работы по государственному техническому обследованию: {new Tenge(payment.AmountTiyn)}. Результат будет направлен после оплаты.",
                $"Additional payment for the inspection work performed: {new Tenge(payment.AmountTiyn)}. The result is sent after payment."),
            sms: true, ct);
    }

    /// <summary>The facts of change (App. 3): each characteristic the inspection found different from the cadastre.</summary>
    internal static List<Discrepancy> Discrepancies(CadastreObject o, InspectionRecord r)
    {
        var facts = new List<Discrepancy>();
        void Add(string field, string kk, string ru, string before, string after)
        {
            if (before != after)
            {
                facts.Add(new Discrepancy(field, kk, ru, before, after));
            }
        }

        Add("totalArea", "Жалпы алаңы", "Общая площадь", PassportDocument.Area(o.TotalArea), PassportDocument.Area(r.TotalArea));
        Add("livingArea", "Тұрғын алаңы", "Жилая площадь", PassportDocument.Area(o.LivingArea), PassportDocument.Area(r.LivingArea ?? o.LivingArea));
        Add("builtUpArea", "Құрылыс салынған алаң", "Площадь застройки", PassportDocument.Area(o.BuiltUpArea), PassportDocument.Area(r.BuiltUpArea ?? o.BuiltUpArea));
        Add("floorsAbove", "Жер үсті қабаттары", "Надземные этажи", PassportDocument.Number(o.FloorsAbove), PassportDocument.Number(r.FloorsAbove));
        Add("floorsBelow", "Жер асты қабаттары", "Подземные этажи", PassportDocument.Number(o.FloorsBelow), PassportDocument.Number(r.FloorsBelow));
        Add("roomCount", "Бөлмелер саны", "Количество комнат", PassportDocument.Number(o.RoomCount), PassportDocument.Number(r.RoomCount));
        Add("wallMaterial", "Қабырғаларының материалы", "Материал стен", WallMaterials.Label(o.WallMaterial).Ru, WallMaterials.Label(r.WallMaterial ?? o.WallMaterial).Ru);
        Add("serviceStructures", "Қызметтік құрылыстар саны", "Количество служебных строений", PassportDocument.Number(o.ServiceStructures.Count),
            PassportDocument.Number(r.Structures?.Count ?? o.ServiceStructures.Count));
        return facts;
    }

    private void Apply(CadastreObject o, InspectionRecord r)
    {
        o.TotalArea = r.TotalArea;
        o.LivingArea = r.LivingArea ?? o.LivingArea;
        o.BuiltUpArea = r.BuiltUpArea ?? o.BuiltUpArea;
        o.FloorsAbove = r.FloorsAbove;
        o.FloorsBelow = r.FloorsBelow;
        o.RoomCount = r.RoomCount;
        o.YearBuilt = r.YearBuilt ?? o.YearBuilt;
        o.WallMaterial = r.WallMaterial ?? o.WallMaterial;
        o.CeilingHeight = r.CeilingHeight ?? o.CeilingHeight;
        if (o.Kind is ObjectKinds.OtherUpTo1000 or ObjectKinds.OtherOver1000)
        {
            o.Kind = ObjectKinds.OtherByArea(r.TotalArea);
        }

        if (r.Structures is { } structures)
        {
            db.Set<ServiceStructure>().RemoveRange(o.ServiceStructures);
            o.ServiceStructures.Clear();
            o.ServiceStructures.AddRange(structures.Select(s => new ServiceStructure
            {
                ObjectId = o.Id,
                Letter = s.Letter,
                NameKk = s.NameKk,
                NameRu = s.NameRu,
                WallMaterial = s.WallMaterial,
                Area = s.Area,
                Height = s.Height,
                YearBuilt = s.YearBuilt,
            }));
        }

        o.Version++;
    }
}

/// <summary>Codes of the price list rows the services use (the amounts are data, 000.md §8 "make the tariffs configurable").</summary>
public static class PriceCodes
{
    public const string PerSquareMetre = "s1.per-square-metre";
    public const string PerServiceStructure = "s1.per-service-structure";
    public const string DataEntry = "s1a.data-entry";
    public const string Duplicate = "s2.duplicate";

    /// <summary>The catalog's price-list id (RealEstate.cs): Order No. 21/НҚ of 16.01.2024.</summary>
    public const string PriceList = "sc-monopoly-prices-21-nk-2024";

    /// <summary>The base cost of objects other than the named kinds: one position with the area bands of 000.md §8.1.</summary>
    public const string BaseOther = "s1.base.other";

    /// <summary>The base-cost position of an object kind; "other" objects share one position banded by total area.</summary>
    public static string Base(string kind) => kind is ObjectKinds.OtherUpTo1000 or ObjectKinds.OtherOver1000 ? BaseOther : "s1.base." + kind;
}

/// <summary>The State Corporation's technical-inspection department at the object's location (App. 1 row 1).</summary>
internal static class CadastreUnits
{
    public const string Prefix = "sc-re-";
    public const string Fallback = "sc-re-75";

    public static async Task<string> ForObjectAsync(QyzmetDbContext db, string cadastralNumber, CancellationToken ct)
    {
        var unit = Prefix + cadastralNumber.Trim()[..2];
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) ? unit : Fallback;
    }

    internal static string Serialize(object value) => JsonSerializer.Serialize(value, CadastreRegistry.Json);
}
