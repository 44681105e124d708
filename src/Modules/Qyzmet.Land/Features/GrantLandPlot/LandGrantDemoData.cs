using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>
/// The demo provider of 003.md: the Arshaly district akimat (office, management, architecture and land-relations departments),
/// the Arshaly village akim (office, akim) for the akim variant, the State Corporation's land branch, two approving bodies (one
/// without an account: paper) and two natural monopolies. Every unit that receives work has staff (D-214, ADR 0015).
/// </summary>
internal static class LandGrantDemoData
{
    private const string D = GrantLandPlotService.District;
    private const string V = GrantLandPlotService.Village;

    public static IReadOnlyList<ProviderUnit> Units =>
    [
        Unit(D, "akimat", "Аршалы ауданының әкімдігі", "Акимат Аршалынского района"),
        Unit(D + "/office", "akimat", "Аршалы ауданы әкімдігінің кеңсесі", "Канцелярия акимата Аршалынского района"),
        Unit(D + "/management", "akimat", "Аршалы ауданы әкімдігінің басшылығы", "Руководство акимата Аршалынского района"),
        Unit(GrantLandPlotService.Architecture, "akimat", "Аршалы ауданының сәулет және қала құрылысы бөлімі", "Отдел архитектуры и градостроительства Аршалынского района"),
        Unit(GrantLandPlotService.LandRelations, "akimat", "Аршалы ауданының жер қатынастары бөлімі", "Отдел земельных отношений Аршалынского района"),
        Unit(V, "akim", "Аршалы ауылының әкімі аппараты", "Аппарат акима села Аршалы"),
        Unit(V + "/office", "akim", "Аршалы ауылы әкімі аппаратының кеңсесі", "Канцелярия аппарата акима села Аршалы"),
        Unit(V + "/akim", "akim", "Аршалы ауылының әкімі", "Аким села Аршалы"),
        Unit(GrantLandPlotService.StateCorporation, "state-corporation", "«Азаматтарға арналған үкімет» МК Ақмола облысы бойынша филиалы (жер кадастры)", "Филиал НАО «Правительство для граждан» по Акмолинской области (земельный кадастр)"),
        Unit(GrantLandPlotService.SanitaryBody, "approving-body", "Аршалы аудандық санитариялық-эпидемиологиялық бақылау басқармасы", "Аршалынское районное управление санитарно-эпидемиологического контроля"),
        Unit(GrantLandPlotService.HeritageBody, "approving-body", "Ақмола облысының тарихи-мәдени мұраны қорғау орталығы (қағаз жүзінде)", "Центр по охране историко-культурного наследия Акмолинской области (на бумаге)"),
        Unit(GrantLandPlotService.PowerMonopoly, "natural-monopoly", "«Ақмола электр желілері» АҚ", "АО «Акмолинские электрические сети»"),
        Unit(GrantLandPlotService.WaterMonopoly, "natural-monopoly", "«Аршалы су арнасы» МКК", "ГКП «Аршалы су арнасы»"),
    ];

    /// <summary>
    /// The 003.md units that sign no result (D-510): the providers' roots, the offices (they register and send), the State
    /// Corporation's branch (its plan is a step, not a result) and the approving bodies and monopolies (they answer tasks).
    /// </summary>
    public static IReadOnlyList<string> IssuingNoResults =>
    [
        D, D + "/office", V, V + "/office", GrantLandPlotService.StateCorporation, GrantLandPlotService.SanitaryBody,
        GrantLandPlotService.HeritageBody, GrantLandPlotService.PowerMonopoly, GrantLandPlotService.WaterMonopoly,
    ];

    public static StaffMember Office => Staff("КЕҢСЕЕВА ЖАНАР", Roles.ProviderExecutor, D + "/office", new DateOnly(1991, 2, 11), Sex.Female, 311);
    public static StaffMember Management => Staff("ӘКІМОВ СЕРІК", Roles.ProviderHead, D + "/management", new DateOnly(1970, 3, 12), Sex.Male, 312);
    public static StaffMember ArchitectureHead => Staff("СӘУЛЕТОВ БЕРІК", Roles.ProviderHead, GrantLandPlotService.Architecture, new DateOnly(1973, 4, 13), Sex.Male, 313);
    public static StaffMember ArchitectureExecutor => Staff("ЖОСПАРОВА ӘЙГЕРІМ", Roles.ProviderExecutor, GrantLandPlotService.Architecture, new DateOnly(1989, 5, 14), Sex.Female, 314);
    public static StaffMember LandHead => Staff("ЖЕРҰЛЫ ҚАНАТ", Roles.ProviderHead, GrantLandPlotService.LandRelations, new DateOnly(1971, 6, 15), Sex.Male, 315);
    public static StaffMember LandExecutor => Staff("ЖЕРОВА ДИНА", Roles.ProviderExecutor, GrantLandPlotService.LandRelations, new DateOnly(1990, 7, 16), Sex.Female, 316);
    public static StaffMember VillageOffice => Staff("АУЫЛОВА САЛТАНАТ", Roles.ProviderExecutor, V + "/office", new DateOnly(1993, 8, 17), Sex.Female, 317);
    public static StaffMember VillageAkim => Staff("АУЫЛБАЕВ ЕРЛАН", Roles.ProviderHead, V + "/akim", new DateOnly(1968, 9, 18), Sex.Male, 318);
    public static StaffMember StateCorporation => Staff("КАДАСТРБЕКОВ НҰРЖАН", Roles.ProviderExecutor, GrantLandPlotService.StateCorporation, new DateOnly(1986, 10, 19), Sex.Male, 319);
    public static StaffMember Sanitary => Staff("ТАЗАЛЫҚОВА РАУШАН", Roles.ApprovingOfficer, GrantLandPlotService.SanitaryBody, new DateOnly(1980, 11, 20), Sex.Female, 320);
    public static StaffMember Power => Staff("ЭНЕРГЕТИКОВ АЙДОС", Roles.ApprovingOfficer, GrantLandPlotService.PowerMonopoly, new DateOnly(1984, 12, 21), Sex.Male, 321);
    public static StaffMember Water => Staff("СУЛЕЙМЕНОВА ГАУХАР", Roles.ApprovingOfficer, GrantLandPlotService.WaterMonopoly, new DateOnly(1987, 1, 22), Sex.Female, 322);

    public static IReadOnlyList<StaffMember> StaffMembers =>
        [Office, Management, ArchitectureHead, ArchitectureExecutor, LandHead, LandExecutor, VillageOffice, VillageAkim, StateCorporation, Sanitary, Power, Water];

    private static ProviderUnit Unit(string id, string provider, string kk, string ru) =>
        new() { Id = id, Provider = provider, NameKk = kk, NameRu = ru, RegionCode = "11" };

    private static StaffMember Staff(string name, string role, string unit, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = unit };
}
