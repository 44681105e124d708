using Qyzmet.Kernel.Text;

namespace Qyzmet.Land.Features.ProvideLandInformation;

internal static class LandTexts
{
    // 002.md §4.2 Process 8: refusal because the requested data is absent in the land cadastre AIS.
    public static LocalizedText PlotNotFound(string number) => new(
        $"{number} кадастрлық нөмірі бар жер учаскесі мемлекеттік жер кадастрында табылмады. Нөмірді тексеріңіз немесе оны «Жер учаскесінің тиесілігі туралы ақпарат» қызметі арқылы біліңіз.",
        $"Земельный участок с кадастровым номером {number} не найден в государственном земельном кадастре. Проверьте номер или узнайте его через услугу «Информация о принадлежности земельного участка».",
        $"No land plot with cadastral number {number} is in the state land cadastre. Check the number, or find it through the ownership information service.");

    public static LocalizedText NoIdentificationRecord(string number) => new(
        $"{number} жер учаскесіне сәйкестендіру құжатын дайындау туралы мәліметтер жоқ.",
        $"Сведений о подготовке идентификационного документа на земельный участок {number} нет.",
        $"There is no record of an identification document being prepared for plot {number}.");

    public static LocalizedText NoTitleRecord(string number) => new(
        $"{number} жер учаскесіне құқықтың алғаш берілуі туралы құқық белгілейтін құжат жөнінде мәліметтер жоқ.",
        $"Сведений о правоустанавливающем документе первичного предоставления права на земельный участок {number} нет.",
        $"There is no record of the title document under which rights to plot {number} were first granted.");

    public static LocalizedText NoPlotsHeld(string applicant) => new(
        $"{applicant} ЖСН/БСН бойынша мемлекеттік жер кадастрында жер учаскелері тіркелмеген.",
        $"За ИИН/БИН {applicant} в государственном земельном кадастре земельные участки не зарегистрированы.",
        $"No land plots are registered in the state land cadastre for IIN/BIN {applicant}.");
}
