using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>
/// The demo providers of 003.md for the town of Kosshy (<see cref="LandGrantAreas"/>, D-515): the Tselinograd district akimat
/// (office, management, architecture and land-relations departments), the Kosshy town akim (office, akim) for the akim
/// variant, the State Corporation's land branch, two approving bodies (one without an account: paper) and two natural
/// monopolies. Every unit that receives work has staff (D-214, ADR 0015).
/// </summary>
internal static class LandGrantDemoData
{
    private const string D = LandGrantAreas.Tselinograd;
    private const string V = LandGrantAreas.KosshyAkim;

    public static IReadOnlyList<ProviderUnit> Units =>
    [
        Unit(D, "akimat", "Целиноград ауданының әкімдігі", "Акимат Целиноградского района"),
        Unit(D + "/office", "akimat", "Целиноград ауданы әкімдігінің кеңсесі", "Канцелярия акимата Целиноградского района"),
        Unit(D + "/management", "akimat", "Целиноград ауданы әкімдігінің басшылығы", "Руководство акимата Целиноградского района"),
        Unit(D + "/architecture", "akimat", "Целиноград ауданының сәулет және қала құрылысы бөлімі", "Отдел архитектуры и градостроительства Целиноградского района"),
        Unit(D + "/land-relations", "akimat", "Целиноград ауданының жер қатынастары бөлімі", "Отдел земельных отношений Целиноградского района"),
        Unit(V, "akim", "Қосшы қаласы әкімінің аппараты", "Аппарат акима города Косшы"),
        Unit(V + "/office", "akim", "Қосшы қаласы әкімі аппаратының кеңсесі", "Канцелярия аппарата акима города Косшы"),
        Unit(V + "/akim", "akim", "Қосшы қаласының әкімі", "Аким города Косшы"),
        Unit(LandGrantAreas.StateCorporation, "state-corporation", "«Азаматтарға арналған үкімет» МК Ақмола облысы бойынша филиалы (жер кадастры)", "Филиал НАО «Правительство для граждан» по Акмолинской области (земельный кадастр)"),
        Unit(LandGrantAreas.SanitaryBody, "approving-body", "Целиноград аудандық санитариялық-эпидемиологиялық бақылау басқармасы", "Целиноградское районное управление санитарно-эпидемиологического контроля"),
        Unit(LandGrantAreas.HeritageBody, "approving-body", "Ақмола облысының тарихи-мәдени мұраны қорғау орталығы (қағаз жүзінде)", "Центр по охране историко-культурного наследия Акмолинской области (на бумаге)"),
        Unit(LandGrantAreas.PowerMonopoly, "natural-monopoly", "«Ақмола электр тарату компаниясы» АҚ", "АО «Акмолинская распределительная электросетевая компания»"),
        Unit(LandGrantAreas.WaterMonopoly, "natural-monopoly", "«Қосшы су арнасы» МКК", "ГКП «Косшы су арнасы»"),
    ];

    /// <summary>
    /// The 003.md units that sign no result (D-510): the providers' roots, the offices (they register and send), the State
    /// Corporation's branch (its plan is a step, not a result) and the approving bodies and monopolies (they answer tasks).
    /// </summary>
    public static IReadOnlyList<string> IssuingNoResults =>
    [
        D, D + "/office", V, V + "/office", LandGrantAreas.StateCorporation, LandGrantAreas.SanitaryBody,
        LandGrantAreas.HeritageBody, LandGrantAreas.PowerMonopoly, LandGrantAreas.WaterMonopoly,
    ];

    public static StaffMember Office => Staff("КЕҢСЕЕВА ЖАНАР", Roles.ProviderExecutor, D + "/office", new DateOnly(1991, 2, 11), Sex.Female, 311);
    public static StaffMember Management => Staff("ӘКІМОВ СЕРІК", Roles.ProviderHead, D + "/management", new DateOnly(1970, 3, 12), Sex.Male, 312);
    public static StaffMember ArchitectureHead => Staff("СӘУЛЕТОВ БЕРІК", Roles.ProviderHead, D + "/architecture", new DateOnly(1973, 4, 13), Sex.Male, 313);
    public static StaffMember ArchitectureExecutor => Staff("ЖОСПАРОВА ӘЙГЕРІМ", Roles.ProviderExecutor, D + "/architecture", new DateOnly(1989, 5, 14), Sex.Female, 314);
    public static StaffMember LandHead => Staff("ЖЕРҰЛЫ ҚАНАТ", Roles.ProviderHead, D + "/land-relations", new DateOnly(1971, 6, 15), Sex.Male, 315);
    public static StaffMember LandExecutor => Staff("ЖЕРОВА ДИНА", Roles.ProviderExecutor, D + "/land-relations", new DateOnly(1990, 7, 16), Sex.Female, 316);
    public static StaffMember VillageOffice => Staff("АУЫЛОВА САЛТАНАТ", Roles.ProviderExecutor, V + "/office", new DateOnly(1993, 8, 17), Sex.Female, 317);
    public static StaffMember VillageAkim => Staff("АУЫЛБАЕВ ЕРЛАН", Roles.ProviderHead, V + "/akim", new DateOnly(1968, 9, 18), Sex.Male, 318);
    public static StaffMember StateCorporation => Staff("КАДАСТРБЕКОВ НҰРЖАН", Roles.ProviderExecutor, LandGrantAreas.StateCorporation, new DateOnly(1986, 10, 19), Sex.Male, 319);
    public static StaffMember Sanitary => Staff("ТАЗАЛЫҚОВА РАУШАН", Roles.ApprovingOfficer, LandGrantAreas.SanitaryBody, new DateOnly(1980, 11, 20), Sex.Female, 320);
    public static StaffMember Power => Staff("ЭНЕРГЕТИКОВ АЙДОС", Roles.ApprovingOfficer, LandGrantAreas.PowerMonopoly, new DateOnly(1984, 12, 21), Sex.Male, 321);
    public static StaffMember Water => Staff("СУЛЕЙМЕНОВА ГАУХАР", Roles.ApprovingOfficer, LandGrantAreas.WaterMonopoly, new DateOnly(1987, 1, 22), Sex.Female, 322);

    public static IReadOnlyList<StaffMember> StaffMembers =>
        [Office, Management, ArchitectureHead, ArchitectureExecutor, LandHead, LandExecutor, VillageOffice, VillageAkim, StateCorporation, Sanitary, Power, Water];

    private static ProviderUnit Unit(string id, string provider, string kk, string ru) =>
        new() { Id = id, Provider = provider, NameKk = kk, NameRu = ru, RegionCode = "11" };

    private static StaffMember Staff(string name, string role, string unit, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = unit };
}
