using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments;

/// <summary>
/// Demo migration-police units (one per region of the demo people, each with an officer and a head who signs its
/// results, D-602) and every demo citizen's current registration at an address of the kernel's address register.
/// </summary>
internal static class PopulationDemoData
{
    public static IReadOnlyList<ProviderUnit> Units =>
    [
        Unit("75", "Алматы қаласы Полиция департаментінің көші-қон қызметі басқармасы", "Управление миграционной службы Департамента полиции г. Алматы"),
        Unit("11", "Ақмола облысы Полиция департаментінің көші-қон қызметі басқармасы", "Управление миграционной службы Департамента полиции Акмолинской области"),
        Unit("63", "Шығыс Қазақстан облысы Полиция департаментінің көші-қон қызметі басқармасы", "Управление миграционной службы Департамента полиции Восточно-Казахстанской области"),
        Unit("71", "Астана қаласы Полиция департаментінің көші-қон қызметі басқармасы", "Управление миграционной службы Департамента полиции г. Астаны"),
        // 004.md §7 "Complaints" (D-728): the Ministry of Internal Affairs, whose head answers the complaints addressed to it.
        new()
        {
            Id = Ministries.InternalAffairsUnitId,
            Provider = "ministry",
            NameKk = "Қазақстан Республикасы Ішкі істер министрлігі",
            NameRu = "Министерство внутренних дел Республики Казахстан",
            RegionCode = "71",
        },
        // ADR 0025, D-624: the document factory answers every S1 production task.
        new()
        {
            Id = DocumentFactory.UnitId,
            Provider = DocumentFactory.Provider,
            NameKk = "ҚР ІІМ «Ақпараттық-өндірістік орталығы» РМК (құжаттар дайындау)",
            NameRu = "РГП «Информационно-производственный центр» МВД РК (изготовление документов)",
            RegionCode = "71",
        },
    ];

    public static IReadOnlyList<StaffMember> Heads =>
    [
        Person("КӨШІҚОНОВ АРМАН", Roles.ProviderHead, "75", new DateOnly(1976, 4, 2), Sex.Male, 601),
        Person("ЖАҚСЫЛЫҚОВА ӘЙГЕРІМ", Roles.ProviderHead, "11", new DateOnly(1979, 5, 3), Sex.Female, 602),
        Person("ТОҚТАРОВ ДАУЛЕТ", Roles.ProviderHead, "63", new DateOnly(1975, 6, 4), Sex.Male, 603),
        Person("СЕЙІТОВА ГАУХАР", Roles.ProviderHead, "71", new DateOnly(1981, 7, 5), Sex.Female, 604),
    ];

    /// <summary>The head of the Ministry of Internal Affairs' unit: answers complaints addressed to the Ministry's head (004.md §7; D-728).</summary>
    public static StaffMember MinistryHead =>
        new() { Iin = Iin.Create(new DateOnly(1970, 1, 21), Sex.Male, 611).Value, FullName = "МИНИСТРЛІКОВ ЕРЛАН", Role = Roles.ProviderHead, UnitId = Ministries.InternalAffairsUnitId };

    /// <summary>Every unit that receives work has an officer and a head (D-214, D-602); the document factory too (D-624).</summary>
    public static IReadOnlyList<StaffMember> Staff =>
    [
        .. Heads,
        Person("ТІРКЕУБАЕВ НҰРЖАН", Roles.ProviderExecutor, "75", new DateOnly(1990, 8, 6), Sex.Male, 605),
        Person("ОМАРОВА САЛТАНАТ", Roles.ProviderExecutor, "11", new DateOnly(1992, 9, 7), Sex.Female, 606),
        Person("БЕКОВ ЕРБОЛ", Roles.ProviderExecutor, "63", new DateOnly(1988, 10, 8), Sex.Male, 607),
        Person("ИСАЕВА МАДИНА", Roles.ProviderExecutor, "71", new DateOnly(1993, 11, 9), Sex.Female, 608),
        // ADR 0025: the factory's production operator completes the tasks; its head is told of an overdue one (ADR 0015).
        Factory("ДАЙЫНДАУОВ ЕРЛАН", Roles.ProviderExecutor, new DateOnly(1987, 3, 10), Sex.Male, 609),
        Factory("ӨНДІРІСОВА ЖАНАР", Roles.ProviderHead, new DateOnly(1978, 12, 11), Sex.Female, 610),
        MinistryHead,
    ];

    // The dwellings are in the kernel's address register (ADR 0026, D-356), under the codes the real-estate and land areas use.
    public const string AbaiFlat = DemoAddresses.AbaiFlat;
    public const string ArshalyBirlik = DemoAddresses.ArshalyBirlik;
    public const string AkkolNurly14 = DemoAddresses.AkkolNurly14;
    public const string AkkolNurly12 = DemoAddresses.AkkolNurly12;
    public const string Karauyl3 = DemoAddresses.Karauyl3;
    public const string MangilikEl14 = DemoAddresses.MangilikEl14;

    /// <summary>Where every demo citizen is registered today (matching the address the "Individuals" database prints).</summary>
    public static IEnumerable<ResidenceRegistration> Registrations()
    {
        yield return Permanent(DemoData.Aigerim.Iin, AbaiFlat, "75", new DateOnly(2015, 9, 20));
        yield return Permanent(DemoData.Nurlan.Iin, AbaiFlat, "75", new DateOnly(2015, 9, 20));
        yield return Permanent(DemoData.Almas.Iin, ArshalyBirlik, "11", new DateOnly(2009, 9, 1));
        yield return Permanent(DemoData.Talgat.Iin, Karauyl3, "63", new DateOnly(2001, 3, 14));
        yield return Permanent(DemoData.Mira.Iin, AkkolNurly12, "11", new DateOnly(1996, 5, 6));
        yield return Permanent(DemoData.Igor.Iin, AkkolNurly14, "11", new DateOnly(1995, 7, 1));
        yield return Permanent(DemoData.Dana.Iin, MangilikEl14, "71", new DateOnly(2018, 2, 12));
    }

    /// <summary>
    /// The S1 duties (D-615): 004.md §3.1 item 7 (passport 400%, ID card 20% of the MCI) from the standard's entry into force.
    /// </summary>
    public static IReadOnlyList<DutyRate> DutyRates =>
    [
        new() { Item = "passport", EffectiveFrom = new DateOnly(2014, 3, 1), MciShare = 4m, Source = "004.md §3.1 item 7" },
        new() { Item = "id-card", EffectiveFrom = new DateOnly(2014, 3, 1), MciShare = 0.2m, Source = "004.md §3.1 item 7" },
    ];

    /// <summary>The first day the demo surcharges apply (the standard's entry into force).</summary>
    public static readonly DateOnly SurchargesFrom = new(2014, 3, 1);

    /// <summary>
    /// The demo accelerated-issue surcharges (004.md §3.1 item 7: 15, 10 or 7 working days), rows of the kernel's price list
    /// read through <c>FeeRuleService</c> (D-717). 004.md gives no tariff values (the Ministry publishes them), so they are
    /// placeholders (D-630) to be replaced by loading the Ministry's price list with a later date (<c>PUT
    /// /api/population/duty-rates</c>, D-621).
    /// </summary>
    public static IReadOnlyList<Platform.Payments.FeePrice> SurchargePrices =>
    [
        Features.LoadDutyRates.DutyRates.SurchargePrice("accelerated-15", SurchargesFrom, 300_000, placeholder: true, "demo price list (placeholder)", SeededAt, null),
        Features.LoadDutyRates.DutyRates.SurchargePrice("accelerated-10", SurchargesFrom, 500_000, placeholder: true, "demo price list (placeholder)", SeededAt, null),
        Features.LoadDutyRates.DutyRates.SurchargePrice("accelerated-7", SurchargesFrom, 800_000, placeholder: true, "demo price list (placeholder)", SeededAt, null),
    ];

    private static readonly DateTime SeededAt = new(2014, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ResidenceRegistration Permanent(string iin, string address, string region, DateOnly on) => new()
    {
        Iin = iin,
        AddressId = address,
        Kind = RegistrationKinds.Permanent,
        RegisteredOn = on,
        UnitId = MigrationPolice.Prefix + region,
    };

    private static ProviderUnit Unit(string region, string kk, string ru) =>
        new() { Id = MigrationPolice.Prefix + region, Provider = "migration-police", NameKk = kk, NameRu = ru, RegionCode = region };

    private static StaffMember Factory(string name, string role, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = DocumentFactory.UnitId };

    private static StaffMember Person(string name, string role, string region, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = MigrationPolice.Prefix + region };
}
