using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre;

/// <summary>Demo register: one object of every kind, the technical-inspection department's staff and a demo price list.</summary>
public static class CadastreDemoData
{
    public static StaffMember Inspector => Staff("ТЕХНИКОВ ДӘУРЕН", Roles.Inspector, new DateOnly(1987, 5, 5), Sex.Male, 91);
    public static StaffMember Head => Staff("БАСШЫЕВА ГАУХАР", Roles.ProviderHead, new DateOnly(1979, 3, 8), Sex.Female, 92);
    public static StaffMember ArchiveClerk => Staff("МҰРАҒАТОВА ЖАНАР", Roles.ArchiveClerk, new DateOnly(1990, 9, 9), Sex.Female, 93);
    public static StaffMember Executor => Staff("ОРЫНДАУШЫ СЕРІК", Roles.ProviderExecutor, new DateOnly(1986, 11, 11), Sex.Male, 94);

    public static IReadOnlyList<StaffMember> Staff() => [Inspector, Head, ArchiveClerk, Executor];

    public static IReadOnlyList<ProviderUnit> Units =>
    [
        new() { Id = "sc-re-75", Provider = "state-corporation", NameKk = "«Азаматтарға арналған үкімет» МК Алматы қ. филиалы, техникалық зерттеп-қарау бөлімі", NameRu = "Филиал ГК «Правительство для граждан» по г. Алматы, отдел технического обследования", RegionCode = "75" },
    ];

    /// <summary>
    /// Placeholders only (D-708): the price list (Order No. 21/НҚ of 16.01.2024) is not in the spec (000.md §1), so the
    /// rows are in force from the order's date and marked placeholder until an administrator loads the real amounts
    /// through POST /api/fees/prices/{code}. The base cost of "other" objects has the area bands of 000.md §8.1
    /// ("up to 1000 m²" includes 1000).
    /// </summary>
    public static IReadOnlyList<FeePrice> Prices =>
    [
        Price(PriceCodes.Base(ObjectKinds.Apartment), "Базалық құны: пәтер", "Базовая стоимость: квартира", 5_000),
        Price(PriceCodes.Base(ObjectKinds.DormitoryRoom), "Базалық құны: жатақханадағы бөлме", "Базовая стоимость: комната в общежитии", 4_000),
        Price(PriceCodes.Base(ObjectKinds.PrivateHouse), "Базалық құны: жеке тұрғын үй", "Базовая стоимость: индивидуальный жилой дом", 8_000),
        Price(PriceCodes.Base(ObjectKinds.PrivateGarage), "Базалық құны: жеке гараж", "Базовая стоимость: индивидуальный гараж", 4_000),
        Price(PriceCodes.Base(ObjectKinds.DachaStructure), "Базалық құны: саяжай құрылысы", "Базовая стоимость: дачное строение", 5_000),
        Price(PriceCodes.Base(ObjectKinds.FirstComplexity), "Базалық құны: бірінші күрделілік санаты", "Базовая стоимость: первая категория сложности", 6_000),
        Price(PriceCodes.BaseOther, "Базалық құны: өзге объекті, 1000 м² дейін", "Базовая стоимость: иной объект до 1000 м²", 15_000, upTo: 1000m),
        Price(PriceCodes.BaseOther, "Базалық құны: өзге объекті, 1000 м²-ден асатын", "Базовая стоимость: иной объект свыше 1000 м²", 30_000, above: 1000m),
        Price(PriceCodes.PerSquareMetre, "Өлшеу, 1 м²", "Обмер, 1 м²", 50),
        Price(PriceCodes.PerServiceStructure, "Қызметтік құрылыс, 1 бірлік", "Служебное строение, 1 единица", 1_500),
        Price(PriceCodes.DataEntry, "Жаңа объектінің мәліметтерін енгізу", "Внесение сведений нового объекта", 3_000),
        Price(PriceCodes.Duplicate, "Кадастрлық паспорттың телнұсқасы", "Дубликат кадастрового паспорта", 2_000),
    ];

    /// <summary>The date of Order No. 21/НҚ (000.md §1): the placeholders are in force from it (D-708).</summary>
    public static readonly DateOnly PriceListDate = new(2024, 1, 16);

    /// <summary>Objects with the date of their existing passport (null: none yet).</summary>
    public static IEnumerable<(CadastreObject Object, DateOnly? PassportOn)> Objects()
    {
        var aigerim = DemoData.Aigerim;
        var nurlan = DemoData.Nurlan;
        yield return (new CadastreObject
        {
            CadastralNumber = "75-123-045-067:1",
            LandPlotNumber = "75-123-045-067",
            Kind = ObjectKinds.PrivateHouse,
            RegionCode = "75",
            // D-414: the same house as the rights register's 75-123-045-067:1, under the same address code.
            AddressCode = DemoAddresses.ZhamakayevHouse,
            Settlement = "Алматы",
            Street = "Жамақаев",
            BuildingNumber = "45",
            PurposeKk = "Жеке тұрғын үй",
            PurposeRu = "Индивидуальный жилой дом",
            TotalArea = 182.4m,
            LivingArea = 121.0m,
            BuiltUpArea = 110.0m,
            FloorsAbove = 2,
            FloorsBelow = 1,
            RoomCount = 6,
            YearBuilt = 2021,
            WallMaterial = "brick",
            CeilingHeight = 2.8m,
            LandPlotArea = 1000m,
            Utilities = "heating,water,sewerage,gas,electricity",
            Holders =
            {
                new ObjectHolder { HolderId = aigerim.Iin, HolderName = aigerim.FullName, SharePercent = 50m, Since = new DateOnly(2021, 9, 1) },
                new ObjectHolder { HolderId = nurlan.Iin, HolderName = nurlan.FullName, SharePercent = 50m, Since = new DateOnly(2021, 9, 1) },
            },
            ServiceStructures =
            {
                new ServiceStructure { Letter = "Г", NameKk = "Гараж", NameRu = "Гараж", WallMaterial = "block", Area = 24m, Height = 2.6m, YearBuilt = 2021 },
                new ServiceStructure { Letter = "Б", NameKk = "Монша", NameRu = "Баня", WallMaterial = "wood", Area = 16m, Height = 2.4m, YearBuilt = 2022 },
            },
        }, new DateOnly(2021, 10, 4));
        yield return (new CadastreObject
        {
            CadastralNumber = "75-050-011-002:1",
            LandPlotNumber = "75-050-011-002",
            Kind = ObjectKinds.OtherOver1000,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Сәтпаев",
            BuildingNumber = "30",
            PurposeKk = "Көппәтерлі тұрғын үй",
            PurposeRu = "Многоквартирный жилой дом",
            TotalArea = 5400m,
            BuiltUpArea = 900m,
            FloorsAbove = 9,
            FloorsBelow = 1,
            RoomCount = 144,
            YearBuilt = 2019,
            WallMaterial = "monolith",
            LandPlotArea = 4200m,
            Utilities = "heating,water,sewerage,gas,electricity",
            Holders = { new ObjectHolder { HolderId = DemoData.Baiterek.Bin, HolderName = DemoData.Baiterek.NameRu, SharePercent = 100m, Since = new DateOnly(2019, 12, 1) } },
        }, new DateOnly(2019, 12, 20));
        yield return (new CadastreObject
        {
            CadastralNumber = "75-050-011-002:1:14",
            LandPlotNumber = "75-050-011-002",
            ParentNumber = "75-050-011-002:1",
            Kind = ObjectKinds.Apartment,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Сәтпаев",
            BuildingNumber = "30",
            PremisesNumber = "14",
            PurposeKk = "Пәтер",
            PurposeRu = "Квартира",
            TotalArea = 64.2m,
            LivingArea = 38.5m,
            FloorsAbove = 9,
            FloorsBelow = 1,
            Floor = 4,
            RoomCount = 2,
            YearBuilt = 2019,
            WallMaterial = "monolith",
            CeilingHeight = 2.7m,
            Utilities = "heating,water,sewerage,gas,electricity",
            Holders = { new ObjectHolder { HolderId = nurlan.Iin, HolderName = nurlan.FullName, SharePercent = 100m, Since = new DateOnly(2020, 2, 14) } },
        }, new DateOnly(2020, 2, 3));
        yield return (new CadastreObject
        {
            CadastralNumber = "75-050-011-003:1:207",
            LandPlotNumber = "75-050-011-003",
            ParentNumber = "75-050-011-003:1",
            Kind = ObjectKinds.DormitoryRoom,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Тимирязев",
            BuildingNumber = "12",
            PremisesNumber = "207",
            PurposeKk = "Жатақханадағы бөлме",
            PurposeRu = "Комната в общежитии",
            TotalArea = 18.6m,
            LivingArea = 18.6m,
            FloorsAbove = 5,
            FloorsBelow = 0,
            Floor = 2,
            RoomCount = 1,
            YearBuilt = 1976,
            WallMaterial = "panel",
            Holders = { new ObjectHolder { HolderId = DemoData.Almas.Iin, HolderName = DemoData.Almas.FullName, SharePercent = 100m, Since = new DateOnly(2025, 3, 1) } },
        }, null);
        yield return (new CadastreObject
        {
            CadastralNumber = "75-123-045-070:1",
            LandPlotNumber = "75-123-045-070",
            Kind = ObjectKinds.PrivateGarage,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Жамақаев",
            BuildingNumber = "49",
            PurposeKk = "Жеке гараж",
            PurposeRu = "Индивидуальный гараж",
            TotalArea = 21.0m,
            FloorsAbove = 1,
            RoomCount = 1,
            YearBuilt = 2015,
            WallMaterial = "brick",
            Holders = { new ObjectHolder { HolderId = DemoData.Talgat.Iin, HolderName = DemoData.Talgat.FullName, SharePercent = 100m, Since = new DateOnly(2016, 1, 20) } },
        }, new DateOnly(2016, 1, 10));
        yield return (new CadastreObject
        {
            CadastralNumber = "75-310-002-015:1",
            LandPlotNumber = "75-310-002-015",
            Kind = ObjectKinds.DachaStructure,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "«Қарағай» бағбандық серіктестігі",
            BuildingNumber = "15",
            PurposeKk = "Саяжай үйі",
            PurposeRu = "Дачный дом",
            TotalArea = 42.0m,
            LivingArea = 28.0m,
            FloorsAbove = 1,
            RoomCount = 2,
            YearBuilt = 2008,
            WallMaterial = "wood",
            LandPlotArea = 600m,
            Holders = { new ObjectHolder { HolderId = DemoData.Mira.Iin, HolderName = DemoData.Mira.FullName, SharePercent = 100m, Since = new DateOnly(2010, 6, 1) } },
        }, null);
        yield return (new CadastreObject
        {
            CadastralNumber = "75-050-011-010:1",
            LandPlotNumber = "75-050-011-010",
            Kind = ObjectKinds.OtherUpTo1000,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Сәтпаев",
            BuildingNumber = "34",
            PurposeKk = "Дүкен",
            PurposeRu = "Магазин",
            TotalArea = 640m,
            BuiltUpArea = 700m,
            FloorsAbove = 2,
            RoomCount = 12,
            YearBuilt = 2012,
            WallMaterial = "block",
            LandPlotArea = 1500m,
            Holders = { new ObjectHolder { HolderId = DemoData.Baiterek.Bin, HolderName = DemoData.Baiterek.NameRu, SharePercent = 100m, Since = new DateOnly(2012, 8, 1) } },
        }, new DateOnly(2012, 7, 20));
        yield return (new CadastreObject
        {
            CadastralNumber = "75-123-045-071:1",
            LandPlotNumber = "75-123-045-071",
            Kind = ObjectKinds.FirstComplexity,
            RegionCode = "75",
            Settlement = "Алматы",
            Street = "Жамақаев",
            BuildingNumber = "51",
            PurposeKk = "Шеберхана",
            PurposeRu = "Мастерская",
            TotalArea = 48m,
            FloorsAbove = 1,
            RoomCount = 3,
            YearBuilt = 2024,
            WallMaterial = "block",
            Holders = { new ObjectHolder { HolderId = DemoData.Igor.Iin, HolderName = DemoData.Igor.FullName, SharePercent = 100m, Since = new DateOnly(2024, 10, 1) } },
        }, null);
        yield return (new CadastreObject
        {
            CadastralNumber = "71-305-022-001:1:14",
            LandPlotNumber = "71-305-022-001",
            ParentNumber = "71-305-022-001:1",
            Kind = ObjectKinds.Apartment,
            RegionCode = "71",
            AddressCode = DemoAddresses.MangilikEl14,
            Settlement = "Астана",
            Street = "Мәңгілік Ел",
            BuildingNumber = "20",
            PremisesNumber = "14",
            PurposeKk = "Пәтер",
            PurposeRu = "Квартира",
            TotalArea = 78.3m,
            LivingArea = 45.1m,
            FloorsAbove = 12,
            FloorsBelow = 1,
            Floor = 3,
            RoomCount = 3,
            YearBuilt = 2021,
            WallMaterial = "monolith",
            Holders = { new ObjectHolder { HolderId = DemoData.Dana.Iin, HolderName = DemoData.Dana.FullName, SharePercent = 100m, Since = new DateOnly(2021, 8, 1) } },
        }, new DateOnly(2021, 7, 15));
    }

    private static FeePrice Price(string code, string kk, string ru, long tenge, decimal? above = null, decimal? upTo = null) => new()
    {
        PriceList = PriceCodes.PriceList,
        Code = code,
        NameKk = kk,
        NameRu = ru,
        AreaAbove = above,
        AreaUpTo = upTo,
        EffectiveFrom = PriceListDate,
        AmountTiyn = tenge * 100,
        Placeholder = true,
    };

    private static StaffMember Staff(string name, string role, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = "sc-re-75" };
}
