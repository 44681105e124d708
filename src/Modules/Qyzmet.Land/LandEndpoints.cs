using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Qyzmet.Kernel.Errors;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;

namespace Qyzmet.Land;

/// <summary>The body of <c>POST /api/land/plots/check</c>: the boundary (a GeoJSON object, or GeoJSON as a string), the declared area and optionally the settlement.</summary>
public sealed record PlotCheckRequest(JsonElement? Boundary, decimal? AreaHectares, string? Settlement);

/// <summary>The land cadastre's map and lookups (issue 13 "Land cadastre"); every answer in WGS 84 longitude/latitude.</summary>
internal static class LandEndpoints
{
    /// <summary>The map shows at most this many plots at once.</summary>
    private const int MapLimit = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/land").WithTags("Land cadastre");

        g.MapGet("/plots/at", async (double? lon, double? lat, HttpContext http, LandCadastre cadastre, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var plot = await cadastre.PlotAtAsync(lon ?? double.NaN, lat ?? double.NaN, ct)
                ?? throw new QyzmetException(KernelErrors.NotFound, string.Create(CultureInfo.InvariantCulture, $"A registered land plot at {lon}, {lat}"));
            return Results.Ok(View(plot));
        }).WithSummary("The registered land plot whose boundary holds the point (indexed lookup)");

        g.MapGet("/plots/near", async (double? lon, double? lat, double? radius, HttpContext http, LandCadastre cadastre, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var plots = await cadastre.PlotsNearAsync(lon ?? double.NaN, lat ?? double.NaN, radius ?? 200, 50, ct);
            return Results.Ok(plots.Select(View));
        }).WithSummary("Registered land plots within 'radius' metres (default 200, at most 5000) of the point, nearest first (indexed lookup)");

        g.MapGet("/plots/{number}", async (string number, HttpContext http, QyzmetDbContext db, IAddressRegister addresses, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var plot = await db.Set<LandPlot>().AsNoTracking().SingleOrDefaultAsync(p => p.CadastralNumber == number, ct)
                ?? throw new QyzmetException(LandErrors.PlotNotFound, number);
            await PlotAddresses.ResolveAsync(addresses, [plot], ct);
            return Results.Ok(View(LandCadastre.Summary(plot, null)));
        }).WithSummary("A registered land plot with its boundary (no right holders: D-536)");

        g.MapPost("/plots/check", async (PlotCheckRequest request, HttpContext http, LandCadastre cadastre, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var geoJson = request.Boundary switch
            {
                { ValueKind: JsonValueKind.String } s => s.GetString(),
                { ValueKind: JsonValueKind.Object } o => o.GetRawText(),
                _ => null,
            };
            if (request.AreaHectares is not { } area || area <= 0 || area > 100_000)
            {
                throw new QyzmetException(KernelErrors.Validation)
                {
                    Fields = { ["areaHectares"] = new("Алаңды гектармен оң сан ретінде беріңіз", "Укажите площадь в гектарах положительным числом", "Give the area in hectares as a positive number") },
                };
            }

            var check = (await cadastre.CheckRequestedPlotAsync(geoJson!, area, string.IsNullOrWhiteSpace(request.Settlement) ? null : request.Settlement, ct)).ThrowIfRefused();
            return Results.Ok(new
            {
                ok = true,
                areaSquareMetres = Math.Round(check.AreaSquareMetres, 1),
                areaHectares = Math.Round(check.AreaSquareMetres / 10_000, 4),
                settlement = check.SettlementCode,
                settlementName = check.SettlementName,
            });
        }).WithSummary("Checks a requested plot: inside a settlement, overlapping no registered plot (named when it does), of the declared area (D-532)");

        g.MapGet("/settlements", async (HttpContext http, QyzmetDbContext db, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var all = await db.Set<Settlement>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
            return Results.Ok(all.Select(s => new
            {
                s.Code,
                name = s.Name,
                s.RegionCode,
                bounds = new[] { s.MinLon, s.MinLat, s.MaxLon, s.MaxLat },
                boundary = PlotGeometry.ToGeoJson(PlotGeometry.FromWkb(s.BoundaryWkb)),
            }));
        }).WithSummary("Settlements with their boundaries");

        g.MapGet("/map", async (string? settlement, HttpContext http, QyzmetDbContext db, LandCadastre cadastre, CancellationToken ct) =>
        {
            SignedIn(http.User);
            var s = await (settlement is null ? db.Set<Settlement>().AsNoTracking().OrderBy(x => x.Code) : db.Set<Settlement>().AsNoTracking().Where(x => x.Code == settlement))
                .FirstOrDefaultAsync(ct) ?? throw new QyzmetException(LandErrors.SettlementNotFound, settlement ?? "");
            var plots = await cadastre.PlotsInAsync(new Envelope(s.MinLon, s.MaxLon, s.MinLat, s.MaxLat), MapLimit, ct);
            var features = new List<object>
            {
                new
                {
                    type = "Feature",
                    geometry = PlotGeometry.ToGeoJson(PlotGeometry.FromWkb(s.BoundaryWkb)),
                    properties = new { kind = "settlement", code = s.Code, name = s.Name },
                },
            };
            features.AddRange(plots.Where(p => p.Boundary is not null).Select(p => (object)new
            {
                type = "Feature",
                geometry = PlotGeometry.ToGeoJson(p.Boundary!),
                properties = new
                {
                    kind = "plot",
                    cadastralNumber = p.CadastralNumber,
                    purpose = p.Purpose,
                    rightKind = p.RightKind,
                    areaSquareMetres = p.AreaSquareMetres,
                },
            }));
            return Results.Ok(new { type = "FeatureCollection", settlement = s.Code, bounds = new[] { s.MinLon, s.MinLat, s.MaxLon, s.MaxLat }, features });
        }).WithSummary("A settlement's boundary and its registered plots as a GeoJSON FeatureCollection (for the map)");
    }

    private static object View(PlotSummary p) => new
    {
        p.CadastralNumber,
        settlement = p.SettlementCode,
        address = p.Address,
        addressCode = p.AddressCode,
        purpose = p.Purpose,
        category = p.Category,
        rightKind = p.RightKind,
        p.AreaSquareMetres,
        p.BoundaryAreaSquareMetres,
        point = p.PointLon is null ? null : new[] { p.PointLon.Value, p.PointLat!.Value },
        boundary = p.Boundary is null ? (JsonElement?)null : PlotGeometry.ToGeoJson(p.Boundary),
        p.DistanceMetres,
    };

    private static void SignedIn(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new QyzmetException(KernelErrors.SignInRequired);
        }
    }
}
