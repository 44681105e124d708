using Qyzmet.Platform.Registries;

namespace Qyzmet.Platform.Seeding;

/// <summary>
/// The demo address register (issue 14 item 6; D-603, D-356): the dwellings where the demo people are registered, the
/// real-estate objects of the rights register and the land plots that have an address, each under the one code the
/// population, real-estate and land areas all name it by. Dwellings in the rights register carry their cadastral number.
/// </summary>
public static class DemoAddresses
{
    public const string AbaiFlat = "0201400098765432";
    public const string ZhamakayevHouse = "0201400012345678";
    public const string Satpayev30 = "0201400000003000";
    public const string ArshalyBirlik = "1101100000000712";
    public const string AkkolNurly14 = "1101200000001412";
    public const string AkkolNurly12 = "1101200000001200";
    public const string Karauyl3 = "6301300000000300";
    public const string MangilikEl20 = "7101400000002000";
    public const string MangilikEl14 = "7101400000002014";
    public const string MangilikEl15 = "7101400000002015";
    public const string KosshyAksu1 = "1121300000010001";
    public const string KosshyAksu3 = "1121300000010003";
    public const string KosshyAksu5 = "1121300000010005";
    public const string KosshyAksu7 = "1121300000010007";

    private const string AlmatyKk = "Алматы қ.";
    private const string AlmatyRu = "г. Алматы";
    private const string AkmolaKk = "Ақмола обл.";
    private const string AkmolaRu = "Акмолинская обл.";
    private const string AstanaKk = "Астана қ.";
    private const string AstanaRu = "г. Астана";

    public static IReadOnlyList<RegisteredAddress> All =>
    [
        new() { Id = AbaiFlat, RegionCode = "75", RegionKk = AlmatyKk, RegionRu = AlmatyRu, DistrictKk = "Алмалы ауд.", DistrictRu = "Алмалинский р-н", SettlementKk = "Алматы", SettlementRu = "Алматы", StreetKk = "Абай даңғылы", StreetRu = "пр. Абая", Building = "10", Apartment = "5", CadastralNumber = "75-456-012-003:1:5" },
        new() { Id = ZhamakayevHouse, RegionCode = "75", RegionKk = AlmatyKk, RegionRu = AlmatyRu, DistrictKk = "Медеу ауд.", DistrictRu = "Медеуский р-н", SettlementKk = "Горный Гигант ы.а.", SettlementRu = "мкр. Горный Гигант", StreetKk = "Жамакаев к.", StreetRu = "ул. Жамакаева", Building = "45", CadastralNumber = "75-123-045-067:1" },
        new() { Id = Satpayev30, RegionCode = "75", RegionKk = AlmatyKk, RegionRu = AlmatyRu, DistrictKk = "Бостандық ауд.", DistrictRu = "Бостандыкский р-н", SettlementKk = "Алматы", SettlementRu = "Алматы", StreetKk = "Сәтпаев к.", StreetRu = "ул. Сатпаева", Building = "30", CadastralNumber = "75-789-001-010:1" },
        new() { Id = ArshalyBirlik, RegionCode = "11", RegionKk = AkmolaKk, RegionRu = AkmolaRu, DistrictKk = "Аршалы ауд.", DistrictRu = "Аршалынский р-н", SettlementKk = "Аршалы а.", SettlementRu = "с. Аршалы", StreetKk = "Бірлік к.", StreetRu = "ул. Бирлик", Building = "7" },
        new() { Id = AkkolNurly14, RegionCode = "11", RegionKk = AkmolaKk, RegionRu = AkmolaRu, SettlementKk = "Ақкөл қ.", SettlementRu = "г. Акколь", StreetKk = "Нұрлы к.", StreetRu = "ул. Нурлы", Building = "14", CadastralNumber = "11-205-031-017:1" },
        new() { Id = AkkolNurly12, RegionCode = "11", RegionKk = AkmolaKk, RegionRu = AkmolaRu, SettlementKk = "Ақкөл қ.", SettlementRu = "г. Акколь", StreetKk = "Нұрлы к.", StreetRu = "ул. Нурлы", Building = "12" },
        new() { Id = Karauyl3, RegionCode = "63", RegionKk = "Шығыс Қазақстан обл.", RegionRu = "Восточно-Казахстанская обл.", DistrictKk = "Абай ауд.", DistrictRu = "Абайский р-н", SettlementKk = "Қарауыл а.", SettlementRu = "с. Караул", StreetKk = "Абай к.", StreetRu = "ул. Абая", Building = "3" },
        new() { Id = MangilikEl20, RegionCode = "71", RegionKk = AstanaKk, RegionRu = AstanaRu, DistrictKk = "Есіл ауд.", DistrictRu = "р-н Есиль", SettlementKk = "Астана", SettlementRu = "Астана", StreetKk = "Мәңгілік Ел даңғылы", StreetRu = "пр. Мангилик Ел", Building = "20" },
        new() { Id = MangilikEl14, RegionCode = "71", RegionKk = AstanaKk, RegionRu = AstanaRu, DistrictKk = "Есіл ауд.", DistrictRu = "р-н Есиль", SettlementKk = "Астана", SettlementRu = "Астана", StreetKk = "Мәңгілік Ел даңғылы", StreetRu = "пр. Мангилик Ел", Building = "20", Apartment = "14", CadastralNumber = "71-305-022-001:1:14" },
        new() { Id = MangilikEl15, RegionCode = "71", RegionKk = AstanaKk, RegionRu = AstanaRu, DistrictKk = "Есіл ауд.", DistrictRu = "р-н Есиль", SettlementKk = "Астана", SettlementRu = "Астана", StreetKk = "Мәңгілік Ел даңғылы", StreetRu = "пр. Мангилик Ел", Building = "20", Apartment = "15" },
        Kosshy(KosshyAksu1, "1"),
        Kosshy(KosshyAksu3, "3"),
        Kosshy(KosshyAksu5, "5"),
        Kosshy(KosshyAksu7, "7"),
    ];

    /// <summary>The street row of the land cadastre's demo settlement (Kosshy, Aksu street).</summary>
    private static RegisteredAddress Kosshy(string code, string building) => new()
    {
        Id = code,
        RegionCode = "11",
        RegionKk = AkmolaKk,
        RegionRu = AkmolaRu,
        DistrictKk = "Целиноград ауд.",
        DistrictRu = "Целиноградский р-н",
        SettlementKk = "Қосшы қ.",
        SettlementRu = "г. Косшы",
        StreetKk = "Ақсу к.",
        StreetRu = "ул. Аксу",
        Building = building,
    };
}
