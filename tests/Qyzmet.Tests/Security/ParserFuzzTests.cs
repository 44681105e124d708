using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Fuzz the parsers" (D-804): property tests (CsCheck, a fixed number of inputs each so CI stays bounded, and a
/// time limit so a hang fails) over the parsers of untrusted input: IIN and BIN, cadastral numbers, the GeoJSON plot
/// boundary, and signature containers (detached CMS/p7s and signed XML). Each either accepts the input or refuses it with
/// the domain error (QyzmetException, which the API turns into a 4xx); nothing else is ever thrown.
/// </summary>
public sealed class ParserFuzzTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    /// <summary>Inputs per property; the totals are in docs/reliability.md.</summary>
    public const int Iterations = 3000;

    /// <summary>Random text, digit strings of near-valid length, and valid identifiers with one character changed.</summary>
    private static readonly Gen<string> IdentifierLike = Gen.OneOf(
        Gen.String,
        Gen.Char["0123456789"].Array[0, 16].Select(c => new string(c)),
        Gen.Char["0123456789- :/\u00a0\u0660"].Array[10, 20].Select(c => new string(c)),
        Gen.Select(Gen.Int[0, 11], Gen.Char, (i, c) => { var s = DemoIin.ToCharArray(); s[i] = c; return new string(s); }));

    private const string DemoIin = "900315400116";

    [Fact(Timeout = 120_000)]
    public Task IinAndBin_AcceptOrRefuseWithTheDomainError() => Task.Run(() =>
        IdentifierLike.Sample(s =>
        {
            DomainOnly(() => Iin.Parse(s));
            DomainOnly(() => Bin.Parse(s));
            if (Iin.TryParse(s, out var iin, out _))
            {
                Assert.Equal(iin.Value, Iin.Parse(iin.Value).Value); // what is accepted reads back the same
            }

            _ = Bin.TryParse(s, out _, out _);
        }, iter: Iterations), TestContext.Current.CancellationToken);

    [Fact(Timeout = 120_000)]
    public Task CadastralNumbers_AcceptOrRefuseWithTheDomainError() => Task.Run(() =>
        Gen.OneOf(IdentifierLike,
                Gen.Select(Gen.Int[0, 999], Gen.Int[0, 9999], Gen.Int[0, 9999], Gen.Int[0, 9999], (a, b, c, d) => $"{a:00}-{b:000}-{c:000}-{d:000}"),
                Gen.Select(Gen.Int[0, 99], Gen.Int[0, 999], Gen.String[0, 8], (a, b, tail) => $"{a:00}-{b:000}-045-067{tail}"))
            .Sample(s =>
            {
                DomainOnly(() => CadastralNumber.Parse(s));
                if (CadastralNumber.TryParse(s, out var n, out _))
                {
                    Assert.Equal(n.Value, CadastralNumber.Parse(n.Value).Value);
                }
            }, iter: Iterations), TestContext.Current.CancellationToken);

    /// <summary>Polygons with random (also absurd) coordinates and ring shapes, deeply nested arrays, and random text.</summary>
    [Fact(Timeout = 120_000)]
    public Task GeoJsonPlots_AcceptOrRefuseWithTheDomainError()
    {
        var coordinate = Gen.OneOf(Gen.Double[-200, 200], Gen.Double, Gen.Const(double.NaN), Gen.Const(1e308))
            .Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "\"" + d + "\"");
        var ring = Gen.Select(coordinate, coordinate).Select((x, y) => $"[{x},{y}]").Array[0, 12].Select(points => "[" + string.Join(',', points) + "]");
        var polygon = ring.Array[0, 3].Select(rings => "{\"type\":\"Polygon\",\"coordinates\":[" + string.Join(',', rings) + "]}");
        var nested = Gen.Int[1, 2000].Select(depth => "{\"type\":\"Polygon\",\"coordinates\":" + new string('[', depth) + new string(']', depth) + "}");
        var feature = polygon.Select(p => "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + p + "}]}");
        var wrongTypes = Gen.OneOf(Gen.Const("{\"type\":\"Polygon\",\"coordinates\":\"x\"}"), Gen.Const("{\"type\":7}"), Gen.Const("[]"),
            Gen.Const("{\"type\":\"Point\",\"coordinates\":[76.9,43.2]}"), Gen.Const("null"));
        return Task.Run(() => Gen.OneOf(polygon, nested, feature, wrongTypes, Gen.String)
            .Sample(json => DomainOnly(() => PlotGeometry.Read(json, "boundary")), iter: Iterations), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Random bytes, DER-looking bytes (a SEQUENCE header with random or lying lengths) and random or hostile XML (an entity
    /// expansion "billion laughs", an external entity) as signatures: refused with the domain error, never a crash or hang.
    /// </summary>
    [Fact(Timeout = 240_000)]
    public async Task SignatureContainers_AcceptOrRefuseWithTheDomainError()
    {
        using var scope = host.Factory.Services.CreateScope();
        var verifier = scope.ServiceProvider.GetRequiredService<SignatureVerifier>();
        var content = "data"u8.ToArray();
        var der = Gen.Select(Gen.Byte.Array[0, 600], Gen.Int[0, 3], (body, form) => form switch
        {
            0 => body,
            1 => [0x30, 0x82, (byte)(body.Length >> 8), (byte)body.Length, .. body],
            2 => [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, .. body], // a length far beyond the data
            _ => [0x30, 0x80, .. body, 0x00, 0x00], // indefinite length
        });
        var cmsInputs = der.Array[Iterations / 10].Single();
        foreach (var cms in cmsInputs)
        {
            await DomainOnlyAsync(() => verifier.VerifyAsync(content, cms, KeyPurpose.Authentication, TestContext.Current.CancellationToken));
        }

        var hostile = new[]
        {
            "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><login><nonce>&f;</nonce></login>",
            "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><login><nonce>&x;</nonce></login>",
            "<login><nonce>x</nonce><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo/></Signature></login>",
            new string('<', 10_000),
            string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000)),
        };
        var xmlInputs = Gen.OneOf(Gen.String, Gen.Char["<>/=\"a"].Array[0, 200].Select(c => new string(c))).Array[Iterations / 10].Single().Concat(hostile);
        foreach (var xml in xmlInputs)
        {
            await DomainOnlyAsync(() => verifier.VerifyXmlAsync(xml, KeyPurpose.Authentication, TestContext.Current.CancellationToken));
        }
    }

    private static void DomainOnly(Action parse)
    {
        try
        {
            parse();
        }
        catch (QyzmetException)
        {
            // the domain error: a 4xx naming the field at the API
        }
    }

    private static async Task DomainOnlyAsync(Func<Task> parse)
    {
        try
        {
            await parse();
        }
        catch (QyzmetException)
        {
        }
    }
}
