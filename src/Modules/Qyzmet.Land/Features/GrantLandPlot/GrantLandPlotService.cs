using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>
/// 003.md: granting a land plot for construction within a settlement, in two stages. Stage 1 (28 WD, para 6): the office
/// registers, management refers, the architecture head assigns an executor, who prepares the choice act and sends it at once to
/// every approving body, monopoly and the State Corporation (parallel tasks, ADR 0015); all positive → final choice act, any
/// negative → reasoned refusal; the head signs. The gate: the applicant agrees and pays within 3 WD; an unagreed act lapses after
/// 10 WD. Stage 2 (18 WD): the State Corporation's plan, its approval, the decision (or the akim's order), signature, registration;
/// the decision creates the right in the land cadastre.
/// </summary>
internal sealed class GrantLandPlotService(QyzmetDbContext db, LandCadastre cadastre, CalendarService calendars, TimeProvider time, FeeRuleService fees,
    IAddressRegister addresses) : IStateServiceHandler
{
    public const string Id = "land.plot-for-construction";

    // Stage 1 (003.md para 6, §4.3).
    public const string Registration = "registration";
    public const string ManagementReview = "management-review";
    public const string ExecutorAssignment = "executor-assignment";
    public const string ChoiceActPreparation = "choice-act-preparation";
    public const string Approvals = "approvals";
    public const string FinalActPreparation = "final-act-preparation";
    public const string RefusalDrafting = "refusal-drafting";
    public const string FinalActSigning = "final-act-signing";
    public const string RefusalSigning = "refusal-signing";
    public const string Hearing = "hearing";

    // The gate (para 6 step 8–9).
    public const string AwaitingAgreement = "awaiting-agreement";
    public const string AwaitingPayment = "awaiting-payment";
    public const string AgreementOverdue = "agreement-overdue";

    // Stage 2 (para 6, §4.4).
    public const string PlanPreparation = "plan-preparation";
    public const string PlanApproval = "plan-approval";
    public const string PlanApproved = "plan-approved";
    public const string DecisionDrafting = "decision-drafting";
    public const string OrderDrafting = "order-drafting";
    public const string DecisionSigning = "decision-signing";
    public const string DecisionRegistration = "decision-registration";

    // The right is entered when the office registers the decision, after the cadastre checks the plot again (D-513).
    public const string RightRegistration = "right-registration";
    public const string PlotTakenRefusalDrafting = "plot-taken-refusal-drafting";
    public const string PlotTakenRefusalSigning = "plot-taken-refusal-signing";
    public const string PlotTakenHearing = "plot-taken-hearing";

    public const string Granted = "granted";
    public const string Refused = "refused";
    public const string ReturnedForCancellation = "returned-for-cancellation";

    /// <summary>
    /// The term of the temporary land-use right the decision grants: 003.md App. 1 asks for no term (§6.1, §8.3 item 17), the
    /// cadastre needs one; the demo grants 10 years (D-514).
    /// </summary>
    public const int TemporaryUseYears = 10;

    /// <summary>
    /// The State Corporation's invoice (estimate) for the land cadastral plan: 003.md Standard item 6 refers to para 28 of the price
    /// list of Order No. 87, whose amount is not in the text: a placeholder row of the fee-rule table (D-507, D-708).
    /// </summary>
    public const string PlanPriceCode = "land.cadastral-plan";

    /// <summary>The price list of 003.md Standard item 6: Order No. 87 of 26.01.2016 (reg. No. 13353), para 28.</summary>
    public const string PlanPriceList = "order-87-2016-para-28";

    /// <summary>The placeholder seeded in force from the order's date (D-708): 25 000 ₸ until an administrator loads the real price.</summary>
    public static FeePrice PlanPricePlaceholder => new()
    {
        PriceList = PlanPriceList,
        Code = PlanPriceCode,
        NameKk = "Жер-кадастрлық жоспарды дайындау (28-тармақ, ОРЫНБАСАР СОМА)",
        NameRu = "Изготовление земельно-кадастрового плана (пункт 28, СУММА-ЗАГЛУШКА)",
        EffectiveFrom = new DateOnly(2016, 1, 26),
        AmountTiyn = Tenge.FromTenge(25_000m).Tiyn,
        Placeholder = true,
    };

    private static LocalizedText T(string kk, string ru, string en) => new(kk, ru, en);

    private static readonly LocalizedText PlanPurpose = T("Жер-кадастрлық жоспарды дайындау (Мемлекеттік корпорацияның шоты)", "Изготовление земельно-кадастрового плана (счет Госкорпорации)", "Land cadastral plan (State Corporation's invoice)");

    /// <summary>Para 6: agreeing and paying within the final act's validity; the invoice lapses with it.</summary>
    private async Task<TimeSpan> PaymentWindowAsync(Application app, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var validUntil = await db.Timers.Where(t => t.ApplicationId == app.Id && t.Trigger == "return-for-cancellation" && t.FiredAt == null && t.CanceledAt == null)
            .Select(t => (DateTime?)t.DueAt).MaxAsync(ct) ?? now.AddDays(1);
        var window = validUntil - now;
        return window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1);
    }

    public string ServiceId => Id;

    public string UnitPrefix => "lg-11-";

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => true;

    public ProcedureDefinition Procedure => field ??= Declare();

    private static ProcedureDefinition Declare()
    {
        const string executor = Roles.ProviderExecutor;
        const string head = Roles.ProviderHead;
        const string system = Roles.System;
        return new ProcedureBuilder(Id, "003.md paras 5–6, 9 and Standard items 3, 6, 9 (Rules for granting land plots for construction within settlements)")
            .State(Registration, T("Кеңседе тіркеу", "Регистрация в канцелярии", "Registration at the office"), stepLimit: DeadlineRule.Minutes(15))
            .State(ManagementReview, T("Басшылықтың қарауында", "На рассмотрении руководства", "Management review"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(ExecutorAssignment, T("Сәулет бөлімінде: орындаушыны тағайындау", "В отделе архитектуры: назначение исполнителя", "Architecture department: assigning an executor"), stepLimit: DeadlineRule.WorkingDays(0))
            .State(ChoiceActPreparation, T("Таңдау актісі дайындалуда", "Подготовка акта выбора", "Preparing the choice act"), stepLimit: DeadlineRule.WorkingDays(7))
            .State(Approvals, T("Келісуде (келісуші органдар, табиғи монополиялар, Мемлекеттік корпорация)", "На согласовании (согласующие органы, естественные монополии, Госкорпорация)", "Under approval (approving bodies, natural monopolies, State Corporation)"), stepLimit: DeadlineRule.WorkingDays(12))
            .State(FinalActPreparation, T("Түпкілікті таңдау актісі дайындалуда", "Подготовка окончательного акта выбора", "Preparing the final choice act"), stepLimit: DeadlineRule.WorkingDays(5))
            .State(RefusalDrafting, T("Уәжді бас тарту дайындалуда", "Подготовка мотивированного отказа", "Drafting a reasoned refusal"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(FinalActSigning, T("Түпкілікті актіге қол қойылуда", "Подписание окончательного акта", "Signing the final choice act"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(RefusalSigning, T("Бас тартуға қол қойылуда", "Подписание отказа", "Signing the refusal"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(Hearing, T("Бас тарту алдындағы тыңдау", "Заслушивание перед отказом", "Hearing before refusal"))
            .State(AwaitingAgreement, T("Түпкілікті актіні келісу және төлеу күтілуде", "Ожидается согласование окончательного акта и оплата", "Awaiting your agreement of the final act and payment"), stepLimit: DeadlineRule.WorkingDays(3))
            .State(AwaitingPayment, T("Жер-кадастрлық жұмыстарға төлем күтілуде", "Ожидается оплата землекадастровых работ", "Awaiting payment for the land cadastral works"))
            .State(AgreementOverdue, T("Келісу мерзімі өтті: акт 10 жұмыс күні ішінде жарамды", "Срок согласования истёк: акт действителен 10 рабочих дней", "Agreement term passed: the act stays valid for 10 working days"))
            .State(PlanPreparation, T("Мемлекеттік корпорация жер-кадастрлық жоспарды дайындауда", "Госкорпорация готовит земельно-кадастровый план", "State Corporation preparing the land cadastral plan"), stepLimit: DeadlineRule.WorkingDays(10))
            .State(PlanApproval, T("Жер қатынастары бөлімі жоспарды бекітуде", "Утверждение плана отделом земельных отношений", "Land-relations department approving the plan"), stepLimit: DeadlineRule.WorkingDays(3))
            .State(PlanApproved, T("Жоспар бекітілді", "План утвержден", "Plan approved"))
            .State(DecisionDrafting, T("Шешім жобасы дайындалуда", "Подготовка проекта решения", "Drafting the decision"), stepLimit: DeadlineRule.WorkingDays(3))
            .State(OrderDrafting, T("Әкімнің өкімінің жобасы дайындалуда", "Подготовка проекта распоряжения акима", "Drafting the akim's order"), stepLimit: DeadlineRule.WorkingDays(3))
            .State(DecisionSigning, T("Шешімге қол қойылуда", "Подписание решения", "Signing the decision"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(DecisionRegistration, T("Кеңседе шешімді тіркеу және жіберу", "Регистрация и отправка решения канцелярией", "Office registering and sending the decision"), stepLimit: DeadlineRule.Minutes(15))
            .State(RightRegistration, T("Құқық жер кадастрына енгізілуде", "Право вносится в земельный кадастр", "Entering the right in the land cadastre"))
            .State(PlotTakenRefusalDrafting, T("Учаске бос емес: бас тарту дайындалуда", "Участок не свободен: подготовка отказа", "Plot no longer free: drafting the refusal"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(PlotTakenRefusalSigning, T("Учаске бос емес: бас тартуға қол қойылуда", "Участок не свободен: подписание отказа", "Plot no longer free: signing the refusal"), stepLimit: DeadlineRule.WorkingDays(1))
            .State(PlotTakenHearing, T("Бас тарту алдындағы тыңдау (учаске бос емес)", "Заслушивание перед отказом (участок не свободен)", "Hearing before refusal (plot no longer free)"))
            .State(Granted, T("Жер пайдалану құқығы берілді", "Право землепользования предоставлено", "Land-use right granted"), StateKind.Completed)
            .State(Refused, T("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
            .State(ReturnedForCancellation, T("Акт келісілмеді: жоюға қайтарылды", "Акт не согласован: возвращен на аннулирование", "Act not agreed: returned for cancellation"), StateKind.Ended)
            // Stage 1, 003.md para 6 steps 1–7.
            .On(Registration, "register", ManagementReview, executor)
            .On(ManagementReview, "refer", ExecutorAssignment, head)
            .On(ExecutorAssignment, "assign-executor", ChoiceActPreparation, head)
            .On(ChoiceActPreparation, "send-for-approval", Approvals, executor)
            // Para 9 grounds 1–2 (unreliable data; Land Code requirements) can be found while the act is prepared (D-504).
            .On(ChoiceActPreparation, "draft-refusal", RefusalSigning, executor)
            .On(Approvals, "approvals-positive", FinalActPreparation, system)
            .On(Approvals, "approvals-negative", RefusalDrafting, system)
            .On(FinalActPreparation, "prepare-final-act", FinalActSigning, executor)
            .On(RefusalDrafting, "draft-refusal", RefusalSigning, executor)
            .On(FinalActSigning, "sign-final-act", AwaitingAgreement, head)
            // Para 9 and the Law's para 5-1 hearing (kernel refusals, ADR 0013).
            .On(RefusalSigning, RefusalTriggers.Refuse, Refused, head)
            .On(RefusalSigning, RefusalTriggers.PreliminaryRefusal, Hearing, head)
            .On(Hearing, RefusalTriggers.HearingProvide, FinalActPreparation, head)
            .On(Hearing, RefusalTriggers.HearingRefuse, Refused, head)
            // The gate, para 6 steps 8–9 and the paragraph after Stage 1.
            .On(AwaitingAgreement, "agree", AwaitingPayment, Roles.Applicant)
            .On(AgreementOverdue, "agree", AwaitingPayment, Roles.Applicant)
            .On(AwaitingPayment, "pay", PlanPreparation, Roles.Applicant)
            .On(AwaitingPayment, "waive-fee", PlanPreparation, system)
            .On(AwaitingAgreement, "agreement-term-passed", AgreementOverdue, system)
            .On(AwaitingAgreement, "return-for-cancellation", ReturnedForCancellation, system)
            .On(AwaitingPayment, "return-for-cancellation", ReturnedForCancellation, system)
            .On(AgreementOverdue, "return-for-cancellation", ReturnedForCancellation, system)
            // Stage 2, para 6 steps 1–5, and the akim variant.
            .On(PlanPreparation, "submit-plan", PlanApproval, executor)
            .On(PlanApproval, "approve-plan", PlanApproved, head)
            .On(PlanApproved, "to-land-executor", DecisionDrafting, system)
            .On(PlanApproved, "to-akim-office", OrderDrafting, system)
            .On(DecisionDrafting, "draft-decision", DecisionSigning, executor)
            .On(OrderDrafting, "draft-order", DecisionSigning, executor)
            .On(DecisionSigning, "sign-decision", DecisionRegistration, head)
            .On(DecisionRegistration, "register-decision", RightRegistration, executor)
            // Stage 2 step 5 and para 9 ground 2 (D-513): the plot is checked again where the right is created; taken meanwhile → refusal.
            .On(RightRegistration, "right-registered", Granted, system)
            .On(RightRegistration, "plot-not-free", PlotTakenRefusalDrafting, system)
            .On(PlotTakenRefusalDrafting, "draft-refusal", PlotTakenRefusalSigning, executor)
            .On(PlotTakenRefusalSigning, RefusalTriggers.Refuse, Refused, head)
            .On(PlotTakenRefusalSigning, RefusalTriggers.PreliminaryRefusal, PlotTakenHearing, head)
            .On(PlotTakenHearing, RefusalTriggers.HearingProvide, PlanApproved, head)
            .On(PlotTakenHearing, RefusalTriggers.HearingRefuse, Refused, head)
            // 003.md para 6 step 4: every party the choice act can go to (D-512); sending it opens those of the plot's settlement.
            .Parallel(Approvals, "approvals-positive", "approvals-negative", [.. LandGrantAreas.Parties.Select(p => p.ToTask())])
            .Label("register", T("Тіркеу", "Зарегистрировать", "Register"), T("Кеңсе тіркеді", "Зарегистрировано канцелярией", "Registered by the office"))
            .Label("refer", T("Сәулет бөліміне жіберу", "Направить в отдел архитектуры", "Refer to the architecture department"), T("Басшылық сәулет бөліміне жіберді", "Руководство направило в отдел архитектуры", "Referred to the architecture department"))
            .Label("assign-executor", T("Орындаушыны тағайындау", "Назначить исполнителя", "Assign an executor"), T("Орындаушы тағайындалды", "Назначен исполнитель", "Executor assigned"))
            .Label("send-for-approval", T("Актіні келісуге жіберу", "Направить акт на согласование", "Send the act for approval"), T("Таңдау актісі келісуге бір мезгілде жіберілді", "Акт выбора направлен на согласование одновременно всем", "Choice act sent to all parties at once"))
            .Label("draft-refusal", T("Бас тарту жобасын дайындау", "Подготовить проект отказа", "Draft the refusal"), T("Бас тарту жобасы дайындалды", "Подготовлен проект отказа", "Refusal drafted"))
            .Label("approvals-positive", T("Барлық қорытынды оң", "Все заключения положительные", "All conclusions positive"), T("Барлық келісуші тараптар оң жауап берді", "Все согласующие стороны ответили положительно", "All parties answered positively"))
            .Label("approvals-negative", T("Теріс қорытынды бар", "Есть отрицательное заключение", "A negative conclusion"), T("Келісуші тараптың теріс жауабы алынды", "Получен отрицательный ответ согласующей стороны", "A party answered negatively"))
            .Label("prepare-final-act", T("Түпкілікті актіні дайындау", "Подготовить окончательный акт", "Prepare the final act"), T("Түпкілікті таңдау актісі дайындалды", "Подготовлен окончательный акт выбора", "Final choice act prepared"))
            .Label("sign-final-act", T("Түпкілікті актіге қол қою", "Подписать окончательный акт", "Sign the final act"), T("Түпкілікті таңдау актісіне қол қойылды және жіберілді", "Окончательный акт выбора подписан и направлен", "Final choice act signed and sent"))
            .Label("agree", T("Актіні келісу", "Согласовать акт", "Agree the act"), T("Өтініш беруші актіні келісті", "Заявитель согласовал акт", "The applicant agreed the act"))
            .Label("waive-fee", T("Тегін", "Бесплатно", "Free of charge"), T("Жер-кадастрлық жоспар тегін дайындалады", "Земельно-кадастровый план изготавливается бесплатно", "The land cadastral plan is prepared free of charge"))
            .Label("agreement-term-passed", T("Келісу мерзімі өтті", "Срок согласования истёк", "Agreement term passed"), T("3 жұмыс күні ішінде келісілмеді және төленбеді", "Не согласовано и не оплачено в течение 3 рабочих дней", "Not agreed and paid within 3 working days"))
            .Label("return-for-cancellation", T("Жоюға қайтару", "Вернуть на аннулирование", "Return for cancellation"), T("Мемлекеттік корпорация актіні жоюға қайтарды", "Госкорпорация вернула акт на аннулирование", "The State Corporation returned the act for cancellation"))
            .Label("submit-plan", T("Жоспарды жіберу", "Направить план", "Send the plan"), T("Жер-кадастрлық жоспар дайындалды", "Земельно-кадастровый план подготовлен", "Land cadastral plan prepared"))
            .Label("approve-plan", T("Жоспарды бекіту", "Утвердить план", "Approve the plan"), T("Жоспар бекітілді, орындаушы тағайындалды", "План утвержден, назначен исполнитель", "Plan approved, executor assigned"))
            .Label("to-land-executor", T("Орындаушыға", "Исполнителю", "To the executor"), T("Жоспар жер қатынастары бөлімінің орындаушысына жіберілді", "План передан исполнителю отдела земельных отношений", "Plan passed to the land-relations executor"))
            .Label("to-akim-office", T("Әкім кеңсесіне", "В канцелярию акима", "To the akim's office"), T("Бекітілген жоспар әкімнің кеңсесіне жіберілді", "Утвержденный план направлен в канцелярию акима", "Approved plan sent to the akim's office"))
            .Label("draft-decision", T("Шешім жобасын дайындау", "Подготовить проект решения", "Draft the decision"), T("Шешім жобасы дайындалды", "Подготовлен проект решения", "Decision drafted"))
            .Label("draft-order", T("Өкім жобасын дайындау", "Подготовить проект распоряжения", "Draft the order"), T("Әкімнің өкімінің жобасы дайындалды", "Подготовлен проект распоряжения акима", "Akim's order drafted"))
            .Label("sign-decision", T("Шешімге қол қою", "Подписать решение", "Sign the decision"), T("Шешімге қол қойылды", "Решение подписано", "Decision signed"))
            .Label("register-decision", T("Тіркеу және жіберу", "Зарегистрировать и направить", "Register and send"), T("Шешім тіркелді және жеке кабинетке жіберілді", "Решение зарегистрировано и направлено в личный кабинет", "Decision registered and sent to the personal cabinet"))
            .Label("right-registered", T("Құқық тіркелді", "Право зарегистрировано", "Right registered"), T("Құқық жер кадастрына енгізілді", "Право внесено в земельный кадастр", "The right was entered in the land cadastre"))
            .Label("plot-not-free", T("Учаске бос емес", "Участок не свободен", "Plot not free"), T("Жер кадастрын қайта тексеру: учаске бос емес", "Повторная проверка по земельному кадастру: участок не свободен", "Land cadastre re-check: the plot is no longer free"))
            .Deadline(DeadlineRule.WorkingDays(28))
            .Build();
    }

    // 003.md App. 1 line 1: the district's akim, or the akim of the town, settlement, village or rural district where the plot lies
    // (which district and settlement follows from the plot drawn on the map, D-511).
    private static readonly FieldOption[] AkimOptions =
    [
        new("district", T("Учаске орналасқан ауданның әкімі", "Аким района по месту нахождения участка", "Akim of the district where the plot lies")),
        new("village", T("Учаске орналасқан қаланың, кенттің, ауылдың, ауылдық округтің әкімі", "Аким города, поселка, села, сельского округа по месту нахождения участка", "Akim of the town, settlement, village or rural district where the plot lies")),
    ];

    /// <summary>003.md Appendix 1, in its order; identity and address come from the state databases (para 4, D-502).</summary>
    public ServiceForm Form => new(
        new FormField("akim", T("Әкімі (өтініш кімге беріледі)", "Акиму (кому подается заявление)", "To the akim of"), FieldType.Choice) { Options = AkimOptions },
        new FormField("plotAddress", T("Жер учаскесінің мекенжайы (орналасқан жері)", "Адрес (местоположение) земельного участка", "Address (location) of the land plot"), FieldType.Text),
        // Issue 14 item 6, D-636: where the place already has an address in the address register, its code; the plot then
        // takes the register's address, as the population and real-estate areas print it.
        new FormField("plotAddressCode", T("Мекенжайдың тіркеу коды (бар болса)", "Регистрационный код адреса (при наличии)", "Address registration code (if any)"), FieldType.Text, Required: false)
        {
            MaxLength = 16,
            Hint = T("Мекенжай тіркелімінде бар болса, 16 цифр.", "16 цифр, если адрес есть в адресном регистре.", "16 digits, when the address is in the address register."),
        },
        new FormField("areaHectares", T("Алаңы, гектар", "Площадь, гектаров", "Area, hectares"), FieldType.Text) { MaxLength = 20 },
        new FormField("purpose", T("Жер учаскесінің нысаналы мақсаты", "Целевое назначение земельного участка", "Intended purpose of the land plot"), FieldType.Text),
        new FormField("rightKind", T("Уақытша жер пайдалану құқығы", "Право временного землепользования", "Right of temporary land use"), FieldType.Choice)
        {
            Options =
            [
                new("temporary-paid", T("Уақытша өтеулі", "Временное возмездное", "Temporary paid")),
                new("temporary-free", T("Уақытша өтеусіз", "Временное безвозмездное", "Temporary free of charge")),
            ],
        },
        new FormField("plot", T("Учаске шекарасы (картада сызылған, GeoJSON)", "Границы участка (нарисованы на карте, GeoJSON)", "Plot boundary (drawn on the map, GeoJSON)"), FieldType.Text)
        {
            MaxLength = 20_000,
            Hint = T("Жер учаскесінің орналасқан жері схемасы (003.md 4-тармақ).", "Схема месторасположения земельного участка (п. 4 Правил).", "The scheme of the plot's location (003.md para 4)."),
        },
        new FormField("exemption", T("Жер-кадастрлық жоспар тегін (жетім бала, ата-анасының қамқорлығынсыз қалған бала, 18 жасқа дейін)", "Земельно-кадастровый план бесплатно (ребенок-сирота, ребенок без попечения родителей, до 18 лет)", "Free land cadastral plan (orphan or child without parental care, under 18)"), FieldType.Choice, Required: false)
        {
            Options =
            [
                new("none", T("Жоқ", "Нет", "No")),
                new("orphan", T("Иә", "Да", "Yes")),
            ],
        },
        new FormField("exemptionProof", T("Мәртебені растайтын құжат (атауы, нөмірі, күні)", "Документ, подтверждающий статус (наименование, номер, дата)", "Document proving the status (name, number, date)"), FieldType.Text)
        {
            ShownWhen = new FieldCondition("exemption", "orphan"),
        },
        new FormField("consent", T("Ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісім беремін", "Согласен на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах", "I consent to the use of information constituting a secret protected by law, contained in information systems"), FieldType.Choice)
        {
            Options = [new("given", T("Келісемін", "Согласен", "I consent"))],
        });

    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        // Everything is checked before anything is written (a refusal here stores nothing).
        var area = AreaOf(form);
        // D-636: a named address code must be in the register (422 naming the field); checked again when the right is recorded.
        if (form.GetValueOrDefault("plotAddressCode") is { Length: > 0 } addressCode)
        {
            await addresses.RequireAsync(addressCode, "plotAddressCode", ct);
        }

        // Issue 13, 003.md para 9 ground 2 (D-511): the land cadastre checks the drawn plot — within a settlement, overlapping
        // no registered plot (named), of the declared area — and refuses it at submission, before anything is stored.
        var plot = form.GetValueOrDefault("plot", "");
        _ = PlotGeometry.Read(plot, "plot");
        var check = await cadastre.CheckRequestedPlotAsync(plot, area, null, ct);
        if (check.Problem is { } problem)
        {
            problem.Fields["plot"] = check.Reason!;
            throw problem;
        }

        var where = LandGrantAreas.For(check.SettlementCode)
            ?? throw new QyzmetException(LandGrantErrors.NotProvidedInSettlement, check.SettlementName)
            {
                Fields = { ["plot"] = LandGrantErrors.NotProvidedInSettlement.Message.With(check.SettlementName) },
            };

        if (Exempt(form))
        {
            await CheckExemptionAsync(applicant, form, ct);
        }

        // 003.md Appendix 1 line 1: the application is addressed to the akim; the akimat's office (or the settlement akim's) registers it.
        return where.Provider(form.GetValueOrDefault("akim") == "village") + "/office";
    }

    /// <summary>003.md para 6 step 4 (D-512): the choice act goes to the parties of the plot's settlement.</summary>
    public async Task<IReadOnlyCollection<string>?> TaskKindsAsync(Application application, ParallelTasks fork, CancellationToken ct) =>
        fork.State == Approvals ? (await WhereAsync(application, ct)).Area.Parties : null;

    /// <summary>The area (district, settlement akim, parties) of the application's plot and whether the settlement's akim decides.</summary>
    private async Task<(LandGrantArea Area, bool SettlementAkim)> WhereAsync(Application app, CancellationToken ct)
    {
        var form = JsonSerializer.Deserialize<Dictionary<string, string>>(app.FormJson) ?? [];
        var settlement = await cadastre.SettlementOfAsync(form.GetValueOrDefault("plot", ""), "plot", ct);
        var area = LandGrantAreas.For(settlement?.Code)
            ?? throw new InvalidOperationException($"{app.Number}: no 003.md area for settlement {settlement?.Code ?? "none"}.");
        return (area, form.GetValueOrDefault("akim") == "village");
    }

    public static decimal AreaOf(IReadOnlyDictionary<string, string> form)
    {
        var text = form.GetValueOrDefault("areaHectares", "").Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area) || area <= 0 || area > 100_000 || decimal.Round(area, 4) != area)
        {
            throw new QyzmetException(LandGrantErrors.AreaInvalid) { Fields = { ["areaHectares"] = LandGrantErrors.AreaInvalid.Message } };
        }

        return area;
    }

    private static bool Exempt(IReadOnlyDictionary<string, string> form) => form.GetValueOrDefault("exemption") == "orphan";

    /// <summary>
    /// Standard item 6: free for orphans and children left without parental care until they turn 18. The age is read from the
    /// population register; the status is proven by the document the applicant names, recorded with the application (D-508).
    /// </summary>
    private async Task CheckExemptionAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.GetValueOrDefault("exemptionProof")))
        {
            throw new QyzmetException(LandGrantErrors.ExemptionProofRequired) { Fields = { ["exemptionProof"] = LandGrantErrors.ExemptionProofRequired.Message } };
        }

        var birth = applicant.IsLegalEntity ? (DateOnly?)null
            : await db.People.AsNoTracking().Where(p => p.Iin == applicant.Id).Select(p => (DateOnly?)p.BirthDate).SingleOrDefaultAsync(ct);
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        if (birth is not { } born || born.AddYears(18) <= today)
        {
            var shown = birth?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";
            throw new QyzmetException(LandGrantErrors.ExemptionNotApplicable, shown)
            {
                Fields = { ["exemption"] = new LocalizedText(LandGrantErrors.ExemptionNotApplicable.Message.Kk.Replace("{0}", shown, StringComparison.Ordinal),
                    LandGrantErrors.ExemptionNotApplicable.Message.Ru.Replace("{0}", shown, StringComparison.Ordinal),
                    LandGrantErrors.ExemptionNotApplicable.Message.En.Replace("{0}", shown, StringComparison.Ordinal)) },
            };
        }
    }

    /// <summary>Who holds the case in each state (003.md §4.1 actors): the desk whose staff act next.</summary>
    private static string UnitFor(string status, LandGrantArea area, bool settlementAkim)
    {
        var provider = area.Provider(settlementAkim);
        return status switch
        {
            Registration or DecisionRegistration or RightRegistration or OrderDrafting => provider + "/office",
            ManagementReview or DecisionSigning or PlotTakenRefusalSigning or PlotTakenHearing => provider + (settlementAkim ? "/akim" : "/management"),
            PlanPreparation => area.StateCorporation,
            PlanApproval or PlanApproved or DecisionDrafting => area.LandRelations,
            // D-513: the refusal is drafted where the decision was (the akim's office in the akim variant).
            PlotTakenRefusalDrafting => settlementAkim ? provider + "/office" : area.LandRelations,
            Granted or Refused or ReturnedForCancellation => "",
            _ => area.Architecture,
        };
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var (area, settlementAkim) = await WhereAsync(app, ct);
        if (UnitFor(app.Status, area, settlementAkim) is { Length: > 0 } unit)
        {
            app.UnitId = unit;
        }

        switch (app.Status)
        {
            case AwaitingAgreement:
                await IssueFinalActAsync(ctx, area, ct);
                break;
            case AwaitingPayment when Exempt(ctx.Form):
                {
                    // Standard item 6 (D-709): the exemption is claimed with the proof the applicant named; no invoice is issued
                    // until staff of the unit check it: accepted, "waive-fee" fires; rejected, the listed price is invoiced.
                    var window = await PaymentWindowAsync(app, ct);
                    ctx.Payments.ClaimExemption(app, await fees.PriceTodayAsync(PlanPriceCode, null, ct), PlanPurpose, window, "waive-fee",
                        "orphan", ctx.Form.GetValueOrDefault("exemptionProof") ?? "");
                    break;
                }

            case AwaitingPayment:
                {
                    var window = await PaymentWindowAsync(app, ct);
                    // Standard item 6: the price of para 28 in force on the payment date (D-707).
                    ctx.Payments.RequestAmount(app, await fees.PriceTodayAsync(PlanPriceCode, null, ct), PlanPurpose, window, "return-for-cancellation");
                    break;
                }

            case PlanPreparation:
                // Standard item 3: Stage 2 has its own 18 working days, from the agreement and payment (D-506).
                await CancelTimersAsync(app, ct);
                var calendar = await calendars.GetAsync(ct);
                app.DueOn = calendar.Compute(time.GetUtcNow(), DeadlineRule.WorkingDays(18)).DueDate;
                break;
            case PlanApproved:
                // 003.md para 6 Stage 2 step 3 variant: for a settlement/village akim the approved plan goes to the provider's office.
                await ctx.FireAsync(settlementAkim ? "to-akim-office" : "to-land-executor", null, ct);
                break;
            case RightRegistration:
                await RecheckPlotAsync(ctx, area, ct);
                break;
            case Granted:
                await GrantAsync(ctx, area, settlementAkim, ct);
                break;
            case Refused:
                await IssueRefusalAsync(ctx, area, ct);
                break;
            case ReturnedForCancellation:
                app.OutcomeReasonJson = JsonSerializer.Serialize(LandGrantTexts.ReturnedForCancellation);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    T($"№ {app.Number}: таңдау актісі жоюға қайтарылды", $"№ {app.Number}: акт выбора возвращен на аннулирование", $"{app.Number}: choice act returned for cancellation"),
                    LandGrantTexts.ReturnedForCancellation, sms: false, ct);
                break;
            default:
                break;
        }
    }

    private async Task CancelTimersAsync(Application app, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var timer in await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null
            && (t.Trigger == "agreement-term-passed" || t.Trigger == "return-for-cancellation")).ToListAsync(ct))
        {
            timer.CanceledAt = now;
        }
    }

    /// <summary>
    /// 003.md para 6 Stage 1 steps 7–8: the head signs the final choice act, which goes to the cabinet with the State Corporation's
    /// invoice; the applicant agrees and pays within 3 WD; the unagreed act is valid 10 WD (D-505).
    /// </summary>
    private async Task IssueFinalActAsync(CaseContext ctx, LandGrantArea area, CancellationToken ct)
    {
        var app = ctx.Application;
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var agreeBy = calendar.Compute(now, DeadlineRule.WorkingDays(3)).DueDate;
        var validUntil = calendar.Compute(now, DeadlineRule.WorkingDays(10)).DueDate;
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = "agreement-term-passed", DueAt = EndOf(agreeBy) });
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = "return-for-cancellation", DueAt = EndOf(validUntil) });
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.ApplicationId == app.Id && t.Status == CaseTaskStatus.Done).OrderBy(t => t.Kind).ToListAsync(ct);
        var fork = Procedure.ForkAt(Approvals)!;
        var blocks = Common(ctx, await AddressAsync(ctx.Form, ct));
        blocks.AddRange(tasks.Select(t => (DocumentBlock)new DocumentField(Bi(fork.Spec(t.Kind).Label),
            Bi(fork.Spec(t.Kind).Outcomes.First(o => o.Name == t.Outcome).Label))));
        blocks.Add(new DocumentField(new("Келісу және төлеу мерзімі", "Срок согласования и оплаты"), BilingualText.Same(agreeBy.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))));
        blocks.Add(new DocumentField(new("Акт жарамды", "Акт действителен до"), BilingualText.Same(validUntil.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))));
        blocks.Add(new DocumentField(new("Жер-кадастрлық жоспарға шот", "Счет на земельно-кадастровый план"),
            Exempt(ctx.Form) ? new("Тегін (Стандарттың 6-тармағы)", "Бесплатно (пункт 6 Стандарта)") : BilingualText.Same(DocumentTexts.Number((await fees.PriceTodayAsync(PlanPriceCode, null, ct)).Amount, "#,0.00") + " ₸")));
        await IssueAsync(ctx, area.Architecture, "land.final-choice-act", new("ТҮПКІЛІКТІ ТАҢДАУ АКТІСІ", "ОКОНЧАТЕЛЬНЫЙ АКТ ВЫБОРА"),
            new("Жер учаскесін таңдау", "Выбор земельного участка"), blocks, ctx.Process.ActorId, ct);
    }

    private async Task IssueRefusalAsync(CaseContext ctx, LandGrantArea area, CancellationToken ct)
    {
        var reason = ctx.Application.OutcomeReasonJson is { } json ? JsonSerializer.Deserialize<LocalizedText>(json) : null;
        var blocks = Common(ctx, await AddressAsync(ctx.Form, ct));
        blocks.Add(new DocumentParagraph(reason is null ? new("—", "—") : Bi(reason)));
        // 003.md para 6 step 7: the head of the architecture department signs the reasoned refusal; in Stage 2 (D-513) the
        // head who signs decisions (management, or the settlement's akim) signs it: the unit of the head who refused.
        var head = ctx.Process.ActorRole == Roles.ProviderHead;
        var unit = head && ctx.Process.UnitId is { Length: > 0 } own ? own : area.Architecture;
        await IssueAsync(ctx, unit, "land.refusal", new("УӘЖДІ БАС ТАРТУ", "МОТИВИРОВАННЫЙ ОТКАЗ"),
            new("Мемлекеттік қызмет көрсетуден бас тарту", "Отказ в оказании государственной услуги"), blocks,
            head ? ctx.Process.ActorId : null, ct, await IssuerAsync(unit, ct));
    }

    /// <summary>The provider a unit belongs to, as a document's issuer.</summary>
    private async Task<BilingualText> IssuerAsync(string unit, CancellationToken ct)
    {
        var root = await db.ProviderUnits.AsNoTracking().Where(u => u.Id == UnitStaffing.RootOf(unit)).Select(u => new { u.NameKk, u.NameRu }).SingleAsync(ct);
        return new BilingualText(root.NameKk, root.NameRu);
    }

    /// <summary>
    /// 003.md para 6 Stage 2 step 5 and para 9 ground 2 (D-513): the decision creates the right when the office registers it, so
    /// the land cadastre checks the plot again here — it may have been granted to someone else since the application was
    /// checked. Free → the right is entered; taken (or no longer within the settlement) → the refusal is drafted, naming the plot,
    /// and nothing is written to the cadastre. The area checked is the boundary's own: the land cadastral plan surveys it.
    /// </summary>
    private async Task RecheckPlotAsync(CaseContext ctx, LandGrantArea area, CancellationToken ct)
    {
        var plot = ctx.Form["plot"];
        var check = await cadastre.CheckRequestedPlotAsync(plot, PlanAreaOf(plot), area.SettlementCode, ct);
        if (check.Reason is not { } reason)
        {
            await ctx.FireAsync("right-registered", "land cadastre re-check: the plot is free", ct);
            return;
        }

        var app = ctx.Application;
        await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
            T($"№ {app.Number}: учаске бос емес", $"№ {app.Number}: участок не свободен", $"{app.Number}: the plot is no longer free"),
            reason, sms: false, ct);
        await ctx.FireAsync("plot-not-free", reason.En, ct);
    }

    /// <summary>The area of the plot's boundary in hectares, to 4 decimals: the area the land cadastral plan states.</summary>
    private static decimal PlanAreaOf(string plot) => decimal.Round((decimal)PlotGeometry.Read(plot, "plot").AreaSquareMetres / 10_000m, 4);

    /// <summary>
    /// 003.md para 6 Stage 2 steps 4–5 and Standard item 5: the decision signed by management (the akim's order in the variant),
    /// registered and sent by the office; it creates the right in the land cadastre, visible at once in the 002.md services.
    /// </summary>
    private async Task GrantAsync(CaseContext ctx, LandGrantArea area, bool settlementAkim, CancellationToken ct)
    {
        var app = ctx.Application;
        var f = ctx.Form;
        var signingUnit = UnitFor(DecisionSigning, area, settlementAkim);
        var signer = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == app.Id && e.Trigger == "sign-decision")
            .OrderByDescending(e => e.Id).Select(e => e.ActorId).FirstOrDefaultAsync(ct);
        var issuer = await IssuerAsync(signingUnit, ct);
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var decisionKind = settlementAkim
            ? new LocalizedText("Әкімнің жер учаскесіне құқық беру туралы өкімі", "Распоряжение акима о предоставлении права на земельный участок", "Akim's order granting the right to a land plot")
            : new LocalizedText("Жер учаскесіне құқық беру туралы шешім", "Решение о предоставлении права на земельный участок", "Decision granting the right to a land plot");
        // Issue 13: the decision creates the right in the land cadastre, visible at once in the four 002.md services.
        var cadastral = await cadastre.RecordGrantedRightAsync(new GrantedRight(
            BoundaryGeoJson: f["plot"],
            AreaHectares: PlanAreaOf(f["plot"]),
            SettlementCode: area.SettlementCode,
            RightKind: f.GetValueOrDefault("rightKind") == "temporary-free" ? LandRightKinds.TemporaryFreeUse : LandRightKinds.TemporaryPaidUse,
            Until: today.AddYears(TemporaryUseYears).AddDays(-1),
            Since: today,
            Holders: [new GrantedHolder(app.ApplicantId, app.ApplicantName, 100m)],
            Purpose: Same(f.GetValueOrDefault("purpose", "")),
            Address: Same(f.GetValueOrDefault("plotAddress", "")),
            Decision: new GrantedDocument(app.Number, today, decisionKind, new LocalizedText(issuer.Kk, issuer.Ru, issuer.Ru)),
            IdentificationDocument: await PlanDocumentAsync(app, area, today, ct),
            AddressCode: f.GetValueOrDefault("plotAddressCode") is { Length: > 0 } code ? code : null), ctx.Process, ct);
        var blocks = Common(ctx, await AddressAsync(ctx.Form, ct));
        blocks.Insert(0, new DocumentField(new("Кадастрлық нөмірі", "Кадастровый номер"), BilingualText.Same(cadastral)));
        blocks.Add(new DocumentField(new("Құқық мерзімі", "Срок права"),
            BilingualText.Same(today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " – " + today.AddYears(TemporaryUseYears).AddDays(-1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))));
        blocks.Add(new DocumentParagraph(new("Жер-кадастрлық жоспар қоса беріледі.", "Земельно-кадастровый план прилагается.")));
        await IssueAsync(ctx, signingUnit, "land.grant-decision",
            settlementAkim ? new("ӘКІМНІҢ ӨКІМІ", "РАСПОРЯЖЕНИЕ АКИМА") : new("ШЕШІМ", "РЕШЕНИЕ"),
            new("Жер учаскесіне уақытша жер пайдалану құқығын беру туралы", "О предоставлении права временного землепользования на земельный участок"),
            blocks, signer, ct, issuer);
    }

    private static LocalizedText Same(string text) => new(text, text, text);

    /// <summary>
    /// The land cadastral plan the State Corporation prepared and the land-relations head approved (Stage 2 steps 1–2): it holds
    /// the plot's identification characteristics (003.md §2.1 term 5), so the cadastre records it as the plot's identification
    /// document (D-516), dated the day it was approved.
    /// </summary>
    private async Task<GrantedDocument> PlanDocumentAsync(Application app, LandGrantArea area, DateOnly today, CancellationToken ct)
    {
        var approvedAt = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == app.Id && e.Trigger == "approve-plan")
            .OrderByDescending(e => e.Id).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(ct);
        var corporation = await db.ProviderUnits.AsNoTracking().Where(u => u.Id == area.StateCorporation).Select(u => new { u.NameKk, u.NameRu }).SingleAsync(ct);
        return new GrantedDocument(app.Number + "-ЖКЖ", approvedAt is { } at ? AlmatyTime.LocalDate(new DateTimeOffset(at, TimeSpan.Zero)) : today,
            new LocalizedText("Жер-кадастрлық жоспар", "Земельно-кадастровый план", "Land cadastral plan"),
            new LocalizedText(corporation.NameKk, corporation.NameRu, corporation.NameRu));
    }

    /// <summary>The plot's address as the documents print it: the register's when the form names a code (D-636), else as typed.</summary>
    private async Task<BilingualText> AddressAsync(IReadOnlyDictionary<string, string> f, CancellationToken ct) =>
        f.GetValueOrDefault("plotAddressCode") is { Length: > 0 } code && await addresses.FindAsync(code, ct) is { } address
            ? address.Text
            : BilingualText.Same(f.GetValueOrDefault("plotAddress", ""));

    private static List<DocumentBlock> Common(CaseContext ctx, BilingualText address)
    {
        var f = ctx.Form;
        var kind = f.GetValueOrDefault("rightKind") == "temporary-free"
            ? new BilingualText("Уақытша өтеусіз жер пайдалану", "Временное безвозмездное землепользование")
            : new BilingualText("Уақытша өтеулі жер пайдалану", "Временное возмездное землепользование");
        return
        [
            new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(ctx.Application.Number)),
            new DocumentField(new("Көрсетілетін қызметті алушы", "Услугополучатель"), BilingualText.Same(ctx.Application.ApplicantName + ", " + ctx.Application.ApplicantId)),
            new DocumentField(new("Жер учаскесінің мекенжайы", "Адрес земельного участка"), address),
            new DocumentField(new("Алаңы", "Площадь"), BilingualText.Same(DocumentTexts.Number(AreaOf(f), "0.0000") + " га")),
            new DocumentField(new("Нысаналы мақсаты", "Целевое назначение"), BilingualText.Same(f.GetValueOrDefault("purpose", ""))),
            new DocumentField(new("Құқық түрі", "Вид права"), kind),
        ];
    }

    private async Task IssueAsync(CaseContext ctx, string unit, string kind, BilingualText title, BilingualText heading, List<DocumentBlock> blocks, string? signer, CancellationToken ct,
        BilingualText? issuer = null)
    {
        var content = new DocumentContent
        {
            Issuer = [issuer ?? await IssuerAsync(unit, ct)],
            Title = title,
            DocumentNumber = "",
            IssuedAt = ctx.Time.GetUtcNow(),
            Sections = [new DocumentSection(heading, blocks)],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = blocks.OfType<DocumentField>().Select(b => new StatementRow(b.Label, b.Value)).ToList();
        statement.Insert(0, new StatementRow(new BilingualText("Құжат", "Документ"), title));
        await ctx.Documents.IssueAsync(ctx.Application, new ResultSigning(unit, signer), kind, ctx.Application.ApplicantId, content, statement, duplicate: false, ct);
    }

    private static BilingualText Bi(LocalizedText text) => new(text.Kk, text.Ru);

    private static DateTime EndOf(DateOnly day) => AlmatyTime.FromLocal(day.AddDays(1), TimeOnly.MinValue).UtcDateTime;
}
