using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Bench;

/// <summary>Hot paths of every request: identifier checks and deadline counting. Ratios are to the first of each category.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuleBenchmarks
{
    private readonly WorkingCalendar _calendar = new([]);
    private readonly DateTimeOffset _friday = new(2026, 11, 20, 19, 0, 0, TimeSpan.FromHours(5));
    private const string ValidIin = "900315400116";

    [Benchmark(Baseline = true), BenchmarkCategory("identifiers")]
    public bool IinLengthAndDigitsOnly() => ValidIin.Length == 12 && ValidIin.All(char.IsAsciiDigit);

    [Benchmark, BenchmarkCategory("identifiers")]
    public bool IinFullValidation() => Iin.TryParse(ValidIin, out _, out _);

    [Benchmark, BenchmarkCategory("identifiers")]
    public bool CadastralNumberParse() => CadastralNumber.TryParse("75-123-045-067:12:45", out _, out _);

    [Benchmark(Baseline = true), BenchmarkCategory("calendar")]
    public bool IsWorkingDay() => _calendar.IsWorkingDay(new DateOnly(2026, 3, 23));

    [Benchmark, BenchmarkCategory("calendar")]
    public Deadline FiveWorkingDays() => _calendar.Compute(_friday, DeadlineRule.WorkingDays(5));

    [Benchmark, BenchmarkCategory("calendar")]
    public Deadline TwoMonthsOfCalendarDays() => _calendar.Compute(_friday, DeadlineRule.CalendarDays(60));
}

/// <summary>Issuing a result document: render the PDF, then sign it and verify it.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks : IDisposable
{
    private readonly PdfRenderer _renderer = new();
    private readonly DocumentSigner _signer = new();
    private Qyzmet.Platform.Trust.PlatformCertificateAuthority? _ca;
    private X509Certificate2? _certificate;
    private byte[] _pdf = [];
    private byte[] _signature = [];
    private DocumentContent _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ca = new Qyzmet.Platform.Trust.PlatformCertificateAuthority(Directory.CreateTempSubdirectory("qyzmet-bench-").FullName, "http://127.0.0.1:5080");
        _certificate = _ca.Issue(new("900315400116", "BENCH", Qyzmet.Platform.Trust.KeyPurpose.Signing, Qyzmet.Platform.Trust.KeyAlgorithm.Rsa2048));
        _content = new DocumentContent
        {
            Issuer = [new("Жер кадастры ҒӨО", "НПЦ земельного кадастра")],
            Title = new("АНЫҚТАМА", "СПРАВКА"),
            DocumentNumber = "D2026-00000001",
            IssuedAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(5)),
            Sections = [new DocumentSection(new("Кадастрлық ақпарат", "Кадастровая информация"),
                [.. Enumerable.Range(1, 12).Select(i => (DocumentBlock)new DocumentField(new($"Өріс {i}", $"Поле {i}"), BilingualText.Same("75-123-045-067 Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі")))])],
        };
        _pdf = _renderer.Render(_content, "http://127.0.0.1:5080/verify/00000000-0000-0000-0000-000000000000");
        _signature = _signer.SignDetached(_pdf, _certificate, _ca.Issuing);
    }

    [Benchmark(Baseline = true)]
    public string Sha256OfPdf() => DocumentSigner.Sha256Hex(_pdf);

    [Benchmark]
    public byte[] SignPdf() => _signer.SignDetached(_pdf, _certificate!, _ca!.Issuing);

    [Benchmark]
    public bool VerifySignature() => _signer.Verify(_pdf, _signature, _ca!.Root).Valid;

    [Benchmark]
    public byte[] RenderPdf() => _renderer.Render(_content, "http://127.0.0.1:5080/verify/00000000-0000-0000-0000-000000000000");

    public void Dispose()
    {
        _certificate?.Dispose();
        _ca?.Dispose();
        GC.SuppressFinalize(this);
    }
}
