using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;

namespace Qyzmet.CivilRegistry.Features.DuplicateCertificate;

internal static class DuplicateTexts
{
    public static readonly LocalizedText PaymentPurpose = new(
        "Қайталама куәлік үшін мемлекеттік баж (1 АЕК)",
        "Государственная пошлина за повторное свидетельство (1 МРП)",
        "State duty for a duplicate certificate (1 MCI)");

    /// <summary>001a.md §3.4 item 7.</summary>
    public static readonly LocalizedText ExpiredMessage = new(
        "Мемлекеттік баж 24 сағат ішінде төленбегендіктен сұраудың мерзімі өтті. Сіз жаңа сұрау жібере аласыз.",
        "Срок запроса истёк: государственная пошлина не оплачена в течение 24 часов. Вы можете подать новый запрос.",
        "The request expired because the state duty was not paid within 24 hours. You may submit a new request.");

    /// <summary>What the collection appointment is (001a.md §3.1 result (b): collected at the place of application).</summary>
    public static readonly LocalizedText CollectionWhat = new(
        "Қайталама куәлікті алу (жұмыс күндері 09:00–18:00, жеке басыңызды куәландыратын құжатпен)",
        "Получение повторного свидетельства (в рабочие дни с 09:00 до 18:00, с документом, удостоверяющим личность)",
        "Collecting the duplicate (working days 09:00–18:00, with your identity document)");

    public static readonly LocalizedText DeskRefusal = new(
        "АХАЖ бөлімі акт жазбасын растай алмады.",
        "Отдел ЗАГС не смог подтвердить актовую запись.",
        "The registry office could not confirm the act record.");

    public static BilingualText KindName(string kind) => kind switch
    {
        CivilActKind.Birth => new("туу туралы куәлікті", "свидетельства о рождении"),
        CivilActKind.Marriage => new("неке қию туралы куәлікті", "свидетельства о заключении брака"),
        CivilActKind.Divorce => new("некені бұзу туралы куәлікті", "свидетельства о расторжении брака"),
        CivilActKind.Paternity => new("әке болуды анықтау туралы куәлікті", "свидетельства об установлении отцовства"),
        CivilActKind.Adoption => new("бала асырап алу туралы куәлікті", "свидетельства об усыновлении (удочерении)"),
        _ => new("тегін, атын, әкесінің атын ауыстыру туралы куәлікті", "свидетельства о перемене фамилии, имени, отчества"),
    };

    /// <summary>
    /// 001a.md §6.4: the notice that the request was accepted, bilingual (kk then ru) in every language of the cabinet,
    /// with the applicant, the application date, the request number, "paper form" and the territorial justice body.
    /// </summary>
    public static LocalizedText AcceptedNotice(Application app, BilingualText kind, (string Kk, string Ru) office, DateOnly today)
    {
        var date = SubmittedOn(app);
        var who = ApplicantWithYear(app);
        var kk = $"ХАБАРЛАМА. {who} {kind.Kk} қайта беруге {date} ж. «электрондық үкімет» порталы арқылы арыз жолдағандығы туралы және біз Сіздің № {app.Number} сауалыңызды өңдеуге қабыл алғандығымыз туралы. Қызмет қағаз түрінде көрсетіледі. {office.Kk}, {DuplicateCertificateService.Date(today)} ж.";
        var ru = $"УВЕДОМЛЕНИЕ. О том, что {who} отправил(а) заявку на повторную выдачу {kind.Ru} через портал «электронного правительства» {date} г., и в том, что мы приняли Ваш запрос под № {app.Number} на обработку. Услуга будет оказана в бумажном виде. {office.Ru}, {DuplicateCertificateService.Date(today)} г.";
        var both = kk + "\n\n" + ru;
        return new LocalizedText(both, ru + "\n\n" + kk, $"NOTICE. Your request No. {app.Number} was accepted for processing; the duplicate will be provided in paper form by {office.Ru}.\n\n{both}");
    }

    /// <summary>The application date in Almaty time, dd.MM.yyyy.</summary>
    public static string SubmittedOn(Application app) =>
        DuplicateCertificateService.Date(Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(app.SubmittedAt, DateTimeKind.Utc))));

    /// <summary>001a.md §6.4 field 5: full name and year of birth (the year from the IIN).</summary>
    public static string ApplicantWithYear(Application app) =>
        Qyzmet.Kernel.Identifiers.Iin.TryParse(app.ApplicantId, out var iin, out _) ? $"{app.ApplicantName}, {iin.BirthDate.Year}" : app.ApplicantName;

    /// <summary>Where and when to collect the paper duplicate (001a.md §3.1 result (b): at the place of application).</summary>
    public static LocalizedText CollectionNotice((string Kk, string Ru) office, DateOnly from, string? note)
    {
        var extra = string.IsNullOrWhiteSpace(note) ? "" : " " + note.Trim();
        var d = DuplicateCertificateService.Date(from);
        return new(
            $"Қайталама куәлікті {d} ж. бастап жұмыс күндері 09:00–18:00 аралығында мына жерден алыңыз: {office.Kk}. Жеке басыңызды куәландыратын құжатты алып жүріңіз.{extra}",
            $"Повторное свидетельство можно получить с {d} г. в рабочие дни с 09:00 до 18:00: {office.Ru}. При себе иметь документ, удостоверяющий личность.{extra}",
            $"Collect the duplicate from {d} on working days, 09:00–18:00, at: {office.Ru}. Bring your identity document.{extra}");
    }

    /// <summary>001a.md §3.1 refusal ground 3 (process 9), per kind.</summary>
    public static LocalizedText DataAbsent(string kind) => kind switch
    {
        CivilActKind.Paternity => new(
            "Көрсетілген туған күні бар бала туралы әке болуды анықтау актісі АХАЖ АЖ-да табылмады (сіз бала, әкесі немесе анасы болуыңыз керек). Баланың туған күнін тексеріңіз.",
            "Запись акта об установлении отцовства в отношении ребёнка с указанной датой рождения в ИС ЗАГС не найдена (вы должны быть ребёнком, отцом или матерью). Проверьте дату рождения ребёнка.",
            "No paternity record for a child born on that date, with you as the child, father or mother, is in the civil registry. Check the child's date of birth."),
        CivilActKind.Adoption => new(
            "Көрсетілген туған күні бар бала туралы асырап алу актісі АХАЖ АЖ-да табылмады (сіз бала немесе асырап алушы болуыңыз керек). Баланың туған күнін тексеріңіз.",
            "Запись акта об усыновлении ребёнка с указанной датой рождения в ИС ЗАГС не найдена (вы должны быть ребёнком или усыновителем). Проверьте дату рождения ребёнка.",
            "No adoption record for a child born on that date, with you as the child or an adoptive parent, is in the civil registry. Check the child's date of birth."),
        _ => IssueStatusReference.StatusReferenceTexts.DataAbsent(kind),
    };
}
