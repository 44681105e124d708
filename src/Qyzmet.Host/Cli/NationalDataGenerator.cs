using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Host.Cli;

/// <summary>How much to generate (issue 16 "Data at national size": up to 20M individuals, 500k legal entities, 5M
/// real-estate objects, 3M land plots, 10M applications).</summary>
internal sealed record GenerationSizes(int Persons, int LegalEntities, int RealEstate, int LandPlots, int Applications);

/// <summary>
/// A realistic synthetic dataset for load tests (issue 16, D-353): people with valid IINs (checksum, birth date and sex
/// encoded), Kazakh and Russian names, addresses, birth acts, legal entities with valid BINs, real-estate objects with
/// their owners' rights, land plots with holders, and applications of every service in every state of its procedure,
/// assigned to the units that provide the service. Deterministic: a row is a function of its index, so nothing is held
/// in memory and a person's applications can be found again (<see cref="PersonIin"/>).
/// </summary>
internal sealed class NationalDataGenerator(QyzmetDbContext db, ProcedureRegistry procedures, TimeProvider time, PdfRenderer renderer, DocumentSigner signer,
    Platform.Trust.ResultSigningKeys keys, IDocumentBlobStore store, TextWriter log)
{
    // Regions of Kazakhstan by their KATO prefix as the registries use them (DemoData: 75 Almaty, 71 Astana, 11 Akmola ...).
    private static readonly (string Code, string Kk, string Ru)[] Regions =
    [
        ("75", "Алматы қ.", "г. Алматы"), ("71", "Астана қ.", "г. Астана"), ("79", "Шымкент қ.", "г. Шымкент"),
        ("11", "Ақмола облысы", "Акмолинская область"), ("15", "Ақтөбе облысы", "Актюбинская область"),
        ("19", "Алматы облысы", "Алматинская область"), ("23", "Атырау облысы", "Атырауская область"),
        ("27", "Батыс Қазақстан облысы", "Западно-Казахстанская область"), ("31", "Жамбыл облысы", "Жамбылская область"),
        ("35", "Қарағанды облысы", "Карагандинская область"), ("39", "Қостанай облысы", "Костанайская область"),
        ("43", "Қызылорда облысы", "Кызылординская область"), ("47", "Маңғыстау облысы", "Мангистауская область"),
        ("55", "Павлодар облысы", "Павлодарская область"), ("59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
        ("63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"), ("61", "Түркістан облысы", "Туркестанская область"),
    ];

    private static readonly string[] KazakhMale = ["Нұрлан", "Ерлан", "Асқар", "Дәурен", "Серік", "Бауыржан", "Ержан", "Қайрат", "Талғат", "Әлихан", "Ұлан", "Ғалым", "Мұрат", "Жандос", "Айбек", "Нұрсұлтан"];
    private static readonly string[] KazakhFemale = ["Айгерім", "Дана", "Гүлнар", "Әсел", "Жанар", "Мөлдір", "Назерке", "Ақерке", "Гүлмира", "Сәуле", "Айжан", "Ләззат", "Іңкәр", "Аружан", "Балнұр", "Жұлдыз"];
    private static readonly string[] KazakhSurnames = ["Сейітов", "Әбенов", "Нұрланов", "Қасымов", "Жұмабаев", "Омаров", "Тоқаев", "Бекмұхамбетов", "Есенов", "Сәрсенбаев", "Әлиев", "Ахметов", "Мұқанов", "Құнанбаев", "Жақсылықов", "Ермеков"];
    private static readonly string[] RussianMale = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Иван", "Михаил", "Николай", "Владимир", "Павел"];
    private static readonly string[] RussianFemale = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Екатерина", "Юлия"];
    private static readonly string[] RussianSurnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров"];
    private static readonly string[] Streets = ["Абая", "Достык", "Сейфуллина", "Жібек жолы", "Төле би", "Назарбаева", "Кабанбай батыра", "Сатпаева", "Розыбакиева", "Гоголя", "Пушкина", "Байтурсынова"];
    private static readonly string[] Activities = ["47.11 Розничная торговля", "41.20 Строительство жилых и нежилых зданий", "62.01 Разработка программного обеспечения", "01.11 Выращивание зерновых культур", "49.41 Грузовые перевозки"];

    private static readonly DateOnly FirstBirth = new(1940, 1, 1);
    private const int BirthDays = 365 * 84;

    public async Task<IReadOnlyList<(string Table, long Rows, TimeSpan Took)>> RunAsync(GenerationSizes sizes, CancellationToken ct)
    {
        var report = new List<(string, long, TimeSpan)>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        async Task Step(string table, Func<Task<long>> write)
        {
            var watch = Stopwatch.StartNew();
            var rows = await write();
            report.Add((table, rows, watch.Elapsed));
            await log.WriteLineAsync($"{table}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        }

        await Step("registry_people", () => PeopleAsync(sizes.Persons, ct));
        await Step("civil_acts", () => BirthActsAsync(sizes.Persons, ct));
        await Step("registry_legal_entities", () => LegalEntitiesAsync(sizes, ct));
        await Step("realestate_objects+rights", () => RealEstateAsync(sizes, ct));
        await Step("land_plots+holders", () => LandPlotsAsync(sizes, ct));
        // The applications, their history, invoices and results (D-378): each a step of its own in the report.
        await ApplicationsAsync(sizes, Step, ct);
        if (db.Database.IsNpgsql())
        {
            var watch = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            report.Add(("ANALYZE", 0, watch.Elapsed));
        }

        return report;
    }

    /// <summary>The IIN of generated person <paramref name="i"/>: valid checksum, birth date and sex as encoded (D-353).</summary>
    public static string PersonIin(int i)
    {
        var day = i % BirthDays;
        var male = i / BirthDays % 2 == 0;
        // Serials from 5001 up, stepping by 10: the demo people's serials are below 5000 (e.g. 900315400116), and a serial
        // whose check digit is undefined moves to the next one (IdentificationNumber), which never meets the next block's.
        // 499 blocks of 84 years × 2 sexes: up to 30.6M people.
        var serial = 5001 + 10 * (i / (BirthDays * 2));
        return Iin.Create(FirstBirth.AddDays(day), male ? Sex.Male : Sex.Female, serial).Value;
    }

    /// <summary>
    /// The BIN of generated legal entity <paramref name="i"/>: valid checksum, registration month encoded, serials from
    /// 50001 up (the demo entities' are lower): up to 1.5M entities.
    /// </summary>
    public static string EntityBin(int i) =>
        Bin.Create(2000 + i % 25, 1 + i / 25 % 12, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 50_001 + 10 * (i / 300)).Value;

    private static uint Hash(long i, uint salt)
    {
        var x = (ulong)i * 0x9E3779B97F4A7C15UL ^ salt * 0xC2B2AE3D27D4EB4FUL;
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 29;
        return (uint)x;
    }

    private static T Pick<T>(T[] values, long i, uint salt) => values[Hash(i, salt) % (uint)values.Length];

    private static (string Last, string First, string? Patronymic, bool Male) Name(int i)
    {
        var male = i / BirthDays % 2 == 0;
        if (Hash(i, 1) % 5 == 0)
        {
            var last = Pick(RussianSurnames, i, 2);
            return (male ? last : last + "а", Pick(male ? RussianMale : RussianFemale, i, 3), Pick(RussianMale, i, 4) + (male ? "ович" : "овна"), male);
        }

        var surname = Pick(KazakhSurnames, i, 5);
        return (male ? surname : surname + "а", Pick(male ? KazakhMale : KazakhFemale, i, 6), Pick(KazakhMale, i, 7) + (male ? "ұлы" : "қызы"), male);
    }

    private static string FullName(int i)
    {
        var (last, first, patronymic, _) = Name(i);
        return Platform.Documents.DocumentTexts.PersonName(last, first, patronymic);
    }

    private static (string Code, string Kk, string Ru) Region(long i) => Pick(Regions, i, 11);

    private static string Address(long i, bool kazakh)
    {
        var (_, kk, ru) = Region(i);
        var street = Pick(Streets, i, 12);
        var house = 1 + Hash(i, 13) % 250;
        var flat = 1 + Hash(i, 14) % 180;
        return kazakh ? $"{kk}, {street} к-сі, {house}-үй, {flat}-пәтер" : $"{ru}, ул. {street}, д. {house}, кв. {flat}";
    }

    private async Task<long> PeopleAsync(int count, CancellationToken ct)
    {
        await using var w = await BulkTableWriter.OpenAsync(db, "registry_people",
            "Iin", "LastName", "FirstName", "Patronymic", "BirthDate", "Sex", "BirthPlaceKk", "BirthPlaceRu", "RegionCode", "Address", "MobilePhone");
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (last, first, patronymic, male) = Name(i);
            var (code, kk, ru) = Region(i);
            await w.AddAsync(PersonIin(i), last, first, patronymic, FirstBirth.AddDays(i % BirthDays), male ? "male" : "female", kk, ru, code,
                Address(i, kazakh: false), "+7 70" + (Hash(i, 15) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture));
        }

        return w.Count;
    }

    private async Task<long> BirthActsAsync(int count, CancellationToken ct)
    {
        await using var w = await BulkTableWriter.OpenAsync(db, "civil_acts",
            "Kind", "ActNumber", "ActDate", "OfficeKk", "OfficeRu", "RegionCode", "SubjectIin", "SubjectName", "SubjectBirthDate", "BirthPlaceKk", "BirthPlaceRu");
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (code, kk, ru) = Region(i);
            var born = FirstBirth.AddDays(i % BirthDays);
            await w.AddAsync("birth", "G" + i.ToString("D9", CultureInfo.InvariantCulture), born.AddDays(3), kk + " АХАЖ бөлімі", "Отдел ЗАГС " + ru, code,
                PersonIin(i), FullName(i), born, kk, ru);
        }

        return w.Count;
    }

    private async Task<long> LegalEntitiesAsync(GenerationSizes sizes, CancellationToken ct)
    {
        await using var w = await BulkTableWriter.OpenAsync(db, "registry_legal_entities",
            "Bin", "NameKk", "NameRu", "RegisteredOn", "HeadIin", "HeadName", "ActivityCode", "ActivityName", "RegionCode", "Address", "Kind");
        for (var i = 0; i < sizes.LegalEntities; i++)
        {
            ct.ThrowIfCancellationRequested();
            var head = (int)(Hash(i, 21) % (uint)Math.Max(1, sizes.Persons));
            var activity = Pick(Activities, i, 22);
            var name = Pick(Streets, i, 23) + " " + (i % 1000).ToString(CultureInfo.InvariantCulture);
            await w.AddAsync(EntityBin(i), $"«{name}» ЖШС", $"ТОО «{name}»", new DateOnly(2000 + i % 25, 1 + i / 25 % 12, 1 + i % 28), PersonIin(head), FullName(head),
                activity[..5], activity[6..], Region(i).Code, Address(i, kazakh: false), "legal-entity");
        }

        return w.Count;
    }

    /// <summary>A cadastral number no demo object uses: districts 900–999 of the region (000.md para 1: OO-RRR-KKK-YYY).</summary>
    private static string Cadastral(long i) =>
        $"{Region(i).Code}-{900 + i / 1_000_000 % 100:D3}-{i / 1000 % 1000:D3}-{i % 1000:D3}";

    private async Task<long> RealEstateAsync(GenerationSizes sizes, CancellationToken ct)
    {
        await using (var w = await BulkTableWriter.OpenAsync(db, "realestate_objects",
            "CadastralNumber", "AddressKk", "AddressRu", "KindKk", "KindRu", "PurposeKk", "PurposeRu", "RegionCode", "TotalArea", "Floor", "Storeys"))
        {
            for (var i = 0; i < sizes.RealEstate; i++)
            {
                ct.ThrowIfCancellationRequested();
                await w.AddAsync(Cadastral(i) + ":1", Address(i, kazakh: true), Address(i, kazakh: false), "Пәтер", "Квартира", "Тұрғын үй", "Жилое", Region(i).Code,
                    Math.Round(25m + Hash(i, 31) % 12000 / 100m, 2), 1 + (int)(Hash(i, 32) % 9), 9);
            }
        }

        await using (var w = await BulkTableWriter.OpenAsync(db, "realestate_rights",
            "CadastralNumber", "HolderId", "HolderName", "Kind", "OwnershipForm", "BasisKk", "BasisRu", "RegisteredAt"))
        {
            for (var i = 0; i < sizes.RealEstate; i++)
            {
                ct.ThrowIfCancellationRequested();
                var holder = (int)(Hash(i, 33) % (uint)Math.Max(1, sizes.Persons));
                var at = new DateTime(2005, 1, 1, 4, 0, 0, DateTimeKind.Utc).AddHours(Hash(i, 34) % 175_000);
                await w.AddAsync(Cadastral(i) + ":1", PersonIin(holder), FullName(holder), "ownership", "sole",
                    $"№ {i} сатып алу-сату шарты", $"Договор купли-продажи № {i}", at);
            }

            return sizes.RealEstate * 2L;
        }
    }

    private async Task<long> LandPlotsAsync(GenerationSizes sizes, CancellationToken ct)
    {
        // Land plots are numbered after the real-estate objects' quarters so that the two never share a number.
        var offset = (long)sizes.RealEstate;
        await using (var w = await BulkTableWriter.OpenAsync(db, "land_plots",
            "CadastralNumber", "AddressKk", "AddressRu", "AreaSquareMetres", "CategoryKk", "CategoryRu", "PurposeKk", "PurposeRu", "RegionCode",
            "RightKindKk", "RightKindRu", "RightKindCode", "Divisible"))
        {
            for (var i = 0; i < sizes.LandPlots; i++)
            {
                ct.ThrowIfCancellationRequested();
                var n = offset + i;
                await w.AddAsync(Cadastral(n), Address(n, kazakh: true), Address(n, kazakh: false), 400L + Hash(n, 41) % 5000,
                    "Елді мекендердің жерлері", "Земли населённых пунктов", "Жеке тұрғын үй құрылысы", "Индивидуальное жилищное строительство", Region(n).Code,
                    "Жеке меншік", "Частная собственность", "private-ownership", Hash(n, 42) % 2 == 0);
            }
        }

        await using (var w = await BulkTableWriter.OpenAsync(db, "land_plot_holders", "CadastralNumber", "HolderId", "HolderName", "SharePercent", "Since"))
        {
            for (var i = 0; i < sizes.LandPlots; i++)
            {
                ct.ThrowIfCancellationRequested();
                var n = offset + i;
                var holder = (int)(Hash(n, 43) % (uint)Math.Max(1, sizes.Persons));
                await w.AddAsync(Cadastral(n), PersonIin(holder), FullName(holder), 100m, new DateOnly(2000, 1, 1).AddDays((int)(Hash(n, 44) % 9000)));
            }
        }

        return sizes.LandPlots * 2L;
    }

    /// <summary>A generated service: its handler, its states, the units that may provide it, and the path of steps to each state.</summary>
    private sealed record GeneratedService(IStateServiceHandler Handler, string[] States, string[] Units, Dictionary<string, ProcedureTransition[]> Paths);

    /// <summary>One generated application, a function of its index (D-353), with what its history, invoice and result are (D-378).</summary>
    private sealed record GeneratedApplication(Guid Id, string Number, GeneratedService Service, string State, StateKind Kind, string ApplicantId,
        string ApplicantName, string Channel, string UnitId, DateTime SubmittedAt, DateOnly AcceptedOn, DateOnly DueOn, Guid? DocumentId)
    {
        public ProcedureTransition[] Path => Service.Paths[State];

        /// <summary>When the k-th step of the path was taken (k = 0 is the submission): a few hours apart.</summary>
        public DateTime StepAt(int k) => SubmittedAt.AddHours(k * 5);

        /// <summary>The step "pay" on the way here (the invoice was paid), or a "pay" step waiting now (it is requested).</summary>
        public int PaidAtStep => Array.FindIndex(Path, t => t.Trigger == PayTrigger) is var k and >= 0 ? k + 1 : -1;

        public bool AwaitsPayment => Kind == StateKind.Active && Service.Handler.Procedure.From(State).Any(t => t.Trigger == PayTrigger);
    }

    private const string PayTrigger = "pay";

    /// <summary>The services generated applications are for: each with its states and the units that may provide it.</summary>
    private async Task<List<GeneratedService>> ServicesAsync(CancellationToken ct)
    {
        var units = await db.ProviderUnits.AsNoTracking().Select(u => u.Id).ToListAsync(ct);
        return procedures.All
            .Select(h => new GeneratedService(h, h.Procedure.States.Select(s => s.Name).ToArray(),
                units.Where(u => u.StartsWith(h.UnitPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray(), Paths(h.Procedure)))
            .Where(s => s.Units.Length > 0 && s.States.Length > 0)
            .OrderBy(s => s.Handler.ServiceId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The shortest path of steps from the initial state to each state (breadth first); an unreachable state has none.</summary>
    private static Dictionary<string, ProcedureTransition[]> Paths(ProcedureDefinition procedure)
    {
        var paths = new Dictionary<string, ProcedureTransition[]>(StringComparer.Ordinal) { [procedure.InitialState] = [] };
        var queue = new Queue<string>([procedure.InitialState]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var t in procedure.From(state).Where(x => !paths.ContainsKey(x.To)))
            {
                paths[t.To] = [.. paths[state], t];
                queue.Enqueue(t.To);
            }
        }

        foreach (var s in procedure.States.Where(s => !paths.ContainsKey(s.Name)))
        {
            paths[s.Name] = [];
        }

        return paths;
    }

    /// <summary>A version-7 GUID (time-ordered, as the platform's) whose random part is the row's hash: the same in every pass.</summary>
    private static Guid TimeOrderedId(DateTime at, long i, uint salt)
    {
        Span<byte> b = stackalloc byte[16];
        var ms = (ulong)new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        for (var k = 0; k < 6; k++)
        {
            b[k] = (byte)(ms >> (8 * (5 - k)));
        }

        var (h1, h2, h3) = (Hash(i, salt), Hash(i, salt + 1), Hash(i, salt + 2));
        b[6] = (byte)(0x70 | (h1 & 0x0F));
        b[7] = (byte)(h1 >> 8);
        b[8] = (byte)(0x80 | ((h1 >> 16) & 0x3F));
        b[9] = (byte)(h1 >> 24);
        BitConverter.TryWriteBytes(b[10..14], h2);
        BitConverter.TryWriteBytes(b[14..16], (ushort)h3);
        return new Guid(b, bigEndian: true);
    }

    /// <summary>
    /// Application <paramref name="i"/>: every (service, state) pair in turn, so the smallest run already has every status of
    /// every service; the applicant person i·7919 mod persons (a person has about applications ÷ persons of them), legal
    /// entities for services that take no individuals; numbers "YYYY-NNNNNNN" of the years 2019–2025, which the number
    /// sequences (this year's) never reach.
    /// </summary>
    private static GeneratedApplication Application(long i, List<GeneratedService> services, int statesTotal, GenerationSizes sizes, DateOnly today,
        IReadOnlySet<string> unitsWithDocuments)
    {
        var slot = (int)(i % statesTotal);
        var k = 0;
        while (slot >= services[k].States.Length)
        {
            slot -= services[k].States.Length;
            k++;
        }

        var service = services[k];
        var handler = service.Handler;
        var state = service.States[slot];
        var year = 2019 + (int)(i % 7);
        var submitted = new DateTime(year, 1, 10, 4, 0, 0, DateTimeKind.Utc).AddMinutes(Hash(i, 51) % 500_000);
        string applicant, name;
        if (handler.AcceptsIndividuals || sizes.LegalEntities == 0)
        {
            var p = (int)(i * 7919 % Math.Max(1, sizes.Persons));
            (applicant, name) = (PersonIin(p), FullName(p));
        }
        else
        {
            var e = (int)(i * 7919 % sizes.LegalEntities);
            (applicant, name) = (EntityBin(e), $"ТОО «{Pick(Streets, e, 23)} {e % 1000}»");
        }

        var accepted = DateOnly.FromDateTime(submitted);
        var due = accepted.AddDays(5 + (int)(Hash(i, 52) % 25));
        // Open applications fall due around today, so desk queues hold work that is due, overdue and not yet due.
        if (i % 50 == 0)
        {
            due = today.AddDays((int)(Hash(i, 53) % 30) - 10);
        }

        var kind = handler.Procedure.State(state).Kind;
        var unit = Pick(service.Units, i, 55);
        var document = kind == StateKind.Completed && unitsWithDocuments.Contains(unit) ? TimeOrderedId(submitted.AddDays(3), i, 61) : (Guid?)null;
        return new GeneratedApplication(TimeOrderedId(submitted, i, 57), $"{year}-{i / 7 + 1:D7}", service, state, kind, applicant, name,
            Hash(i, 54) % 4 == 0 ? "service-centre" : "portal", unit, submitted, accepted, due, document);
    }

    /// <summary>
    /// The applications, then what each has in production (D-378): its history (the submission and each step of the shortest
    /// path to its state), its invoice when the path goes through "pay" (paid, with a receipt and a successful gateway attempt)
    /// or waits on it (requested), and the signed result of a completed application (the row; the bytes are one shared
    /// placeholder per unit in the document store).
    /// </summary>
    private async Task<long> ApplicationsAsync(GenerationSizes sizes, Func<string, Func<Task<long>>, Task> step, CancellationToken ct)
    {
        var services = await ServicesAsync(ct);
        if (services.Count == 0 || sizes.Applications == 0)
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var statesTotal = services.Sum(s => s.States.Length);
        var placeholders = await PlaceholdersAsync(services.SelectMany(s => s.Units).Distinct(StringComparer.Ordinal), ct);
        var withDocuments = placeholders.Keys.ToHashSet(StringComparer.Ordinal);
        GeneratedApplication App(long i) => Application(i, services, statesTotal, sizes, today, withDocuments);
        var count = 0L;
        await step("cases_applications", async () =>
        {
            await using var w = await BulkTableWriter.OpenAsync(db, "cases_applications",
                "Id", "Number", "ServiceId", "ApplicantId", "ApplicantName", "SubmittedBy", "Channel", "Status", "FormJson", "UnitId",
                "SubmittedAt", "AcceptedOn", "DueOn", "UpdatedAt", "Version", "ResultDocumentId");
            for (long i = 0; i < sizes.Applications; i++)
            {
                ct.ThrowIfCancellationRequested();
                var a = App(i);
                await w.AddAsync(a.Id, a.Number, a.Service.Handler.ServiceId, a.ApplicantId, a.ApplicantName, a.ApplicantId, a.Channel, a.State, "{}", a.UnitId,
                    a.SubmittedAt, a.AcceptedOn, a.DueOn, a.StepAt(a.Path.Length), a.Path.Length, a.DocumentId);
            }

            count = w.Count;
            return w.Count;
        });

        await step("cases_application_events", async () =>
        {
            await using var w = await BulkTableWriter.OpenAsync(db, "cases_application_events",
                "ApplicationId", "At", "ActorId", "ActorRole", "Trigger", "FromStatus", "ToStatus", "Reason");
            for (long i = 0; i < sizes.Applications; i++)
            {
                ct.ThrowIfCancellationRequested();
                var a = App(i);
                var procedure = a.Service.Handler.Procedure;
                await w.AddAsync(a.Id, a.SubmittedAt, a.ApplicantId, Roles.Applicant, "submit", "", procedure.InitialState, "submitted via " + a.Channel);
                for (var k = 0; k < a.Path.Length; k++)
                {
                    var t = a.Path[k];
                    var role = t.Roles.Count == 0 ? "system" : t.Roles[0];
                    await w.AddAsync(a.Id, a.StepAt(k + 1), role == Roles.Applicant ? a.ApplicantId : role == "system" ? "system" : a.UnitId, role, t.Trigger, t.From, t.To, null);
                }
            }

            return w.Count;
        });

        await step("payments_payments+attempts", async () =>
        {
            var rows = 0L;
            await using (var w = await BulkTableWriter.OpenAsync(db, "payments_payments",
                "Id", "ApplicationId", "AmountTiyn", "Purpose", "Status", "RequestedAt", "ExpiresAt", "PaidAt", "ReceiptNumber", "PayerId", "PaidVia", "RecipientName"))
            {
                for (long i = 0; i < sizes.Applications; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var a = App(i);
                    var paidAt = a.PaidAtStep;
                    if (paidAt < 0 && !a.AwaitsPayment)
                    {
                        continue;
                    }

                    // Requested on entering the step that waits on "pay": before the payment, or on entering the current state.
                    var paid = paidAt >= 0;
                    var requested = paid ? a.StepAt(paidAt - 1) : a.StepAt(a.Path.Length);
                    await w.AddAsync(TimeOrderedId(requested, i, 71), a.Id, 100L * (1000 + Hash(i, 72) % 20_000), a.Service.Handler.ServiceId,
                        paid ? PaymentStatus.Paid : PaymentStatus.Requested, requested, requested.AddDays(10), paid ? a.StepAt(paidAt) : null,
                        paid ? $"R{a.SubmittedAt.Year}-{i:D8}" : null, paid ? a.ApplicantId : null, paid ? "gateway" : null, "«Азаматтарға арналған үкімет» МК");
                }

                rows += w.Count;
            }

            await using (var w = await BulkTableWriter.OpenAsync(db, "payments_attempts",
                "Id", "PaymentId", "ApplicationId", "GatewayPaymentId", "Status", "Finished", "NextUrl", "StartedBy", "StartedByRole", "CreatedAt", "UpdatedAt", "LastSequence"))
            {
                for (long i = 0; i < sizes.Applications; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var a = App(i);
                    if (a.PaidAtStep is var paidAt && paidAt < 0)
                    {
                        continue;
                    }

                    var requested = a.StepAt(paidAt - 1);
                    await w.AddAsync(TimeOrderedId(requested, i, 75), TimeOrderedId(requested, i, 71), a.Id, $"gen-{i}", AttemptStatus.Success, true,
                        $"/pay/gen-{i}", a.ApplicantId, Roles.Applicant, requested, a.StepAt(paidAt), 2);
                }

                rows += w.Count;
            }

            return rows;
        });

        await step("documents_documents", async () =>
        {
            await using var w = await BulkTableWriter.OpenAsync(db, "documents_documents",
                "Id", "ApplicationId", "Kind", "Number", "TitleKk", "TitleRu", "OwnerId", "StatementJson", "Sha256", "Signature", "SignerSubject", "SignerIin",
                "SignerUnitId", "IssuedAt", "IsDuplicate", "Withheld");
            for (long i = 0; i < sizes.Applications; i++)
            {
                ct.ThrowIfCancellationRequested();
                var a = App(i);
                if (a.DocumentId is not { } id)
                {
                    continue;
                }

                var p = placeholders[a.UnitId];
                var statement = StatementRow.Serialize([new StatementRow(new BilingualText("Өтініш", "Заявление"), a.Number), new StatementRow(new BilingualText("Алушы", "Получатель"), a.ApplicantName)]);
                await w.AddAsync(id, a.Id, a.Service.Handler.ServiceId, $"D{a.SubmittedAt.Year}-{i:D8}", PlaceholderTitle.Kk, PlaceholderTitle.Ru, a.ApplicantId,
                    statement, p.Sha256, p.Signature, p.SignerSubject, p.SignerIin, a.UnitId, a.StepAt(a.Path.Length), false, false);
            }

            return w.Count;
        });

        return count;
    }

    private static readonly BilingualText PlaceholderTitle = new("СИНТЕТИКАЛЫҚ ҚҰЖАТ (жүктеме сынағы)", "СИНТЕТИЧЕСКИЙ ДОКУМЕНТ (нагрузочный тест)");

    private sealed record Placeholder(string Sha256, byte[] Signature, string SignerSubject, string SignerIin);

    /// <summary>
    /// D-378: one placeholder PDF, rendered once and put into the document store, signed once per unit by the unit's authorised
    /// official (D-304), so a generated result downloads and verifies like an issued one. Rendering and signing a PDF per
    /// generated application (~10 ms each) would make a million results take hours. A unit with no authorised official gets none.
    /// </summary>
    private async Task<Dictionary<string, Placeholder>> PlaceholdersAsync(IEnumerable<string> units, CancellationToken ct)
    {
        var result = new Dictionary<string, Placeholder>(StringComparer.Ordinal);
        var pdf = renderer.Render(new DocumentContent
        {
            Title = PlaceholderTitle,
            DocumentNumber = "D0000-00000000",
            IssuedAt = time.GetUtcNow(),
            Sections = [new DocumentSection(null, [new DocumentParagraph(new BilingualText(
                "Бұл құжат жүктеме сынағы үшін жасалған деректер жиынтығына жатады (issue 16).",
                "Этот документ относится к набору данных, созданному для нагрузочного теста (issue 16)."))])],
        }, "https://example.invalid/verify");
        var sha256 = DocumentSigner.Sha256Hex(pdf);
        await store.PutAsync(sha256, pdf, ct);
        foreach (var unit in units)
        {
            try
            {
                var (official, certificate, issuing) = await keys.ForAsync(new Platform.Trust.ResultSigning(unit), ct);
                result[unit] = new Placeholder(sha256, signer.SignDetached(pdf, certificate, issuing), certificate.Subject, official.Iin);
            }
            catch (Kernel.Errors.QyzmetException)
            {
                // D-304: nobody at this unit may sign results; its completed applications get none, as in production.
            }
        }

        return result;
    }
}
