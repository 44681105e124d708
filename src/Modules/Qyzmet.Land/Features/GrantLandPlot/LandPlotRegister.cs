using System.Globalization;
using System.Text.Json;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>
/// What the register says about a requested plot: accepted, or refused with the reason and, for an overlap, the registered
/// plot it overlaps (issue 13 "Land cadastre").
/// </summary>
public sealed record RequestedPlotCheck(bool Accepted, LocalizedText? Reason = null, string? OverlapsCadastralNumber = null)
{
    public static RequestedPlotCheck Ok { get; } = new(true);
}

/// <summary>The right a signed decision creates (003.md para 6 Stage 2; Standard item 5).</summary>
public sealed record GrantedLandRight(
    string ApplicationNumber,
    string HolderId,
    string HolderName,
    string RegionCode,
    string PlotGeoJson,
    decimal AreaHectares,
    string Address,
    string Purpose,
    bool FreeOfCharge,
    string DecisionNumber,
    DateOnly DecisionDate,
    LocalizedText Issuer);

/// <summary>
/// The seam between granting (003.md) and the land cadastre (ADR 0015 notes). The granting procedure asks the register to check a
/// requested plot before anything is stored, and records the granted right when the decision is signed. The cadastre work of
/// issue 13 (geometry, overlap and settlement-boundary checks) provides the real implementation; <see cref="BasicLandPlotRegister"/>
/// is the default.
/// </summary>
public interface ILandPlotRegister
{
    /// <summary>Checks the requested plot (GeoJSON Polygon, WGS 84) against the register and the declared area in hectares.</summary>
    Task<RequestedPlotCheck> CheckRequestedPlotAsync(string geoJson, decimal declaredAreaHectares, CancellationToken ct);

    /// <summary>Creates the plot and its right holder in the land cadastre; returns the new plot's cadastral number.</summary>
    Task<string> RecordGrantedRightAsync(GrantedLandRight right, CancellationToken ct);
}

/// <summary>
/// The default register: accepts any well-formed GeoJSON polygon (no geometry checks) and records the right in the existing land
/// tables (<c>land_plots</c>, <c>land_plot_holders</c>), so that the four information services of 002.md see it at once.
/// </summary>
internal sealed class BasicLandPlotRegister(QyzmetDbContext db, NumberSequence numbers) : ILandPlotRegister
{
    public Task<RequestedPlotCheck> CheckRequestedPlotAsync(string geoJson, decimal declaredAreaHectares, CancellationToken ct) =>
        Task.FromResult(IsPolygon(geoJson) ? RequestedPlotCheck.Ok : new RequestedPlotCheck(false, LandGrantTexts.NotAPolygon));

    /// <summary>A GeoJSON Polygon (or a Feature holding one) whose rings are closed, of at least four [lon, lat] positions.</summary>
    public static bool IsPolygon(string geoJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(geoJson);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.GetString() == "Feature" && root.TryGetProperty("geometry", out var g))
            {
                root = g;
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "Polygon"
                || !root.TryGetProperty("coordinates", out var rings) || rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
            {
                return false;
            }

            foreach (var ring in rings.EnumerateArray())
            {
                if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
                {
                    return false;
                }

                var points = ring.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Array && p.GetArrayLength() >= 2
                    && p[0].ValueKind == JsonValueKind.Number && p[1].ValueKind == JsonValueKind.Number
                    ? (Lon: p[0].GetDouble(), Lat: p[1].GetDouble()) : (Lon: double.NaN, Lat: double.NaN)).ToList();
                if (points.Any(p => double.IsNaN(p.Lon) || p.Lon is < -180 or > 180 || p.Lat is < -90 or > 90) || points[0] != points[^1])
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public async Task<string> RecordGrantedRightAsync(GrantedLandRight right, CancellationToken ct)
    {
        // Demo numbering: the oblast, the district and quarter 099 reserved for plots granted through the platform.
        var seq = await numbers.NextAsync("land-plot-" + right.RegionCode, ct);
        var number = string.Create(CultureInfo.InvariantCulture, $"{right.RegionCode}-201-099-{seq:D3}");
        var rightKind = right.FreeOfCharge
            ? new LocalizedText("Уақытша өтеусіз жер пайдалану", "Временное безвозмездное землепользование", "Temporary free land use")
            : new LocalizedText("Уақытша өтеулі жер пайдалану", "Временное возмездное землепользование", "Temporary paid land use");
        db.Set<LandPlot>().Add(new LandPlot
        {
            CadastralNumber = number,
            RegionCode = right.RegionCode,
            AddressKk = right.Address,
            AddressRu = right.Address,
            AreaSquareMetres = (long)decimal.Round(right.AreaHectares * 10_000m, 0, MidpointRounding.AwayFromZero),
            CategoryKk = "Елді мекендердің жерлері",
            CategoryRu = "Земли населённых пунктов",
            PurposeKk = right.Purpose,
            PurposeRu = right.Purpose,
            RightKindKk = rightKind.Kk,
            RightKindRu = rightKind.Ru,
            Divisible = false,
            FirstTitleKindKk = "Жер учаскесіне құқық беру туралы шешім",
            FirstTitleKindRu = "Решение о предоставлении права на земельный участок",
            FirstTitleNumber = right.DecisionNumber,
            FirstTitleDate = right.DecisionDate,
            FirstTitleIssuerKk = right.Issuer.Kk,
            FirstTitleIssuerRu = right.Issuer.Ru,
            Holders =
            {
                new LandPlotHolder { CadastralNumber = number, HolderId = right.HolderId, HolderName = right.HolderName, SharePercent = 100m, Since = right.DecisionDate },
            },
        });
        return number;
    }
}
