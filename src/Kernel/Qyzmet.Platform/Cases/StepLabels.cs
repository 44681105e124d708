using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// What a person reads for a trigger or a history step: <see cref="Action"/> is the verb on the button that fires
/// it ("Бас тарту" / "Отказать"), <see cref="Done"/> the line in the application's history ("Бас тартылды" / "Отказано").
/// Pages render only declared labels, never the trigger name (issue 11).
/// </summary>
public sealed record StepLabel(LocalizedText Action, LocalizedText Done);

/// <summary>
/// Labels of the triggers and history steps the platform's shared capabilities use in every procedure (submission,
/// attachments, payment, timers, refusals of 000.md para 4 and para 5-1, automated issuance). A procedure declares
/// its own triggers' labels next to its transitions (<see cref="ProcedureBuilder.Label"/>).
/// </summary>
public static class CommonSteps
{
    public const string Submit = "submit";
    public const string Attach = "attach";
    public const string Objection = "objection";

    public static readonly IReadOnlyDictionary<string, StepLabel> Labels = new Dictionary<string, StepLabel>
    {
        [Submit] = new(new("Өтініш беру", "Подать заявление", "Submit the application"), new("Өтініш берілді", "Заявление подано", "Application submitted")),
        [Attach] = new(new("Файл қосу", "Добавить файл", "Attach a file"), new("Файл қосылды", "Добавлен файл", "File attached")),
        [Objection] = new(new("Қарсылық білдіру", "Представить возражение", "Object"), new("Өтініш беруші қарсылық білдірді", "Заявитель представил возражение", "The applicant objected")),
        ["pay"] = new(new("Төлеу", "Оплатить", "Pay"), new("Төленді", "Оплачено", "Paid")),
        ["expire"] = new(new("Мерзімін өткізу", "Закрыть по сроку", "Close as expired"), new("Мерзімі өтті", "Срок истёк", "Expired")),
        ["request-payment"] = new(new("Төлемді ұсыну", "Предложить оплату", "Request payment"), new("Мемлекеттік баж төлеу ұсынылды", "Предложена оплата госпошлины", "State duty requested")),
        ["issue"] = new(new("Нәтижені беру", "Выдать результат", "Issue the result"), new("Нәтиже берілді", "Результат выдан", "Result issued")),
        [RefusalTriggers.Refuse] = new(new("Бас тарту", "Отказать", "Refuse"), new("Бас тартылды", "Отказано", "Refused")),
        [RefusalTriggers.StopConsideration] = new(
            new("Одан әрі қараудан бас тарту", "Отказать в дальнейшем рассмотрении", "Refuse further consideration"),
            new("Одан әрі қараудан бас тартылды", "Отказано в дальнейшем рассмотрении", "Further consideration refused")),
        [RefusalTriggers.PreliminaryRefusal] = new(
            new("Бас тарту туралы алдын ала шешім шығару", "Вынести предварительное решение об отказе", "Issue a preliminary refusal"),
            new("Бас тарту туралы алдын ала шешім шығарылды", "Вынесено предварительное решение об отказе", "Preliminary refusal issued")),
        [RefusalTriggers.HearingProvide] = new(
            new("Тыңдаудан кейін қызметті көрсету", "По итогам заслушивания оказать услугу", "Provide the service after the hearing"),
            new("Тыңдау қорытындысы: қызмет көрсетіледі", "По итогам заслушивания: услуга будет оказана", "After the hearing: the service will be provided")),
        [RefusalTriggers.HearingRefuse] = new(
            new("Тыңдаудан кейін бас тарту", "По итогам заслушивания отказать", "Refuse after the hearing"),
            new("Тыңдау қорытындысы: бас тартылды", "По итогам заслушивания: отказано", "After the hearing: refused")),
    };
}
