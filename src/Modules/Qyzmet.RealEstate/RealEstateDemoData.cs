using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstate.Domain;

namespace Qyzmet.RealEstate;

/// <summary>
/// Demo rights register: Aigerim holds several objects (a house with an arrest, a flat with a mortgage and a
/// recorded marriage contract), Igor has only an ended right, Talgat and Almas have none, Baiterek owns an office
/// leased to Agro Dala. Nurlan's garage is kept free for the tests that record transactions. Every object with an address
/// carries its code in the kernel's address register (D-635); the parking place has none (a parking place is no register part).
/// </summary>
internal static class RealEstateDemoData
{
    public const string House = "75-123-045-067:1";
    public const string Garage = "75-123-045-067:2";
    public const string Flat = "75-456-012-003:1:5";
    public const string FormerParking = "75-456-012-003:1:42";
    public const string AkkolHouse = "11-205-031-017:1";
    public const string AstanaFlat = "71-305-022-001:1:14";
    public const string Office = "75-789-001-010:1";

    private static DateTime At(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    public static void Seed(QyzmetDbContext db)
    {
        var aigerim = DemoData.Aigerim;
        var nurlan = DemoData.Nurlan;
        var igor = DemoData.Igor;
        var mira = DemoData.Mira;
        var dana = DemoData.Dana;
        var baiterek = DemoData.Baiterek;
        var agro = DemoData.AgroDala;

        db.Set<RealEstateObject>().AddRange(
            new RealEstateObject
            {
                CadastralNumber = House,
                RegionCode = "75",
                KindKk = "Жеке тұрғын үй",
                KindRu = "Индивидуальный жилой дом",
                PurposeKk = "Тұрғын үй, литер А",
                PurposeRu = "Жилой дом, литер А",
                AddressKk = "Алматы қ., Медеу ауданы, Горный Гигант ы.а., Жамакаев к., 45",
                AddressRu = "г. Алматы, Медеуский район, мкр. Горный Гигант, ул. Жамакаева, 45",
                AddressCode = DemoAddresses.ZhamakayevHouse,
                Components = 5,
                Storeys = 2,
                TotalArea = 186.4m,
                UsefulArea = 121.7m,
                LandDivisible = false,
            },
            new RealEstateObject
            {
                CadastralNumber = Garage,
                RegionCode = "75",
                KindKk = "Гараж",
                KindRu = "Гараж",
                PurposeKk = "Көлік қоюға арналған, литер Г",
                PurposeRu = "Для стоянки автотранспорта, литер Г",
                AddressKk = "Алматы қ., Медеу ауданы, Горный Гигант ы.а., Жамакаев к., 45",
                AddressRu = "г. Алматы, Медеуский район, мкр. Горный Гигант, ул. Жамакаева, 45",
                AddressCode = DemoAddresses.ZhamakayevHouse,
                Components = 1,
                Storeys = 1,
                TotalArea = 24m,
                LandDivisible = false,
            },
            new RealEstateObject
            {
                CadastralNumber = Flat,
                RegionCode = "75",
                KindKk = "Пәтер",
                KindRu = "Квартира",
                PurposeKk = "Тұрғын үй-жай",
                PurposeRu = "Жилое помещение",
                AddressKk = "Алматы қ., Абай даңғылы, 10, 5-пәтер",
                AddressRu = "г. Алматы, пр. Абая, 10, кв. 5",
                AddressCode = DemoAddresses.AbaiFlat,
                Components = 3,
                Storeys = 9,
                Floor = 2,
                TotalArea = 74.2m,
                UsefulArea = 46.1m,
            },
            new RealEstateObject
            {
                CadastralNumber = FormerParking,
                RegionCode = "75",
                KindKk = "Тұрғын емес үй-жай",
                KindRu = "Нежилое помещение",
                PurposeKk = "Паркинг орны",
                PurposeRu = "Паркинговое место",
                AddressKk = "Алматы қ., Абай даңғылы, 10, 42-паркинг орны",
                AddressRu = "г. Алматы, пр. Абая, 10, паркинговое место 42",
                Components = 1,
                Storeys = 9,
                Floor = -1,
                TotalArea = 15.5m,
            },
            new RealEstateObject
            {
                CadastralNumber = AkkolHouse,
                RegionCode = "11",
                KindKk = "Жеке тұрғын үй",
                KindRu = "Индивидуальный жилой дом",
                PurposeKk = "Тұрғын үй, литер А",
                PurposeRu = "Жилой дом, литер А",
                AddressKk = "Ақмола обл., Ақкөл қ., Нұрлы к., 14",
                AddressRu = "Акмолинская обл., г. Акколь, ул. Нурлы, 14",
                AddressCode = DemoAddresses.AkkolNurly14,
                Components = 4,
                Storeys = 1,
                TotalArea = 92.3m,
                UsefulArea = 61m,
                LandDivisible = true,
                NoteKk = "Жер учаскесі 0,12 га",
                NoteRu = "Земельный участок 0,12 га",
            },
            new RealEstateObject
            {
                CadastralNumber = AstanaFlat,
                RegionCode = "71",
                KindKk = "Пәтер",
                KindRu = "Квартира",
                PurposeKk = "Тұрғын үй-жай",
                PurposeRu = "Жилое помещение",
                AddressKk = "Астана қ., Мәңгілік Ел даңғылы, 20, 14-пәтер",
                AddressRu = "г. Астана, пр. Мангилик Ел, 20, кв. 14",
                AddressCode = DemoAddresses.MangilikEl14,
                Components = 2,
                Storeys = 12,
                Floor = 4,
                TotalArea = 58.9m,
                UsefulArea = 32.4m,
            },
            new RealEstateObject
            {
                CadastralNumber = Office,
                RegionCode = "75",
                KindKk = "Тұрғын емес ғимарат",
                KindRu = "Нежилое здание",
                PurposeKk = "Әкімшілік ғимарат, литер Б",
                PurposeRu = "Административное здание, литер Б",
                AddressKk = "Алматы қ., Сәтпаев к., 30",
                AddressRu = "г. Алматы, ул. Сатпаева, 30",
                AddressCode = DemoAddresses.Satpayev30,
                Components = 18,
                Storeys = 3,
                TotalArea = 1240.6m,
                UsefulArea = 980.2m,
                LandDivisible = false,
            });

        db.Set<RealEstateRight>().AddRange(
            new RealEstateRight
            {
                CadastralNumber = House,
                Kind = RightKinds.Ownership,
                HolderId = aigerim.Iin,
                HolderName = aigerim.FullName,
                OwnershipForm = OwnershipForms.Shared,
                Share = "1/2",
                BasisKk = "2019 жылғы 15 мамырдағы № 2-1543 сатып алу-сату шарты",
                BasisRu = "Договор купли-продажи № 2-1543 от 15.05.2019",
                RegisteredAt = At(2019, 5, 20, 5, 12),
            },
            new RealEstateRight
            {
                CadastralNumber = House,
                Kind = RightKinds.Ownership,
                HolderId = nurlan.Iin,
                HolderName = nurlan.FullName,
                OwnershipForm = OwnershipForms.Shared,
                Share = "1/2",
                BasisKk = "2019 жылғы 15 мамырдағы № 2-1543 сатып алу-сату шарты",
                BasisRu = "Договор купли-продажи № 2-1543 от 15.05.2019",
                RegisteredAt = At(2019, 5, 20, 5, 12),
            },
            new RealEstateRight
            {
                CadastralNumber = Garage,
                Kind = RightKinds.Ownership,
                HolderId = nurlan.Iin,
                HolderName = nurlan.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2020 жылғы 3 наурыздағы пайдалануға қабылдау актісі",
                BasisRu = "Акт приёмки в эксплуатацию от 03.03.2020",
                RegisteredAt = At(2020, 3, 10, 4, 0),
            },
            new RealEstateRight
            {
                CadastralNumber = Flat,
                Kind = RightKinds.Ownership,
                HolderId = aigerim.Iin,
                HolderName = aigerim.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2017 жылғы 2 қазандағы № 7-3321 сатып алу-сату шарты",
                BasisRu = "Договор купли-продажи № 7-3321 от 02.10.2017",
                RegisteredAt = At(2017, 10, 5, 6, 40),
            },
            new RealEstateRight
            {
                CadastralNumber = FormerParking,
                Kind = RightKinds.Ownership,
                HolderId = aigerim.Iin,
                HolderName = aigerim.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2017 жылғы 2 қазандағы № 7-3322 сатып алу-сату шарты",
                BasisRu = "Договор купли-продажи № 7-3322 от 02.10.2017",
                RegisteredAt = At(2017, 10, 5, 6, 45),
                EndedAt = At(2021, 4, 12, 9, 5),
                EndBasisKk = "2021 жылғы 8 сәуірдегі № 4-880 сатып алу-сату шарты",
                EndBasisRu = "Договор купли-продажи № 4-880 от 08.04.2021",
            },
            new RealEstateRight
            {
                CadastralNumber = FormerParking,
                Kind = RightKinds.Ownership,
                HolderId = dana.Iin,
                HolderName = dana.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2021 жылғы 8 сәуірдегі № 4-880 сатып алу-сату шарты",
                BasisRu = "Договор купли-продажи № 4-880 от 08.04.2021",
                RegisteredAt = At(2021, 4, 12, 9, 5),
            },
            new RealEstateRight
            {
                CadastralNumber = AkkolHouse,
                Kind = RightKinds.Ownership,
                HolderId = igor.Iin,
                HolderName = igor.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2004 жылғы 11 маусымдағы мұрагерлік құқығы туралы куәлік",
                BasisRu = "Свидетельство о праве на наследство от 11.06.2004",
                RegisteredAt = At(2004, 6, 18, 4, 30),
                EndedAt = At(2022, 8, 30, 5, 50),
                EndBasisKk = "2022 жылғы 25 тамыздағы № 1-2210 сыйға тарту шарты",
                EndBasisRu = "Договор дарения № 1-2210 от 25.08.2022",
            },
            new RealEstateRight
            {
                CadastralNumber = AkkolHouse,
                Kind = RightKinds.Ownership,
                HolderId = mira.Iin,
                HolderName = mira.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2022 жылғы 25 тамыздағы № 1-2210 сыйға тарту шарты",
                BasisRu = "Договор дарения № 1-2210 от 25.08.2022",
                RegisteredAt = At(2022, 8, 30, 5, 50),
            },
            new RealEstateRight
            {
                CadastralNumber = AstanaFlat,
                Kind = RightKinds.Ownership,
                HolderId = dana.Iin,
                HolderName = dana.FullName,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2021 жылғы 1 тамыздағы № 12-77 үлестік қатысу шарты",
                BasisRu = "Договор долевого участия № 12-77 от 01.08.2021",
                RegisteredAt = At(2021, 8, 5, 7, 15),
            },
            new RealEstateRight
            {
                CadastralNumber = Office,
                Kind = RightKinds.Ownership,
                HolderId = baiterek.Bin,
                HolderName = baiterek.NameRu,
                OwnershipForm = OwnershipForms.Sole,
                BasisKk = "2012 жылғы 14 ақпандағы пайдалануға қабылдау актісі",
                BasisRu = "Акт приёмки в эксплуатацию от 14.02.2012",
                RegisteredAt = At(2012, 2, 20, 3, 0),
            });

        db.Set<RealEstateEncumbrance>().AddRange(
            new RealEstateEncumbrance
            {
                CadastralNumber = Flat,
                Kind = EncumbranceKinds.Mortgage,
                ContentKk = "Ипотекалық қарыз шартын қамтамасыз ету, 18 500 000 теңге",
                ContentRu = "Обеспечение договора ипотечного займа, 18 500 000 тенге",
                InterestedParty = "«Қазақстан Халық Банкі» АҚ",
                BasisKk = "2017 жылғы 2 қазандағы № 17-ИП-5521 ипотека шарты",
                BasisRu = "Договор ипотеки № 17-ИП-5521 от 02.10.2017",
                RegisteredAt = At(2017, 10, 5, 6, 41),
            },
            new RealEstateEncumbrance
            {
                CadastralNumber = House,
                Kind = EncumbranceKinds.Arrest,
                ContentKk = "Иеліктен шығаруға тыйым салу",
                ContentRu = "Запрет на отчуждение",
                InterestedParty = "Алматы қ. жеке сот орындаушысы Сейітов Б.",
                BasisKk = "2026 жылғы 2 қазандағы № 2-4411/26 атқарушылық іс жүргізу бойынша қаулы",
                BasisRu = "Постановление по исполнительному производству № 2-4411/26 от 02.10.2026",
                RegisteredAt = At(2026, 10, 5, 8, 20),
            },
            new RealEstateEncumbrance
            {
                CadastralNumber = Office,
                Kind = EncumbranceKinds.Lease,
                ContentKk = "Екінші қабаттағы 210 м² үй-жайларды жалға беру, 2030 жылғы 31 желтоқсанға дейін",
                ContentRu = "Аренда помещений второго этажа 210 м², до 31.12.2030",
                InterestedParty = agro.NameRu + " (" + agro.Bin + ")",
                InterestedPartyId = agro.Bin,
                Share = "210/1240,6",
                BasisKk = "2025 жылғы 20 желтоқсандағы № 45 жалдау шарты",
                BasisRu = "Договор аренды № 45 от 20.12.2025",
                RegisteredAt = At(2025, 12, 24, 6, 0),
            });

        db.Set<RealEstateClaim>().Add(new RealEstateClaim
        {
            CadastralNumber = Flat,
            KindKk = "Мәміле",
            KindRu = "Сделка",
            ContentKk = "Неке шарты (ерлі-зайыптылардың мүліктік құқықтары)",
            ContentRu = "Брачный договор (имущественные права супругов)",
            Applicant = aigerim.FullName + ", " + nurlan.FullName,
            BasisKk = "2019 жылғы 1 ақпандағы нотариаттық куәландырылған неке шарты",
            BasisRu = "Нотариально удостоверенный брачный договор от 01.02.2019",
            RegisteredAt = At(2019, 2, 4, 5, 0),
        });
    }
}
