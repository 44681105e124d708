using Qyzmet.Kernel.Errors;

namespace Qyzmet.Land;

/// <summary>
/// Error codes of the land cadastre (prefix LAND-, ADR 0005). LAND-09xx are the cadastre's geometry checks (issue 13
/// "Land cadastre"); the granting procedure of 003.md keeps the lower numbers.
/// </summary>
public static class LandErrors
{
    public static readonly ErrorCode BadBoundary = new("LAND-0901", 400, new(
        "'{0}' өрісіндегі учаске шекарасы жарамсыз: {1}. Учаскені картада қайта сызыңыз немесе WGS 84 координаттарындағы бір Polygon бар GeoJSON жүктеңіз.",
        "Граница участка в поле '{0}' неверна: {1}. Нарисуйте участок на карте заново или загрузите GeoJSON с одним Polygon в координатах WGS 84.",
        "The plot boundary in field '{0}' is not valid: {1}. Draw the plot on the map again, or upload GeoJSON holding one Polygon in WGS 84 coordinates."));

    public static readonly ErrorCode Overlap = new("LAND-0902", 422, new(
        "Сұралған учаске тіркелген {0} жер учаскесімен қабаттасады (қабаттасу {1} м²). Шекараны тіркелген учаскелерді қиып өтпейтіндей етіп сызыңыз.",
        "Запрашиваемый участок накладывается на зарегистрированный земельный участок {0} (наложение {1} м²). Нарисуйте границу так, чтобы она не заходила на зарегистрированные участки.",
        "The requested plot overlaps registered land plot {0} (overlap {1} m²). Draw the boundary so that it does not cross registered plots."));

    public static readonly ErrorCode OutsideSettlement = new("LAND-0903", 422, new(
        "Сұралған учаске {0} елді мекенінің шекарасынан тыс жатыр ({1} м² шекарадан тыс). Қызмет тек елді мекен шегіндегі учаскелерге көрсетіледі.",
        "Запрашиваемый участок выходит за границу населённого пункта {0} ({1} м² за границей). Услуга оказывается только в пределах населённого пункта.",
        "The requested plot lies outside the boundary of the settlement {0} ({1} m² outside it). The service grants plots within a settlement only."));

    public static readonly ErrorCode NoSettlement = new("LAND-0904", 422, new(
        "Сұралған учаске жер кадастрындағы бірде-бір елді мекен шегінде емес. Қызмет тек елді мекен шегіндегі учаскелерге көрсетіледі.",
        "Запрашиваемый участок не находится в пределах ни одного населённого пункта земельного кадастра. Услуга оказывается только в пределах населённого пункта.",
        "The requested plot is not within any settlement of the land cadastre. The service grants plots within a settlement only."));

    public static readonly ErrorCode AreaMismatch = new("LAND-0905", 422, new(
        "Көрсетілген алаң ({0} га) сызылған шекараның алаңынан ({1} га) рұқсат етілген {2} м²-ден артық ерекшеленеді. Алаңды немесе шекараны түзетіңіз.",
        "Указанная площадь ({0} га) отличается от площади нарисованной границы ({1} га) больше допустимых {2} м². Исправьте площадь или границу.",
        "The declared area ({0} ha) differs from the area of the drawn boundary ({1} ha) by more than the permissible {2} m². Correct the area or the boundary."));

    public static readonly ErrorCode BadPoint = new("LAND-0906", 400, new(
        "Нүктені 'lon' (бойлық) және 'lat' (ендік) өрістерінде WGS 84 градустарымен беріңіз; 'radius' — 1-ден 5000 метрге дейін.",
        "Передайте точку в полях 'lon' (долгота) и 'lat' (широта) в градусах WGS 84; 'radius' — от 1 до 5000 метров.",
        "Give the point as 'lon' (longitude) and 'lat' (latitude) in WGS 84 degrees; 'radius' from 1 to 5000 metres."));

    public static readonly ErrorCode SettlementNotFound = new("LAND-0907", 404, new(
        "'{0}' елді мекені жер кадастрында жоқ.",
        "Населённого пункта '{0}' нет в земельном кадастре.",
        "There is no settlement '{0}' in the land cadastre."));

    public static readonly ErrorCode BadRight = new("LAND-0908", 400, new(
        "Берілген құқық дұрыс толтырылмаған: {0}.",
        "Предоставленное право заполнено неверно: {0}.",
        "The granted right is not filled in correctly: {0}."));

    public static readonly ErrorCode PlotNotFound = new("LAND-0909", 404, new(
        "{0} кадастрлық нөмірі бар жер учаскесі жер кадастрында жоқ.",
        "Земельного участка с кадастровым номером {0} нет в земельном кадастре.",
        "There is no land plot with cadastral number {0} in the land cadastre."));
}
