using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Monitoring;

/// <summary>Error codes of monitoring and the quality questionnaire (prefix MON-). Published in docs/error-codes.md.</summary>
public static class MonitoringErrors
{
    public static readonly ErrorCode PeriodInvalid = new("MON-0001", 400, new(
        "«{0}» өрісі: кезең дұрыс емес. Күндерді ЖЖЖЖ-АА-КК түрінде беріңіз, басы соңынан кеш болмасын, кезең {1} күннен аспасын.",
        "Поле «{0}»: неверный период. Укажите даты в виде ГГГГ-ММ-ДД, начало не позже конца, период не длиннее {1} дней.",
        "Field '{0}': the period is not valid. Give dates as YYYY-MM-DD, the start not after the end, at most {1} days."));

    public static readonly ErrorCode MonitoringOnly = new("MON-0002", 403, new(
        "Мониторинг тек мониторинг қызметкеріне және әкімшіге қолжетімді.",
        "Мониторинг доступен только сотруднику мониторинга и администратору.",
        "Monitoring is open only to monitoring staff and administrators."));

    public static readonly ErrorCode QuestionnaireAnswered = new("MON-0003", 409, new(
        "«{0}» өтініші бойынша сауалнамаға жауап берілді; әр өтініш бойынша бір рет жауап беріледі.",
        "На анкету по заявлению «{0}» уже ответили; отвечают один раз на заявление.",
        "The questionnaire for application '{0}' has been answered; it is answered once per application."));

    public static readonly ErrorCode QuestionnaireNotOpen = new("MON-0004", 409, new(
        "«{0}» өтініші бойынша сауалнама нәтиже шыққаннан кейін ұсынылады.",
        "Анкета по заявлению «{0}» предлагается после результата.",
        "The questionnaire for application '{0}' is offered once there is a result."));

    public static readonly ErrorCode AnswerInvalid = new("MON-0005", 400, new(
        "«{0}» өрісі: 1, 2 немесе 3 жауабын таңдаңыз.",
        "Поле «{0}»: выберите ответ 1, 2 или 3.",
        "Field '{0}': choose answer 1, 2 or 3."));

    public static readonly ErrorCode QuestionnaireApplicantOnly = new("MON-0006", 403, new(
        "Сауалнамаға қызметті алушы ғана жауап береді.",
        "На анкету отвечает только услугополучатель.",
        "Only the applicant answers the questionnaire."));

    public static readonly ErrorCode ExportKindInvalid = new("MON-0007", 400, new(
        "«kind» өрісі: рұқсат етілген мәндер: {0}.",
        "Поле «kind»: допустимые значения: {0}.",
        "Field 'kind': allowed values: {0}."));
}
