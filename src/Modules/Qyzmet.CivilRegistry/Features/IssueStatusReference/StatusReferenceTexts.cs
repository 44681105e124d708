using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Text;

namespace Qyzmet.CivilRegistry.Features.IssueStatusReference;

internal static class StatusReferenceTexts
{
    public static readonly LocalizedText PaymentPurpose = new(
        "АХАЖ анықтамасы үшін мемлекеттік баж (АЕК-тің 30%)",
        "Государственная пошлина за справку ЗАГС (30% МРП)",
        "State duty for a civil-status reference (30% of the MCI)");

    /// <summary>001a.md §3.4 item 7: the request expired, and the applicant may submit a new one.</summary>
    public static readonly LocalizedText ExpiredMessage = new(
        "Мемлекеттік баж 24 сағат ішінде төленбегендіктен сұраудың мерзімі өтті. Сіз жаңа сұрау жібере аласыз.",
        "Срок запроса истёк: государственная пошлина не оплачена в течение 24 часов. Вы можете подать новый запрос.",
        "The request expired because the state duty was not paid within 24 hours. You may submit a new request.");

    /// <summary>001a.md §3.3 refusal ground 3 (process 9): the requested data are absent in the civil registry.</summary>
    public static LocalizedText DataAbsent(string kind) => kind switch
    {
        CivilActKind.Birth => new(
            "Көрсетілген туған күні бойынша сіздің тууыңыз туралы акт жазбасы АХАЖ АЖ-да табылмады. Туған күнді тексеріп, қайта жіберіңіз немесе АХАЖ органына хабарласыңыз.",
            "Запись акта о вашем рождении с указанной датой рождения в ИС ЗАГС не найдена. Проверьте дату и отправьте снова или обратитесь в орган ЗАГС.",
            "No birth record for you with that date of birth is in the civil registry. Check the date and try again, or contact a civil registry office."),
        CivilActKind.Marriage => new(
            "Көрсетілген күні тіркелген некеңіз туралы акт жазбасы АХАЖ АЖ-да табылмады. Неке күнін тексеріңіз.",
            "Запись акта о вашем браке, заключённом в указанную дату, в ИС ЗАГС не найдена. Проверьте дату брака.",
            "No marriage record of yours registered on that date is in the civil registry. Check the date of marriage."),
        CivilActKind.Divorce => new(
            "Көрсетілген күні қиылған некені бұзу туралы акт жазбасы АХАЖ АЖ-да табылмады. Неке қию күнін тексеріңіз.",
            "Запись акта о расторжении брака, заключённого в указанную дату, в ИС ЗАГС не найдена. Проверьте дату заключения брака.",
            "No divorce record for a marriage registered on that date is in the civil registry. Check the date of the marriage."),
        _ => new(
            "Көрсетілген бұрынғы тегі бойынша тегін, атын, әкесінің атын ауыстыру туралы акт жазбасы АХАЖ АЖ-да табылмады.",
            "Запись акта о перемене фамилии, имени, отчества с указанной прежней фамилией в ИС ЗАГС не найдена.",
            "No change-of-name record with that former surname is in the civil registry."),
    };
}
