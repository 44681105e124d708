using Qyzmet.Kernel.Text;

namespace Qyzmet.CivilRegistry.Domain;

/// <summary>
/// The fields of an act record as the registry office reads them (001a.md §6.5.4 field names), in display order.
/// Fields in two languages (office, place of birth) are one entry shown in the reader's language; the record's
/// id and region code are not shown (issue 11: no internal ids, no English on the desk).
/// </summary>
public static class CivilActFields
{
    public sealed record Field(string Property, LocalizedText Label, string? RussianProperty = null);

    /// <summary>Properties of <see cref="CivilAct"/> not shown to a person.</summary>
    public static readonly string[] Hidden = [nameof(CivilAct.Id), nameof(CivilAct.RegionCode), nameof(CivilAct.Kind)];

    public static readonly IReadOnlyList<Field> All =
    [
        new(nameof(CivilAct.ActNumber), new("Акт нөмірі", "Номер актовой записи", "Act number")),
        new(nameof(CivilAct.ActDate), new("Акт күні", "Дата актовой записи", "Act date")),
        new(nameof(CivilAct.OfficeKk), new("Тіркеген орган", "Орган регистрации", "Registered by"), nameof(CivilAct.OfficeRu)),
        new(nameof(CivilAct.SubjectIin), new("ЖСН", "ИИН", "IIN")),
        new(nameof(CivilAct.SubjectName), new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name")),
        new(nameof(CivilAct.SubjectBirthDate), new("Туған күні", "Дата рождения", "Date of birth")),
        new(nameof(CivilAct.BirthPlaceKk), new("Туған жері", "Место рождения", "Place of birth"), nameof(CivilAct.BirthPlaceRu)),
        new(nameof(CivilAct.FatherName), new("Әкесі", "Отец", "Father")),
        new(nameof(CivilAct.FatherIin), new("Әкесінің ЖСН-і", "ИИН отца", "Father's IIN")),
        new(nameof(CivilAct.MotherName), new("Анасы", "Мать", "Mother")),
        new(nameof(CivilAct.MotherIin), new("Анасының ЖСН-і", "ИИН матери", "Mother's IIN")),
        new(nameof(CivilAct.HusbandName), new("Күйеуі", "Муж", "Husband")),
        new(nameof(CivilAct.HusbandIin), new("Күйеуінің ЖСН-і", "ИИН мужа", "Husband's IIN")),
        new(nameof(CivilAct.HusbandBirthDate), new("Күйеуінің туған күні", "Дата рождения мужа", "Husband's date of birth")),
        new(nameof(CivilAct.HusbandSurnameAfter), new("Күйеуінің некеден кейінгі тегі", "Фамилия мужа после брака", "Husband's surname after marriage")),
        new(nameof(CivilAct.WifeName), new("Әйелі", "Жена", "Wife")),
        new(nameof(CivilAct.WifeIin), new("Әйелінің ЖСН-і", "ИИН жены", "Wife's IIN")),
        new(nameof(CivilAct.WifeBirthDate), new("Әйелінің туған күні", "Дата рождения жены", "Wife's date of birth")),
        new(nameof(CivilAct.WifeSurnameAfter), new("Әйелінің некеден кейінгі тегі", "Фамилия жены после брака", "Wife's surname after marriage")),
        new(nameof(CivilAct.MarriageDate), new("Некеге тұрған күні", "Дата заключения брака", "Date of marriage")),
        new(nameof(CivilAct.AdoptiveFatherName), new("Асырап алушы әке", "Усыновитель (отец)", "Adoptive father")),
        new(nameof(CivilAct.AdoptiveFatherIin), new("Асырап алушы әкенің ЖСН-і", "ИИН усыновителя (отца)", "Adoptive father's IIN")),
        new(nameof(CivilAct.AdoptiveMotherName), new("Асырап алушы ана", "Усыновитель (мать)", "Adoptive mother")),
        new(nameof(CivilAct.AdoptiveMotherIin), new("Асырап алушы ананың ЖСН-і", "ИИН усыновителя (матери)", "Adoptive mother's IIN")),
        new(nameof(CivilAct.SubjectNameAfter), new("Асырап алғаннан кейінгі аты-жөні", "ФИО после усыновления", "Name after adoption")),
        new(nameof(CivilAct.LastNameBefore), new("Бұрынғы тегі", "Прежняя фамилия", "Surname before")),
        new(nameof(CivilAct.FirstNameBefore), new("Бұрынғы аты", "Прежнее имя", "First name before")),
        new(nameof(CivilAct.PatronymicBefore), new("Бұрынғы әкесінің аты", "Прежнее отчество", "Patronymic before")),
        new(nameof(CivilAct.LastNameAfter), new("Жаңа тегі", "Новая фамилия", "Surname after")),
        new(nameof(CivilAct.FirstNameAfter), new("Жаңа аты", "Новое имя", "First name after")),
        new(nameof(CivilAct.PatronymicAfter), new("Жаңа әкесінің аты", "Новое отчество", "Patronymic after")),
    ];
}
