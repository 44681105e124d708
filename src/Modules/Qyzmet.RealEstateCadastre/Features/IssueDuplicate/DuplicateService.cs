using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Trust;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre.Features.IssueDuplicate;

/// <summary>
/// 000.md S2: duplicate of the cadastral passport (paras 9, 11, App. 2). The archive clerk retrieves the inventory
/// file, the executor copies the current passport from it, the head signs; the copy bears the mark «Телнұсқа».
/// Terms of 1–3 working days, so a refusal is a direct notice (para 5-1, D-402).
/// </summary>
internal sealed class DuplicateService(QyzmetDbContext db, CadastreRegistry registry) : IStateServiceHandler
{
    public const string AwaitingPayment = "awaiting-payment";
    public const string Archive = "archive";
    public const string Preparation = "preparation";
    public const string Signing = "signing";
    public const string Issued = "issued";
    public const string Refused = "refused";
    public const string Expired = "expired";

    public static readonly TimeSpan PaymentWindow = TimeSpan.FromHours(24);

    public string ServiceId => "real-estate.cadastral-passport-duplicate";

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceId,
            "Order of the Minister of Justice No. 156 of 06.05.2013 as amended by Order No. 65 of 22.01.2026, paras 9, 11, Appendix 2")
        .State(AwaitingPayment, new LocalizedText("Төлем күтілуде", "Ожидается оплата", "Awaiting payment"), StateKind.Active, DeadlineRule.Hours(24))
        .State(Archive, new LocalizedText("Түгендеу ісі мұрағаттан алынуда", "Инвентарное дело запрашивается в архиве", "Retrieving the inventory file"))
        .State(Preparation, new LocalizedText("Телнұсқа дайындалуда", "Подготовка дубликата", "Preparing the duplicate"))
        .State(Signing, new LocalizedText("Басшының қол қоюында", "На подписи у руководителя", "With the head for signature"))
        .State(Issued, new LocalizedText("Телнұсқа берілді", "Дубликат выдан", "Duplicate issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Мемлекеттік қызмет көрсетуден бас тартылды", "Отказано в оказании государственной услуги", "Service refused"), StateKind.Ended)
        .State(Expired, new LocalizedText("Төленбеді", "Не оплачено", "Not paid"), StateKind.Ended)
        .On(AwaitingPayment, "pay", Archive, Roles.Applicant)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(AwaitingPayment, RefusalTriggers.Refuse, Refused, Roles.System)
        .On(Archive, "retrieve-file", Preparation, Roles.ArchiveClerk)
        .On(Preparation, "prepare-copy", Signing, Roles.ProviderExecutor)
        .On(Preparation, RefusalTriggers.Refuse, Refused, Roles.ProviderExecutor, Roles.ProviderHead)
        .On(Signing, "sign", Issued, Roles.ProviderHead)
        .Label("retrieve-file", new("Түгендеу ісін мұрағаттан беру", "Выдать инвентарное дело из архива", "Retrieve the inventory file"), new("Түгендеу ісі мұрағаттан алынды", "Инвентарное дело получено из архива", "Inventory file retrieved"))
        .Label("prepare-copy", new("Телнұсқаны дайындау", "Подготовить дубликат", "Prepare the duplicate"), new("Телнұсқа дайындалды", "Дубликат подготовлен", "Duplicate prepared"))
        .Label("sign", new("Қол қою", "Подписать", "Sign"), new("Қол қойылды", "Подписано", "Signed"))
        .Deadline(DeadlineRule.WorkingDays(3))
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("cadastralNumber", new("Жылжымайтын мүлік объектісінің кадастрлық нөмірі", "Кадастровый номер объекта недвижимости", "Cadastral number of the real estate object"),
            FieldType.CadastralNumber),
        CadastreFields.Consent)
    {
        Attachments = [CadastreFields.PaymentCopy],
    };

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    /// <summary>000.md App. 1 rows 6 and 8, App. 2 row 8: paid through the gateway, or the payment document's e-copy is uploaded (D-711).</summary>
    public bool AcceptsPaymentECopy => true;

    public async Task<DeadlineRule?> DeadlineForAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var o = await registry.GetAsync(form["cadastralNumber"], tracking: false, ct);
        return ObjectKinds.DuplicateTerm(o.Kind);
    }

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => CadastreUnits.Prefix;

    public Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        CadastreUnits.ForObjectAsync(db, form["cadastralNumber"], ct);

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case AwaitingPayment:
                {
                    var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: false, ct);
                    // D-406: a duplicate is issued to a right holder of the object; anyone else is refused (ground 2).
                    if (o.Holders.All(h => h.HolderId != app.ApplicantId))
                    {
                        await ctx.RefuseAsync(RefusalTriggers.Refuse, new(
                            $"Көрсетілетін қызметті алушы {o.CadastralNumber} объектісінің құқық иеленушісі емес (тізбенің 9-тармағының 2-тармақшасы).",
                            $"Услугополучатель не является правообладателем объекта {o.CadastralNumber} (подпункт 2 пункта 9 Перечня).",
                            $"The applicant is not a right holder of object {o.CadastralNumber} (List No. 2 row 9, ground 2)."), ct);
                        return;
                    }

                    if (await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct) is null)
                    {
                        await ctx.RefuseAsync(RefusalTriggers.Refuse, new(
                            $"{o.CadastralNumber} объектісінің түгендеу ісінде кадастрлық паспорт жоқ: паспорт алу үшін «Кадастрлық паспорт беру» қызметіне жүгініңіз.",
                            $"В инвентарном деле объекта {o.CadastralNumber} нет кадастрового паспорта: для его получения обратитесь за услугой «Выдача кадастрового паспорта».",
                            $"The inventory file of {o.CadastralNumber} holds no cadastral passport; apply for the cadastral passport service instead."), ct);
                        return;
                    }

                    ctx.Payments.RequestAmount(app, await registry.PriceAsync(PriceCodes.Duplicate, null, ct),
                        new("Кадастрлық паспорттың телнұсқасы", "Дубликат кадастрового паспорта", "Passport duplicate"), PaymentWindow, "expire");
                    break;
                }

            case Signing:
                {
                    var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: false, ct);
                    _ = await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct)
                        ?? throw new QyzmetException(CadastreErrors.NoPassportOnFile, o.CadastralNumber);
                    break;
                }

            case Issued:
                {
                    // Para 11: a copy of the passport from the inventory file, signed, with the electronic mark «Телнұсқа».
                    var o = await registry.GetAsync(ctx.Form["cadastralNumber"], tracking: false, ct);
                    var entry = await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct)
                        ?? throw new QyzmetException(CadastreErrors.NoPassportOnFile, o.CadastralNumber);
                    var snapshot = CadastreRegistry.Read<PassportSnapshot>(entry);
                    // D-304; para 11: signed by the head who signs the copy.
                    await ctx.Documents.IssueAsync(app, new ResultSigning(app.UnitId, ctx.Process.ActorId), ServiceId, app.ApplicantId, PassportDocument.Passport(snapshot, duplicate: true, ctx.Time.GetUtcNow()),
                        [.. PassportDocument.Statement(snapshot, new("Кадастрлық паспорттың телнұсқасы", "Дубликат кадастрового паспорта")), new(new("Белгі", "Отметка"), new Platform.Documents.BilingualText("Телнұсқа", "Телнұсқа / Дубликат"))], duplicate: true, ct);
                    break;
                }

            default:
                break;
        }
    }
}
