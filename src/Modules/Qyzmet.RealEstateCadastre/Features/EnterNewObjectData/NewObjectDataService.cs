using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Trust;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre.Features.EnterNewObjectData;

/// <summary>
/// 000.md S1-A: entering the identification and technical data of a newly built object into the USREC IS
/// (para 4, para 6, App. 1, §4.1): one working day; acceptance act and land-plot identification document as
/// e-copies; the result is the notice that the data is in the cadastre, with the new cadastral number, or a refusal.
/// </summary>
internal sealed class NewObjectDataService(QyzmetDbContext db, CadastreRegistry registry) : IStateServiceHandler
{
    public const string AwaitingPayment = "awaiting-payment";
    public const string CompletenessCheck = "completeness-check";
    public const string DataEntry = "data-entry";
    public const string Signing = "signing";
    public const string Issued = "issued";
    public const string Refused = "refused";
    public const string ConsiderationStopped = "consideration-stopped";
    public const string Expired = "expired";

    /// <summary>App. 1 row 8 item 2: the acceptance-into-operation act and the land-plot identification document.</summary>
    public const int RequiredAttachments = 2;

    public string ServiceId => "real-estate.new-object-data";

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceId,
            "Order of the Minister of Justice No. 156 of 06.05.2013 as amended by Order No. 65 of 22.01.2026, paras 4–6, Appendix 1")
        .State(AwaitingPayment, new LocalizedText("Төлем күтілуде", "Ожидается оплата", "Awaiting payment"), StateKind.Active, DeadlineRule.Hours(24))
        .State(CompletenessCheck, new LocalizedText("Құжаттардың толықтығы тексерілуде", "Проверка полноты документов", "Checking the documents"))
        .State(DataEntry, new LocalizedText("Сұрау салу қабылданды: мәліметтер енгізілуде", "Запрос принят: сведения вносятся", "Request accepted: entering the data"))
        .State(Signing, new LocalizedText("Басшының қол қоюында", "На подписи у руководителя", "With the head for signature"))
        .State(Issued, new LocalizedText("Мәліметтер ЖМБМК АЖ-ға енгізілді", "Сведения внесены в ИС ЕГКН", "Data entered into the USREC IS"), StateKind.Completed)
        .State(Refused, new LocalizedText("Мемлекеттік қызмет көрсетуден бас тартылды", "Отказано в оказании государственной услуги", "Service refused"), StateKind.Ended)
        .State(ConsiderationStopped, new LocalizedText("Құжаттарды одан әрі қараудан бас тартылды", "Отказано в дальнейшем рассмотрении документов", "Further consideration refused"), StateKind.Ended)
        .State(Expired, new LocalizedText("Төленбеді", "Не оплачено", "Not paid"), StateKind.Ended)
        .On(AwaitingPayment, "pay", CompletenessCheck, Roles.Applicant)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(CompletenessCheck, "accept", DataEntry, Roles.ProviderExecutor)
        .On(CompletenessCheck, RefusalTriggers.StopConsideration, ConsiderationStopped, Roles.ProviderExecutor)
        .On(DataEntry, "enter-data", Signing, Roles.Inspector, Roles.ProviderExecutor)
        .On(DataEntry, RefusalTriggers.Refuse, Refused, Roles.Inspector, Roles.ProviderExecutor, Roles.ProviderHead)
        .On(Signing, "sign", Issued, Roles.ProviderHead)
        .Label("accept", new("Құжаттарды қабылдау", "Принять документы", "Accept the documents"), new("Құжаттар қабылданды", "Документы приняты", "Documents accepted"))
        .Label("enter-data", new("Деректерді енгізу", "Внести сведения", "Enter the data"), new("Деректер енгізілді", "Сведения внесены", "Data entered"))
        .Label("sign", new("Қол қою", "Подписать", "Sign"), new("Қол қойылды", "Подписано", "Signed"))
        .Deadline(DeadlineRule.WorkingDays(1))
        .Build();

    private static readonly string[] PrimaryKinds = [ObjectKinds.PrivateHouse, ObjectKinds.PrivateGarage, ObjectKinds.DachaStructure, ObjectKinds.FirstComplexity, "other"];

    public ServiceForm Form { get; } = new(
        new FormField("landPlotNumber", new("Жер учаскесінің кадастрлық нөмірі", "Кадастровый номер земельного участка", "Cadastral number of the land plot"), FieldType.CadastralNumber),
        new FormField("kind", new("Объект түрі", "Вид объекта", "Kind of object"), FieldType.Choice)
        {
            Options = [.. PrimaryKinds.Select(k => new FieldOption(k, k == "other"
                ? new LocalizedText("Өзге объект", "Иной объект", "Other object")
                : new LocalizedText(ObjectKinds.Label(k).Kk, ObjectKinds.Label(k).Ru, k)))],
        },
        new FormField("purpose", new("Мақсаты", "Назначение", "Purpose"), FieldType.Text),
        // D-414 (issue 14 item 6; ADR 0026): the address registration code, when the address is in the register; the object's
        // address is then the register's. The settlement, street and building stay for an address without a code (the form's fields).
        new FormField("addressCode", new("Мекенжайдың тіркеу коды (бар болса)", "Регистрационный код адреса (при наличии)", "Address registration code (if any)"), FieldType.Text, Required: false)
        {
            MaxLength = 16,
        },
        new FormField("settlement", new("Елді мекен", "Населённый пункт", "Settlement"), FieldType.Text),
        new FormField("street", new("Көше", "Улица", "Street"), FieldType.Text),
        new FormField("buildingNumber", new("Үй нөмірі", "Номер дома", "Building number"), FieldType.Text) { MaxLength = 20 },
        new FormField("totalArea", new("Жалпы алаңы, м²", "Общая площадь, м²", "Total area, m²"), FieldType.Text) { MaxLength = 12 },
        new FormField("floorsAbove", new("Жер үсті қабаттары", "Надземных этажей", "Floors above ground"), FieldType.Text) { MaxLength = 3 },
        new FormField("yearBuilt", new("Пайдалануға берілген жылы", "Год ввода в эксплуатацию", "Year commissioned"), FieldType.Text) { MaxLength = 4 },
        new FormField("wallMaterial", new("Қабырғаларының материалы", "Материал стен", "Wall material"), FieldType.Choice)
        {
            Options = [.. WallMaterials.All.Select(m => new FieldOption(m, new LocalizedText(WallMaterials.Label(m).Kk, WallMaterials.Label(m).Ru, m)))],
        },
        CadastreFields.Consent)
    {
        Attachments = [CadastreFields.AcceptanceActCopy, CadastreFields.PaymentCopy],
    };

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>000.md App. 1 rows 6 and 8, App. 2 row 8: paid through the gateway, or the payment document's e-copy is uploaded (D-711).</summary>
    public bool AcceptsPaymentECopy => true;

    /// <summary>Checks the numbers and that the plot number is a plot's (runs before anything is written).</summary>
    public async Task<DeadlineRule?> DeadlineForAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        _ = Parse(form);
        // D-357, D-414: a named address code must be the register's (422 ADDR-0001/ADDR-0002 naming "addressCode").
        if (AddressCodeOf(form) is { } code)
        {
            await registry.RequireAddressAsync(code, "addressCode", ct);
        }

        return Procedure.OverallDeadline;
    }

    private static string? AddressCodeOf(IReadOnlyDictionary<string, string> form) =>
        form.GetValueOrDefault("addressCode") is { } code && !string.IsNullOrWhiteSpace(code) ? code.Trim() : null;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => CadastreUnits.Prefix;

    public Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        CadastreUnits.ForObjectAsync(db, form["landPlotNumber"], ct);

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case AwaitingPayment:
                ctx.Payments.RequestAmount(app, await registry.PriceAsync(PriceCodes.DataEntry, null, ct),
                    new("Мәліметтерді енгізу", "Внесение сведений", "Data entry"), TimeSpan.FromHours(24), "expire");
                break;

            case DataEntry:
                {
                    var attached = await db.Attachments.CountAsync(a => a.ApplicationId == app.Id, ct);
                    if (attached < RequiredAttachments)
                    {
                        throw new QyzmetException(CadastreErrors.AttachmentsMissing, RequiredAttachments, attached);
                    }

                    break;
                }

            case Signing:
                {
                    // §4.1 step 6: the data goes into the USREC IS; the object takes the next number on its plot (ADR 0011).
                    var (plot, kind, area, floors, year) = Parse(ctx.Form);
                    // D-357: checked again where it takes effect (an address removed since submission is refused, nothing written).
                    var address = AddressCodeOf(ctx.Form) is { } code ? await registry.RequireAddressAsync(code, "addressCode", ct) : null;
                    var number = await registry.NextNumberAsync(plot, null, ct);
                    var o = new CadastreObject
                    {
                        CadastralNumber = number,
                        LandPlotNumber = plot,
                        Kind = kind,
                        RegionCode = plot[..2],
                        Settlement = ctx.Form["settlement"],
                        Street = ctx.Form["street"],
                        BuildingNumber = ctx.Form["buildingNumber"],
                        AddressCode = address?.Id,
                        RegisteredAddress = address,
                        PurposeKk = ctx.Form["purpose"],
                        PurposeRu = ctx.Form["purpose"],
                        TotalArea = area,
                        FloorsAbove = floors,
                        YearBuilt = year,
                        WallMaterial = ctx.Form["wallMaterial"],
                        Holders = { new ObjectHolder { HolderId = app.ApplicantId, HolderName = app.ApplicantName, SharePercent = 100m, Since = AlmatyTime.LocalDate(ctx.Time.GetUtcNow()) } },
                    };
                    db.Set<CadastreObject>().Add(o);
                    await db.SaveChangesAsync(ct);
                    registry.File(o.Id, InventoryKinds.DataEntry, "Жаңадан құрылған объектінің мәліметтері / Сведения вновь созданного объекта",
                        PassportSnapshot.From(o, AlmatyTime.LocalDate(ctx.Time.GetUtcNow())), ctx.Process.ActorId, app.Id);
                    break;
                }

            case Issued:
                {
                    var entry = await db.Set<InventoryEntry>().AsNoTracking().Where(e => e.ApplicationId == app.Id && e.Kind == InventoryKinds.DataEntry)
                        .OrderByDescending(e => e.Id).FirstAsync(ct);
                    var snapshot = CadastreRegistry.Read<PassportSnapshot>(entry);
                    var content = new DocumentContent
                    {
                        Issuer = [PassportDocument.Issuer],
                        Title = new("ХАБАРЛАМА", "УВЕДОМЛЕНИЕ"),
                        DocumentNumber = "",
                        IssuedAt = ctx.Time.GetUtcNow(),
                        Sections =
                        [
                            new(new("Жаңадан құрылған жылжымайтын мүліктің сәйкестендіру және техникалық мәліметтерін ЖМБМК АЖ-ға енгізу туралы",
                                "О внесении идентификационных и технических сведений вновь созданного недвижимого имущества в ИС ЕГКН"),
                        [
                            new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(app.Number)),
                            new DocumentField(new("Көрсетілетін қызметті алушы", "Услугополучатель"), BilingualText.Same(app.ApplicantName + ", " + app.ApplicantId)),
                            new DocumentField(new("Берілген кадастрлық нөмірі", "Присвоенный кадастровый номер"), BilingualText.Same(snapshot.CadastralNumber)),
                            new DocumentField(new("Объект түрі", "Вид объекта"), ObjectKinds.Label(snapshot.Kind)),
                            new DocumentField(new("Мекенжайы", "Адрес"), new(snapshot.AddressKk, snapshot.AddressRu)),
                            new DocumentField(new("Жалпы алаңы", "Общая площадь"), BilingualText.Same(PassportDocument.Area(snapshot.TotalArea))),
                            new DocumentParagraph(new("Мәліметтер жылжымайтын мүліктің бірыңғай мемлекеттік кадастрының ақпараттық жүйесіне енгізілді.",
                                "Сведения внесены в информационную систему единого государственного кадастра недвижимости.")),
                        ]),
                    ],
                        Footnotes = [DocumentTexts.LegalNote],
                    };
                    // D-304: the head who signs (transition "sign") is the signer.
                    await ctx.Documents.IssueAsync(app, new ResultSigning(app.UnitId, ctx.Process.ActorId), ServiceId, app.ApplicantId, content,
                        [new(new("Құжат", "Документ"), new BilingualText("ЖМБМК АЖ-ға мәліметтер енгізу туралы хабарлама", "Уведомление о внесении сведений в ИС ЕГКН")),
                         new(new("Кадастрлық нөмірі", "Кадастровый номер"), snapshot.CadastralNumber), new(new("Мекенжайы", "Адрес"), new BilingualText(snapshot.AddressKk, snapshot.AddressRu))],
                        duplicate: false, ct);
                    break;
                }

            default:
                break;
        }
    }

    private static (string Plot, string Kind, decimal Area, int Floors, int? Year) Parse(IReadOnlyDictionary<string, string> form)
    {
        var plot = CadastralNumber.Parse(form["landPlotNumber"]);
        if (plot.Kind != CadastralObjectKind.LandPlot)
        {
            throw new QyzmetException(CadastreErrors.BadMeasurement, "landPlotNumber: " + plot.Value);
        }

        if (!decimal.TryParse(form["totalArea"].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var area) || area <= 0 || area > 10_000_000)
        {
            throw new QyzmetException(CadastreErrors.BadMeasurement, "totalArea");
        }

        if (!int.TryParse(form["floorsAbove"], NumberStyles.None, CultureInfo.InvariantCulture, out var floors) || floors is < 1 or > 200)
        {
            throw new QyzmetException(CadastreErrors.BadMeasurement, "floorsAbove");
        }

        if (!int.TryParse(form["yearBuilt"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1800 or > 2100)
        {
            throw new QyzmetException(CadastreErrors.BadMeasurement, "yearBuilt");
        }

        var kind = form["kind"] == "other" ? ObjectKinds.OtherByArea(area) : form["kind"];
        return (plot.Value, kind, area, floors, year);
    }
}
