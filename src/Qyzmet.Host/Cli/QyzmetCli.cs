using System.CommandLine;
using System.Text.Json;
using Qyzmet.Host.Api;
using Qyzmet.Host.Infrastructure;
using System.Security.Cryptography.X509Certificates;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Cli;

/// <summary>
/// Administrative commands, run with the same configuration as the host:
/// <c>dotnet run --project src/Qyzmet.Host -- calendar load transfers.json</c>.
/// </summary>
public static partial class QyzmetCli
{
    private static readonly string[] Commands = ["calendar", "migrate", "audit", "pki", "verify", "signer", "documents", "generate", "monitoring"];

    public static bool IsCommand(string arg) => Commands.Contains(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON array of {\"date\":\"yyyy-MM-dd\",\"kind\":\"DayOff|WorkingDay\",\"reason\":\"…\"}" };
        var load = new Command("load", "Load government transfers of days off (add or replace by date)") { file };
        load.SetAction(async (parse, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            var overrides = JsonSerializer.Deserialize<CalendarOverrideDto[]>(await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, ct),
                new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
            await using var scope = host.Services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<CalendarOverrideLoader>().LoadAsync(overrides, DemoData.Administrator.Iin, ct);
            Console.WriteLine($"Loaded {count} transfer(s).");
            return 0;
        });
        var migrate = new Command("migrate", "Apply database migrations and seed the demo data if the database is empty");
        migrate.SetAction(async (_, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        });
        var verifyChain = new Command("verify", "Check the hash chain of the audit log");
        verifyChain.SetAction(async (_, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var broken = await scope.ServiceProvider.GetRequiredService<Platform.Audit.AuditLog>().VerifyChainAsync(ct);
            Console.WriteLine(broken is null ? "Audit chain intact." : $"Audit chain broken at sequence {broken}.");
            return broken is null ? 0 : 1;
        });
        var root = new RootCommand("Qyzmet administration")
        {
            new Command("calendar", "Working calendar") { load },
            migrate,
            new Command("audit", "Audit log") { verifyChain },
            PkiCommand(),
            VerifyCommand(),
            SignerCommand(),
            DocumentsCommand(),
            GenerateCommand(),
            MonitoringCommand(),
        };
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>
    /// <c>generate</c>: a synthetic dataset at national size for load tests (issue 16, D-353), into a freshly migrated
    /// database (binary COPY on PostgreSQL, batched inserts on SQLite). Never against a production database.
    /// </summary>
    private static Command GenerateCommand()
    {
        var persons = new Option<int>("--persons") { Description = "Individuals (registry_people, with a birth act each)", DefaultValueFactory = _ => 100_000 };
        var entities = new Option<int>("--legal-entities") { Description = "Legal entities", DefaultValueFactory = _ => 5_000 };
        var realEstate = new Option<int>("--real-estate") { Description = "Real-estate objects (with one ownership right each)", DefaultValueFactory = _ => 50_000 };
        var plots = new Option<int>("--land-plots") { Description = "Land plots (with one holder each)", DefaultValueFactory = _ => 30_000 };
        var applications = new Option<int>("--applications") { Description = "Applications, of every service in every state", DefaultValueFactory = _ => 100_000 };
        var command = new Command("generate", "Generate a synthetic national-size dataset for load tests (valid IINs/BINs, kk/ru names, "
            + "civil acts, real estate, land plots, applications in every status) into a freshly migrated database") { persons, entities, realEstate, plots, applications };
        command.SetAction(async (parse, ct) =>
        {
            var sizes = new GenerationSizes(parse.GetValue(persons), parse.GetValue(entities), parse.GetValue(realEstate), parse.GetValue(plots), parse.GetValue(applications));
            if (new[] { sizes.Persons, sizes.LegalEntities, sizes.RealEstate, sizes.LandPlots, sizes.Applications }.Any(n => n < 0)
                || sizes.Persons > 20_000_000 || sizes.Applications > 20_000_000 || sizes.RealEstate > 100_000_000 || sizes.LandPlots > 100_000_000)
            {
                Console.Error.WriteLine("Sizes must be 0 or more (persons and applications at most 20,000,000).");
                return 2;
            }

            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var generator = ActivatorUtilities.CreateInstance<NationalDataGenerator>(scope.ServiceProvider, Console.Out);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await generator.RunAsync(sizes, ct);
            Console.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:F0} s. A generated person to sign in as: {NationalDataGenerator.PersonIin(0)}.");
            return 0;
        });
        return command;
    }

    /// <summary><c>documents migrate-to-store</c>: moves PDFs issued before ADR 0029 from the database to the document store.</summary>
    private static Command DocumentsCommand()
    {
        var batch = new Option<int>("--batch") { Description = "Documents per page read from the database", DefaultValueFactory = _ => 200 };
        var move = new Command("migrate-to-store", "Move the PDFs of documents issued before ADR 0029 from the database column to the document store "
            + "(each written, read back and checked before its column is cleared; safe to run again)") { batch };
        move.SetAction(async (parse, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var (moved, refused) = await scope.ServiceProvider.GetRequiredService<DocumentStoreMigration>().RunAsync(Math.Max(1, parse.GetValue(batch)), ct);
            Console.WriteLine($"Moved {moved} document(s) to the store.");
            if (refused > 0)
            {
                Console.Error.WriteLine($"{refused} document(s) do not match their hash and were left in the database (see the log).");
            }

            return refused == 0 ? 0 : 1;
        });
        return new Command("documents", "Result documents") { move };
    }

    /// <summary><c>pki issue|revoke|list</c>: the platform CA's register (ADR 0009).</summary>
    private static Command PkiCommand()
    {
        var iin = new Option<string>("--iin") { Description = "IIN of the holder (12 digits)", Required = true };
        var name = new Option<string?>("--name") { Description = "Common name (the holder's full name)" };
        var purpose = new Option<string>("--purpose") { Description = "auth or sign", DefaultValueFactory = _ => "sign" };
        var algorithm = new Option<string>("--algorithm") { Description = "rsa (RSA-2048) or ecdsa (P-256)", DefaultValueFactory = _ => "ecdsa" };
        var bin = new Option<string?>("--bin") { Description = "BIN of the company, for a legal entity's key" };
        var issue = new Command("issue", $"Issue a key and certificate; the PKCS#12 file (password {CertificateRegistry.DemoPassword}) is written under <data>/pki/keys") { iin, name, purpose, algorithm, bin };
        issue.SetAction(async (parse, ct) =>
        {
            var profile = TrustEndpoints.Profile(parse.GetValue(iin), parse.GetValue(name), parse.GetValue(purpose), parse.GetValue(algorithm), parse.GetValue(bin));
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<CertificateRegistry>();
            await registry.IssueAuditedAsync(profile, DemoData.Administrator.Iin, Platform.Identity.Roles.Administrator, ct);
            var path = registry.KeyFilePath(profile.Iin, profile.Purpose, profile.Bin);
            using var certificate = registry.LoadKeyFile(profile.Iin, profile.Purpose, profile.Bin)!;
            Console.WriteLine($"Issued {certificate.SerialNumber} to {certificate.Subject}, valid to {certificate.NotAfter:yyyy-MM-dd}");
            Console.WriteLine($"Key file: {path}");
            return 0;
        });

        var serial = new Argument<string>("serial") { Description = "Serial number (hex) as listed by 'pki list'" };
        var reason = new Option<string>("--reason") { Description = "Why (e.g. key compromise)", DefaultValueFactory = _ => "unspecified" };
        var revoke = new Command("revoke", "Revoke a certificate: it goes on the CRL (/pki/crl) and its signatures are refused") { serial, reason };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            try
            {
                var row = await scope.ServiceProvider.GetRequiredService<CertificateRegistry>()
                    .RevokeAsync(parse.GetValue(serial)!, parse.GetValue(reason)!, DemoData.Administrator.Iin, Platform.Identity.Roles.Administrator, ct);
                Console.WriteLine($"Revoked {row.Serial} ({row.CommonName}, {row.Purpose}) at {row.RevokedAt:u}.");
                return 0;
            }
            catch (Kernel.Errors.QyzmetException e)
            {
                Console.Error.WriteLine($"{e.Error.Code}: {e.LocalizedMessage("en")}");
                return 1;
            }
        });

        var ofIin = new Option<string?>("--iin") { Description = "Only this holder's certificates" };
        var list = new Command("list", "List issued certificates") { ofIin };
        list.SetAction(async (parse, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<CertificateRegistry>();
            string? after = null;
            while (true)
            {
                var page = await registry.ListAsync(parse.GetValue(ofIin), after, 500, ct);
                foreach (var c in page)
                {
                    Console.WriteLine($"{c.Serial}  {c.SubjectIin,-12}  {c.SubjectBin ?? "",-12}  {c.Purpose,-14}  {c.Algorithm,-10}  {c.NotAfter:yyyy-MM-dd}  {(c.RevokedAt is null ? "valid" : "REVOKED " + c.RevocationReason)}  {c.CommonName}");
                }

                if (page.Count < 500)
                {
                    return 0;
                }

                after = page[^1].Serial;
            }
        });
        return new Command("pki", "The platform certification authority") { issue, revoke, list };
    }

    /// <summary>
    /// The data folder the host would use (D-312), for commands that run without building the host: the configured
    /// <c>Qyzmet:DataPath</c> (appsettings.json beside the binaries, environment) resolved as the host resolves it.
    /// </summary>
    private static string ConfiguredDataPath() => DataFolder.Resolve(
        new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables().Build()["Qyzmet:DataPath"],
        AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    /// <summary><c>verify &lt;file&gt;</c>: checks a result document offline, with only the root certificate.</summary>
    private static Command VerifyCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = "The result PDF" };
        var signature = new Option<FileInfo?>("--signature") { Description = "Its detached CMS signature (default: <file>.p7s; download from /api/documents/{id}/signature)" };
        var rootCert = new Option<FileInfo?>("--root") { Description = "Root certificate of the CA (default: <data>/pki/root-ca.cer; download from /pki/root.cer)" };
        var crl = new Option<FileInfo?>("--crl") { Description = "Optional CRL (from /pki/crl) to check the signer against" };
        var verify = new Command("verify", "Check a result document's hash, signature and certificate chain offline") { file, signature, rootCert, crl };
        verify.SetAction(parse =>
        {
            var pdfFile = parse.GetValue(file)!;
            var signatureFile = parse.GetValue(signature) ?? new FileInfo(pdfFile.FullName + ".p7s");
            var rootFile = parse.GetValue(rootCert) ?? new FileInfo(Path.Combine(ConfiguredDataPath(), "pki", "root-ca.cer"));
            foreach (var needed in new[] { pdfFile, signatureFile, rootFile })
            {
                if (!needed.Exists)
                {
                    Console.Error.WriteLine($"Not found: {needed.FullName}");
                    return 2;
                }
            }

            var pdf = File.ReadAllBytes(pdfFile.FullName);
            using var root = X509CertificateLoader.LoadCertificateFromFile(rootFile.FullName);
            var check = new DocumentSigner().Verify(pdf, File.ReadAllBytes(signatureFile.FullName), root);
            Console.WriteLine($"SHA-256:   {DocumentSigner.Sha256Hex(pdf)}");
            Console.WriteLine($"Signer:    {check.SignerSubject ?? "-"}");
            Console.WriteLine($"Signed at: {check.SignedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            if (check.Valid && parse.GetValue(crl) is { } crlFile)
            {
                var serialHex = SignerSerial(File.ReadAllBytes(signatureFile.FullName));
                var list = CertificateRevocationListBuilder.Load(File.ReadAllBytes(crlFile.FullName), out _);
                if (serialHex is not null && list.RemoveEntry(Convert.FromHexString(serialHex)))
                {
                    Console.WriteLine("Result:    NOT VALID: the signer's certificate is on the CRL.");
                    return 1;
                }
            }

            Console.WriteLine(check.Valid ? "Result:    VALID (hash, signature and chain to the root)" : $"Result:    NOT VALID: {check.Problem}");
            return check.Valid ? 0 : 1;
        });
        return verify;
    }

    /// <summary>
    /// <c>signer</c>: the development stand-in for NCALayer on <c>ws://127.0.0.1:13579</c> (ADR 0010), signing with the demo
    /// key files of the data folder after a confirmation on this console.
    /// </summary>
    private static Command SignerCommand()
    {
        var port = new Option<int>("--port") { Description = "Loopback port (NCALayer's is 13579)", DefaultValueFactory = _ => NcaLayerDevSigner.DefaultPort };
        var data = new Option<string?>("--data") { Description = "The platform's data folder (default: Qyzmet:DataPath, 'data')" };
        var origins = new Option<string[]>("--origin") { Description = "Portal origin allowed to ask for signatures (repeatable)", DefaultValueFactory = _ => ["http://127.0.0.1:5080", "http://localhost:5080"], AllowMultipleArgumentsPerToken = true };
        var iin = new Option<string?>("--iin") { Description = "Use this person's demo keys (AUTH for sign-in, SIGN for requests) without choosing" };
        var yes = new Option<bool>("--yes") { Description = "Confirm every signing without asking (needs --iin; for tests and demos only)" };
        var command = new Command("signer", "Development signer speaking the NCALayer protocol (kz.gov.pki.knca.commonUtils) with the demo key files") { port, data, origins, iin, yes };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data) ?? ConfiguredDataPath();
            var keys = Path.GetFullPath(Path.Combine(folder, "pki", "keys"));
            var person = parse.GetValue(iin);
            var autoConfirm = parse.GetValue(yes);
            if (autoConfirm && string.IsNullOrWhiteSpace(person))
            {
                Console.Error.WriteLine("--yes needs --iin: whose key would be used?");
                return 2;
            }

            using var console = new SemaphoreSlim(1, 1);
            await using var signer = await NcaLayerDevSigner.StartAsync(keys, parse.GetValue(port), parse.GetValue(origins)!, async request =>
            {
                await console.WaitAsync(ct);
                try
                {
                    return ChooseOnConsole(request, person, autoConfirm);
                }
                finally
                {
                    console.Release();
                }
            }, ct);
            Console.WriteLine($"Development signer (NCALayer protocol) on {signer.Url} with the key files in {keys}.");
            Console.WriteLine($"Pages of {string.Join(", ", parse.GetValue(origins)!)} may ask for signatures. Ctrl+C stops it.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }

    private static string? ChooseOnConsole(DevSignerRequest request, string? iin, bool autoConfirm)
    {
        var suffix = request.KeyType switch { "AUTHENTICATION" => "-auth.p12", "SIGNATURE" => "-sign.p12", _ => ".p12" };
        // Demo key files are <iin>-auth.p12, <iin>-sign.p12 and <iin>-<bin>-sign.p12 (a company key): a person's own first.
        var suggested = request.KeyFiles.Where(f => f.EndsWith(suffix, StringComparison.Ordinal)
            && (iin is null || Path.GetFileName(f).StartsWith(iin + "-", StringComparison.Ordinal))).OrderBy(f => f.Length).ToList();
        Console.WriteLine();
        Console.WriteLine($"{request.Origin} asks: {request.Method} with a {(request.KeyType.Length == 0 ? "any" : request.KeyType)} key.");
        if (autoConfirm)
        {
            var chosen = suggested.FirstOrDefault();
            Console.WriteLine(chosen is null ? "No such key: cancelled." : $"Signed with {Path.GetFileName(chosen)} (--yes).");
            return chosen;
        }

        for (var i = 0; i < request.KeyFiles.Count; i++)
        {
            Console.WriteLine($"  {i + 1,3}  {Path.GetFileName(request.KeyFiles[i])}{(suggested.Contains(request.KeyFiles[i]) ? "   <- " + request.KeyType : "")}");
        }

        var first = suggested.Count > 0 ? request.KeyFiles.ToList().IndexOf(suggested[0]) + 1 : 0;
        Console.Write(first > 0 ? $"Key number to sign with (Enter: {first}, n: cancel): " : "Key number to sign with (n: cancel): ");
        var answer = Console.ReadLine()?.Trim();
        if (answer is null || answer.Equals("n", StringComparison.OrdinalIgnoreCase))
        {
            Console.WriteLine("Cancelled.");
            return null;
        }

        var number = answer.Length == 0 ? first : int.TryParse(answer, out var n) ? n : 0;
        return number >= 1 && number <= request.KeyFiles.Count ? request.KeyFiles[number - 1] : null;
    }

    private static string? SignerSerial(byte[] cms)
    {
        var signed = new System.Security.Cryptography.Pkcs.SignedCms();
        signed.Decode(cms);
        return signed.SignerInfos.Count == 1 ? signed.SignerInfos[0].Certificate?.SerialNumber : null;
    }

    private static async Task<WebApplication> StartServicesAsync(CancellationToken ct)
    {
        var app = QyzmetHost.Build(["--Qyzmet:TimerScanSeconds=0", "--Logging:LogLevel:Default=Warning"]);
        await app.Services.PrepareDatabaseAsync(DataFolder.SeedDemoData(app.Configuration, app.Environment), ct);
        return app;
    }
}
