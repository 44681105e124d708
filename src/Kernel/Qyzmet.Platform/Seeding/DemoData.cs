using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Seeding;

/// <summary>
/// The demo population seeded on first start: enough people, companies and staff to try every service.
/// IINs and BINs are generated with valid check digits from fixed parts, so they are the same on every machine.
/// Properties build fresh instances on each read, because EF Core takes ownership of the objects it inserts.
/// </summary>
public static class DemoData
{
    public static Person Aigerim => NewPerson("ЖАНБОЛАТОВА", "АЙГЕРІМ", "СЕРІКҚЫЗЫ", new DateOnly(1990, 3, 15), Sex.Female, 11, "75", "Алматы қ., Абай даңғылы, 10, 5-пәтер", "+77011234567", "aigerim@example.kz", "АЛМАТЫ, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "АЛМАТЫ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Nurlan => NewPerson("ЖАНБОЛАТОВ", "НҰРЛАН", "ҚАЙРАТҰЛЫ", new DateOnly(1988, 7, 2), Sex.Male, 21, "75", "Алматы қ., Абай даңғылы, 10, 5-пәтер", "+77017654321", null, "ТАРАЗ, ЖАМБЫЛ, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "ТАРАЗ, ЖАМБЫЛСКАЯ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Almas => NewPerson("СМИРНОВ", "АЛМАС", "ВИТАЛЬЕВИЧ", new DateOnly(2009, 8, 24), Sex.Male, 31, "11", "Ақмола обл., Аршалы ауд., Аршалы а., Бірлік к., 7", "+77021112233", null, "АРШАЛЫ, АҚМОЛА, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "АРШАЛЫНСКИЙ, АКМОЛИНСКАЯ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Talgat => NewPerson("ҚОЖАХМЕТ", "ТАЛҒАТ", "ДҮЙСЕНХАНҰЛЫ", new DateOnly(1977, 1, 12), Sex.Male, 41, "63", "Шығыс Қазақстан обл., Абай ауд., Қарауыл а., 3", "+77053334455", null, "ҚАРАУЫЛ, АБАЙ, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "КАРАУЛ, АБАЙСКИЙ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Mira => NewPerson("МАМЕТОВА", "МИРА", null, new DateOnly(1974, 10, 11), Sex.Female, 51, "11", "Ақмола обл., Ақкөл қ., Нұрлы к., 12", null, null, "АҚКӨЛ, АҚМОЛА, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "АККОЛЬ, АКМОЛИНСКАЯ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Igor => NewPerson("ВЕРТКОВ", "ИГОРЬ", "НИКОЛАЕВИЧ", new DateOnly(1969, 9, 28), Sex.Male, 61, "11", "Ақмола обл., Ақкөл қ., Нұрлы к., 14", null, null, "АҚКӨЛ, АҚМОЛА, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "АККОЛЬ, АКМОЛИНСКАЯ, РЕСПУБЛИКА КАЗАХСТАН");
    public static Person Dana => NewPerson("ОМАРОВА", "ДАНА", "ЕРЛАНҚЫЗЫ", new DateOnly(1995, 12, 1), Sex.Female, 71, "71", "Астана қ., Мәңгілік Ел даңғылы, 20, 14-пәтер", "+77075556677", "dana@example.kz", "АСТАНА, ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "АСТАНА, РЕСПУБЛИКА КАЗАХСТАН");

    /// <summary>People to sign in as in the portal (applicants).</summary>
    public static IReadOnlyList<Person> People => [Aigerim, Nurlan, Almas, Talgat, Mira, Igor, Dana];

    public static LegalEntity Baiterek => new()
    {
        Bin = Bin.Create(2010, 5, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 1234).Value,
        NameKk = "«Бәйтерек Құрылыс» ЖШС",
        NameRu = "ТОО «Байтерек Курылыс»",
        RegisteredOn = new DateOnly(2010, 5, 14),
        HeadIin = Nurlan.Iin,
        HeadName = Nurlan.FullName,
        ActivityCode = "41201",
        ActivityName = "Тұрғын үй ғимараттарын салу / Строительство жилых зданий",
        RegionCode = "75",
        Address = "Алматы қ., Сәтпаев к., 30",
        RegisteringBodyKk = "Алматы қаласының Әділет департаменті",
        RegisteringBodyRu = "Департамент юстиции города Алматы",
        RegistrationNumber = "10452-1910-ЖШС",
        LastRegisteredOn = new DateOnly(2018, 3, 12),
        Reregistered = true,
        Rnn = "600400612345",
        Okpo = "501234561",
        Founders =
        {
            new LegalEntityFounder { Bin = "", FounderId = Nurlan.Iin, FounderName = Nurlan.FullName, SharePercent = 60m },
            new LegalEntityFounder { Bin = "", FounderId = Aigerim.Iin, FounderName = Aigerim.FullName, SharePercent = 40m },
        },
    };

    public static LegalEntity AgroDala => new()
    {
        Bin = Bin.Create(2015, 11, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 4321).Value,
        NameKk = "«Агро Дала» ЖШС",
        NameRu = "ТОО «Агро Дала»",
        RegisteredOn = new DateOnly(2015, 11, 3),
        HeadIin = Dana.Iin,
        HeadName = Dana.FullName,
        ActivityCode = "01110",
        ActivityName = "Дәнді дақылдарды өсіру / Выращивание зерновых культур",
        RegionCode = "11",
        Address = "Ақмола обл., Аршалы ауд., Аршалы а., Тәуелсіздік к., 1",
        RegisteringBodyKk = "Ақмола облысының Әділет департаменті",
        RegisteringBodyRu = "Департамент юстиции Акмолинской области",
        RegistrationNumber = "4321-1902-ЖШС",
        LastRegisteredOn = new DateOnly(2015, 11, 3),
        Okpo = "501432101",
        Founders =
        {
            new LegalEntityFounder { Bin = "", FounderId = Dana.Iin, FounderName = Dana.FullName, SharePercent = 100m },
        },
    };

    /// <summary>Baiterek's branch in Astana (001b.md §6.5 C2: a branch is registered with its own BIN).</summary>
    public static LegalEntity BaiterekAstanaBranch => new()
    {
        Bin = Bin.Create(2012, 3, BinEntityType.ResidentLegalEntity, BinAttribute.Branch, 1235).Value,
        NameKk = "«Бәйтерек Құрылыс» ЖШС-нің Астана қаласындағы филиалы",
        NameRu = "Филиал ТОО «Байтерек Курылыс» в городе Астане",
        RegisteredOn = new DateOnly(2012, 3, 20),
        HeadIin = Talgat.Iin,
        HeadName = Talgat.FullName,
        ActivityCode = "41201",
        ActivityName = "Тұрғын үй ғимараттарын салу / Строительство жилых зданий",
        RegionCode = "71",
        Address = "Астана қ., Сарыарқа ауд., Бейбітшілік к., 18",
        ParentBin = Baiterek.Bin,
        Kind = LegalEntityKinds.Branch,
        RegisteringBodyKk = "Астана қаласының Әділет департаменті",
        RegisteringBodyRu = "Департамент юстиции города Астаны",
        RegistrationNumber = "2201-1901-Ф",
        LastRegisteredOn = new DateOnly(2012, 3, 20),
        Okpo = "501234562",
    };

    /// <summary>Baiterek's representative office in Shymkent.</summary>
    public static LegalEntity BaiterekShymkentOffice => new()
    {
        Bin = Bin.Create(2020, 6, BinEntityType.ResidentLegalEntity, BinAttribute.RepresentativeOffice, 1236).Value,
        NameKk = "«Бәйтерек Құрылыс» ЖШС-нің Шымкент қаласындағы өкілдігі",
        NameRu = "Представительство ТОО «Байтерек Курылыс» в городе Шымкенте",
        RegisteredOn = new DateOnly(2020, 6, 8),
        HeadIin = Igor.Iin,
        HeadName = Igor.FullName,
        ActivityCode = "70220",
        ActivityName = "Коммерциялық қызмет мәселелері бойынша консультациялар / Консультирование по вопросам коммерческой деятельности",
        RegionCode = "79",
        Address = "Шымкент қ., Тәуке хан даңғылы, 5",
        ParentBin = Baiterek.Bin,
        Kind = LegalEntityKinds.RepresentativeOffice,
        RegisteringBodyKk = "Шымкент қаласының Әділет департаменті",
        RegisteringBodyRu = "Департамент юстиции города Шымкента",
        RegistrationNumber = "301-1958-П",
        LastRegisteredOn = new DateOnly(2020, 6, 8),
    };

    /// <summary>A company founded by another company (Baiterek 70%) and a person (Mira 30%): 001b.md §6.5 C4.</summary>
    public static LegalEntity QalaInvest => new()
    {
        Bin = Bin.Create(2019, 9, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 5678).Value,
        NameKk = "«Қала Инвест» ЖШС",
        NameRu = "ТОО «Кала Инвест»",
        RegisteredOn = new DateOnly(2019, 9, 16),
        HeadIin = Mira.Iin,
        HeadName = Mira.FullName,
        ActivityCode = "68201",
        ActivityName = "Меншікті жылжымайтын мүлікті жалға беру / Аренда собственной недвижимости",
        RegionCode = "71",
        Address = "Астана қ., Есіл ауд., Қабанбай батыр даңғылы, 11",
        RegisteringBodyKk = "Астана қаласының Әділет департаменті",
        RegisteringBodyRu = "Департамент юстиции города Астаны",
        RegistrationNumber = "5678-1901-ЖШС",
        LastRegisteredOn = new DateOnly(2019, 9, 16),
        Okpo = "501567801",
        Founders =
        {
            new LegalEntityFounder { Bin = "", FounderId = Baiterek.Bin, FounderName = Baiterek.NameRu, SharePercent = 70m },
            new LegalEntityFounder { Bin = "", FounderId = Mira.Iin, FounderName = Mira.FullName, SharePercent = 30m },
        },
    };

    public static IReadOnlyList<LegalEntity> LegalEntities => [Baiterek, AgroDala, BaiterekAstanaBranch, BaiterekShymkentOffice, QalaInvest];

    /// <summary>
    /// Aigerim (a founder of Baiterek, not its head) represents Baiterek under a valid power of attorney; her power of
    /// attorney for Agro Dala expired in 2024 (decision D-308).
    /// </summary>
    public static PowerOfAttorney AigerimForBaiterek => new()
    {
        Id = new Guid("0193f1a0-0000-7000-8000-000000000001"),
        Bin = Baiterek.Bin,
        RepresentativeIin = Aigerim.Iin,
        Number = "2025-Н-000145",
        IssuedOn = new DateOnly(2025, 1, 15),
        ValidUntil = new DateOnly(2030, 1, 14),
        RegisteredAt = new DateTime(2025, 1, 15, 6, 0, 0, DateTimeKind.Utc),
        RegisteredBy = "demo",
    };

    public static PowerOfAttorney AigerimForAgroDalaExpired => new()
    {
        Id = new Guid("0193f1a0-0000-7000-8000-000000000002"),
        Bin = AgroDala.Bin,
        RepresentativeIin = Aigerim.Iin,
        Number = "2023-Н-000981",
        IssuedOn = new DateOnly(2023, 2, 1),
        ValidUntil = new DateOnly(2024, 1, 31),
        RegisteredAt = new DateTime(2023, 2, 1, 6, 0, 0, DateTimeKind.Utc),
        RegisteredBy = "demo",
    };

    public static IReadOnlyList<PowerOfAttorney> PowersOfAttorney => [AigerimForBaiterek, AigerimForAgroDalaExpired];

    public static IReadOnlyList<ProviderUnit> Units =>
    [
        new() { Id = "psc-almaty-1", Provider = "state-corporation", NameKk = "Алматы қ. №1 ХҚКО", NameRu = "ЦОН №1 г. Алматы", RegionCode = "75" },
        new() { Id = "land-centre-75", Provider = "land-cadastre-centre", NameKk = "Жер кадастры ҒӨО, Алматы филиалы", NameRu = "НПЦ земельного кадастра, филиал по г. Алматы", RegionCode = "75", ResultSignatoryIin = LandHead.Iin },
        new() { Id = "land-centre-11", Provider = "land-cadastre-centre", NameKk = "Жер кадастры ҒӨО, Ақмола филиалы", NameRu = "НПЦ земельного кадастра, Акмолинский филиал", RegionCode = "11" },
        new() { Id = "land-centre-hq", Provider = "land-cadastre-centre", NameKk = "Жер кадастры ҒӨО", NameRu = "НПЦ земельного кадастра", RegionCode = "00" },
        new() { Id = "civil-registry-75", Provider = "civil-registry", NameKk = "Алматы қ. Әділет департаментінің АХАЖ бөлімі", NameRu = "Отдел ЗАГС Департамента юстиции г. Алматы", RegionCode = "75", ResultSignatoryIin = RegistryHead.Iin },
        new() { Id = "civil-registry-11", Provider = "civil-registry", NameKk = "Ақмола облысының Әділет департаментінің АХАЖ бөлімі", NameRu = "Отдел ЗАГС Департамента юстиции Акмолинской области", RegionCode = "11" },
        new() { Id = "civil-registry-63", Provider = "civil-registry", NameKk = "Шығыс Қазақстан облысының Әділет департаментінің АХАЖ бөлімі", NameRu = "Отдел ЗАГС Департамента юстиции Восточно-Казахстанской области", RegionCode = "63" },
        new() { Id = "civil-registry-71", Provider = "civil-registry", NameKk = "Астана қ. Әділет департаментінің АХАЖ бөлімі", NameRu = "Отдел ЗАГС Департамента юстиции г. Астаны", RegionCode = "71" },
        new() { Id = "real-estate-75", Provider = "real-estate-registrar", NameKk = "Алматы қаласының Әділет департаменті (жылжымайтын мүлікке құқықтарды тіркеу)", NameRu = "Департамент юстиции города Алматы (регистрация прав на недвижимое имущество)", RegionCode = "75" },
        new() { Id = "real-estate-71", Provider = "real-estate-registrar", NameKk = "Астана қаласының Әділет департаменті (жылжымайтын мүлікке құқықтарды тіркеу)", NameRu = "Департамент юстиции города Астаны (регистрация прав на недвижимое имущество)", RegionCode = "71" },
        new() { Id = "real-estate-11", Provider = "real-estate-registrar", NameKk = "Ақмола облысының Әділет департаменті (жылжымайтын мүлікке құқықтарды тіркеу)", NameRu = "Департамент юстиции Акмолинской области (регистрация прав на недвижимое имущество)", RegionCode = "11" },
        new() { Id = "real-estate-hq", Provider = "real-estate-registrar", NameKk = "ҚР Әділет министрлігінің Тіркеу қызметі комитеті", NameRu = "Комитет регистрационной службы Министерства юстиции РК", RegionCode = "00" },
        new() { Id = "legal-entities-75", Provider = "legal-entities-registrar", NameKk = "Алматы қаласының Әділет департаменті", NameRu = "Департамент юстиции города Алматы", RegionCode = "75" },
        new() { Id = "legal-entities-71", Provider = "legal-entities-registrar", NameKk = "Астана қаласының Әділет департаменті", NameRu = "Департамент юстиции города Астаны", RegionCode = "71" },
        new() { Id = "legal-entities-hq", Provider = "legal-entities-registrar", NameKk = "Қазақстан Республикасының Әділет министрлігі", NameRu = "Министерство юстиции Республики Казахстан", RegionCode = "00" },
        // The authority for quality assessment and control of state services (003.md para 10; 004.md §4.10): its Almaty department
        // and its national office, which takes complaints from regions without a department (D-721).
        new() { Id = "quality-authority-75", Provider = "quality-authority", NameKk = "Мемлекеттік қызмет істері агенттігінің Алматы қаласы бойынша департаменті", NameRu = "Департамент Агентства по делам государственной службы по городу Алматы", RegionCode = "75" },
        new() { Id = "quality-authority", Provider = "quality-authority", NameKk = "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі", NameRu = "Агентство Республики Казахстан по делам государственной службы", RegionCode = "00" },
        new() { Id = "platform", Provider = "platform", NameKk = "Платформа әкімшілігі", NameRu = "Администрация платформы", RegionCode = "00" },
    ];

    public static StaffMember PscOperator => Staff("ОПЕРАТОРОВА ӘСЕЛ", Roles.PscOperator, "psc-almaty-1", new DateOnly(1992, 4, 4), Sex.Female, 81);
    public static StaffMember LandExecutor => Staff("КАДАСТРОВ ЕРЛАН", Roles.ProviderExecutor, "land-centre-75", new DateOnly(1985, 2, 20), Sex.Male, 82);
    public static StaffMember RegistryExecutor => Staff("ТІРКЕУОВА ГҮЛНАР", Roles.ProviderExecutor, "civil-registry-75", new DateOnly(1983, 6, 30), Sex.Female, 83);
    /// <summary>Registrar of rights to real estate (records transactions in the rights register, 001b.md §3.1).</summary>
    public static StaffMember RealEstateRegistrar => Staff("ТІРКЕУШІ ДӘУРЕН", Roles.ProviderExecutor, "real-estate-75", new DateOnly(1987, 5, 5), Sex.Male, 85);
    public static StaffMember Administrator => Staff("ӘКІМШІ БАҚЫТ", Roles.Administrator, "platform", new DateOnly(1980, 1, 10), Sex.Male, 84);
    /// <summary>Head of the Almaty land-cadastre branch: signs its results (issue 3).</summary>
    public static StaffMember LandHead => Staff("БАСШЫБАЕВ МАРАТ", Roles.ProviderHead, "land-centre-75", new DateOnly(1975, 5, 5), Sex.Male, 85);
    /// <summary>Head of the Almaty civil-registry office: signs its results (issue 3).</summary>
    public static StaffMember RegistryHead => Staff("БАСТЫҚОВА САУЛЕ", Roles.ProviderHead, "civil-registry-75", new DateOnly(1978, 8, 8), Sex.Female, 86);
    /// <summary>A land-cadastre executor of the Akmola branch: a staff member of another unit, for access tests.</summary>
    public static StaffMember AkmolaLandExecutor => Staff("АҚМОЛАЕВ ДӘУРЕН", Roles.ProviderExecutor, "land-centre-11", new DateOnly(1987, 3, 3), Sex.Male, 87);

    /// <summary>The quality authority's Almaty department's officer: answers the complaints addressed to it (ADR 0022, D-726).</summary>
    public static StaffMember QualityHead => Staff("САПАРОВА ДИНАРА", Roles.QualityOfficer, "quality-authority-75", new DateOnly(1979, 4, 14), Sex.Female, 720);

    /// <summary>A specialist of the quality authority's Almaty department: sees its complaints desk.</summary>
    public static StaffMember QualitySpecialist => Staff("БАҚЫЛАУОВ ЕРЖАН", Roles.ProviderExecutor, "quality-authority-75", new DateOnly(1986, 9, 9), Sex.Male, 721);

    /// <summary>The quality authority's national office's officer (complaints from regions without a department; D-726).</summary>
    public static StaffMember QualityNationalHead => Staff("АГЕНТОВ САЯН", Roles.QualityOfficer, "quality-authority", new DateOnly(1972, 2, 22), Sex.Male, 722);

    /// <summary>The Almaty land-cadastre branch's ICT-responsible employee: records technical-problem protocols (003.md para 8).</summary>
    public static StaffMember LandIctOfficer => Staff("ЖҮЙЕЛІКОВ ТИМУР", Roles.IctOfficer, "land-centre-75", new DateOnly(1991, 11, 3), Sex.Male, 723);

    /// <summary>Staff of the quality authority's national office: reads the monitoring dashboard (issue 15, ADR 0023).</summary>
    public static StaffMember MonitoringOfficer => Staff("САПАЕВА ДИНАРА", Roles.MonitoringOfficer, "quality-authority", new DateOnly(1986, 6, 16), Sex.Female, 89);

    public static IReadOnlyList<StaffMember> StaffMembers =>
        [PscOperator, LandExecutor, RegistryExecutor, RealEstateRegistrar, Administrator, LandHead, RegistryHead, AkmolaLandExecutor,
         QualityHead, QualitySpecialist, QualityNationalHead, LandIctOfficer, MonitoringOfficer];

    /// <summary>MCI by the annual budget laws (2023–2026).</summary>
    public static IReadOnlyList<MciRate> MciRates =>
    [
        new() { Year = 2023, Tiyn = 345_000 },
        new() { Year = 2024, Tiyn = 369_200 },
        new() { Year = 2025, Tiyn = 393_200 },
        new() { Year = 2026, Tiyn = 432_500 },
    ];

    private static Person NewPerson(string last, string first, string? patronymic, DateOnly birth, Sex sex, int serial, string region,
        string address, string? phone, string? email, string birthPlaceKk, string birthPlaceRu)
    {
        var iin = Iin.Create(birth, sex, serial).Value;
        return new Person
        {
            Iin = iin,
            LastName = last,
            FirstName = first,
            Patronymic = patronymic,
            BirthDate = birth,
            Sex = sex == Sex.Male ? "male" : "female",
            BirthPlaceKk = birthPlaceKk,
            BirthPlaceRu = birthPlaceRu,
            RegionCode = region,
            Address = address,
            MobilePhone = phone,
            Email = email,
            Documents =
            {
                new IdentityDocument
                {
                    Iin = iin,
                    Kind = "id-card",
                    Number = "0" + iin[..8],
                    IssuedOn = new DateOnly(2020, 1, 15),
                    ExpiresOn = new DateOnly(2030, 1, 14),
                    Issuer = "ҚР ІІМ / МВД РК",
                },
            },
        };
    }

    /// <summary>
    /// A demo official: the head of a unit, whom the unit also names as its authorised signatory for automated issuance
    /// (decision D-304). Modules declare theirs in <c>DemoStaff</c> and call <see cref="AuthoriseSignatories"/> when seeding.
    /// </summary>
    public static StaffMember Head(string name, string unit, DateOnly birth, Sex sex, int serial) => Staff(name, Roles.ProviderHead, unit, birth, sex, serial);

    /// <summary>Names each official as the authorised signatory of their unit (the units must already be in the context).</summary>
    public static void AuthoriseSignatories(QyzmetDbContext db, IEnumerable<StaffMember> officials)
    {
        foreach (var official in officials)
        {
            var unit = db.ProviderUnits.Find(official.UnitId) ?? throw new InvalidOperationException($"Demo unit {official.UnitId} is missing.");
            unit.ResultSignatoryIin = official.Iin;
        }
    }

    private static StaffMember Staff(string name, string role, string unit, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = unit };
}
