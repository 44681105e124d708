using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Land.Geometry;

/// <summary>A plot boundary read and checked: the polygon (WGS 84 degrees), its area on the ellipsoid and its envelope.</summary>
public sealed record PlotShape(Polygon Boundary, double AreaSquareMetres)
{
    public Envelope Envelope => Boundary.EnvelopeInternal;

    /// <summary>A point guaranteed to lie inside the plot (the centroid, or an interior point for a concave plot).</summary>
    public Point Point => Boundary.Centroid is { } c && Boundary.Contains(c) ? c : Boundary.InteriorPoint;
}

/// <summary>Reading, checking, storing and measuring plot boundaries (decisions D-530, D-531, D-533).</summary>
public static class PlotGeometry
{
    /// <summary>At most this many vertices per boundary: a plot, not a district.</summary>
    public const int MaxVertices = 2_000;

    /// <summary>A plot is at most 50 km across (the largest settlement plots are a few km).</summary>
    public const double MaxSpanDegrees = 0.5;

    /// <summary>Overlaps and parts outside a boundary smaller than this are drawing noise, not conflicts (D-533).</summary>
    public const double NoiseSquareMetres = 1.0;

    public static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    private static readonly JsonSerializerOptions GeoJsonOptions = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        return options;
    }

    /// <summary>
    /// Reads a GeoJSON Polygon (or a Feature, or a FeatureCollection of one Feature, holding one) in WGS 84
    /// longitude/latitude, as drawn on the map or uploaded, and checks it is one simple closed boundary.
    /// <c>field</c> is the form field the GeoJSON came in: the problem names it.
    /// </summary>
    public static PlotShape Read(string? geoJson, string field)
    {
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            throw Bad(field, LandErrorTexts.Missing);
        }

        NetTopologySuite.Geometries.Geometry? geometry;
        try
        {
            using var doc = JsonDocument.Parse(geoJson);
            var type = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
            geometry = type switch
            {
                "FeatureCollection" => JsonSerializer.Deserialize<FeatureCollection>(geoJson, GeoJsonOptions) is { Count: 1 } fc
                    ? fc[0].Geometry
                    : throw Bad(field, LandErrorTexts.OneFeature),
                "Feature" => JsonSerializer.Deserialize<IFeature>(geoJson, GeoJsonOptions)?.Geometry,
                null => throw Bad(field, LandErrorTexts.NotGeoJson),
                _ => JsonSerializer.Deserialize<NetTopologySuite.Geometries.Geometry>(geoJson, GeoJsonOptions),
            };
        }
        catch (QyzmetException)
        {
            throw;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw Bad(field, LandErrorTexts.NotGeoJson);
        }

        if (geometry is MultiPolygon { NumGeometries: 1 } single)
        {
            geometry = single.GetGeometryN(0);
        }

        if (geometry is not Polygon polygon || polygon.IsEmpty)
        {
            throw Bad(field, LandErrorTexts.NotPolygon);
        }

        return Check(polygon, field);
    }

    /// <summary>Checks an already built polygon (demo data, a land cadastral plan) as <see cref="Read"/> does.</summary>
    public static PlotShape Check(Polygon polygon, string field)
    {
        polygon.SRID = 4326;
        if (polygon.NumPoints > MaxVertices)
        {
            throw Bad(field, LandErrorTexts.TooManyVertices.With(MaxVertices));
        }

        if (polygon.NumInteriorRings > 0)
        {
            throw Bad(field, LandErrorTexts.Holes);
        }

        foreach (var c in polygon.Coordinates)
        {
            if (double.IsNaN(c.X) || double.IsNaN(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                throw Bad(field, LandErrorTexts.OutOfRange);
            }
        }

        var env = polygon.EnvelopeInternal;
        if (env.Width > MaxSpanDegrees || env.Height > MaxSpanDegrees)
        {
            throw Bad(field, LandErrorTexts.TooLarge);
        }

        if (!polygon.IsValid)
        {
            throw Bad(field, LandErrorTexts.SelfIntersecting);
        }

        var area = EqualAreaProjection.AreaSquareMetres(polygon);
        if (area < NoiseSquareMetres)
        {
            throw Bad(field, LandErrorTexts.Degenerate);
        }

        return new PlotShape((Polygon)polygon.Normalized(), area);
    }

    public static byte[] ToWkb(NetTopologySuite.Geometries.Geometry geometry) => new WKBWriter().Write(geometry);

    public static Polygon FromWkb(byte[] wkb)
    {
        var g = new WKBReader(NtsGeometryServices.Instance).Read(wkb);
        g.SRID = 4326;
        return (Polygon)g;
    }

    /// <summary>The polygon as a GeoJSON geometry object (for the map and the API).</summary>
    public static JsonElement ToGeoJson(NetTopologySuite.Geometries.Geometry geometry) =>
        JsonSerializer.SerializeToElement(geometry, GeoJsonOptions);

    /// <summary>A polygon from a ring of (longitude, latitude) pairs; the ring is closed if it is not.</summary>
    public static Polygon Polygon(params (double Lon, double Lat)[] ring)
    {
        var coords = ring.Select(p => new Coordinate(p.Lon, p.Lat)).ToList();
        if (!coords[0].Equals2D(coords[^1]))
        {
            coords.Add(coords[0].Copy());
        }

        return Factory.CreatePolygon([.. coords]);
    }

    /// <summary>
    /// The area in m² of the part of <paramref name="a"/> that lies inside <paramref name="b"/> (0 when they only touch),
    /// measured on the ellipsoid.
    /// </summary>
    public static double OverlapSquareMetres(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        a.EnvelopeInternal.Intersects(b.EnvelopeInternal) && a.Intersects(b) ? EqualAreaProjection.AreaSquareMetres(a.Intersection(b)) : 0;

    /// <summary>The area in m² of the part of <paramref name="a"/> outside <paramref name="b"/>.</summary>
    public static double OutsideSquareMetres(NetTopologySuite.Geometries.Geometry a, NetTopologySuite.Geometries.Geometry b) =>
        b.Covers(a) ? 0 : EqualAreaProjection.AreaSquareMetres(a.Difference(b));

    private static QyzmetException Bad(string field, LocalizedText reason) =>
        new(LandErrors.BadBoundary, field, reason) { Fields = { [field] = LandErrors.BadBoundary.Message.With(field, reason) } };
}

internal static class LandErrorTexts
{
    public static readonly LocalizedText Missing = new("шекара берілмеген", "граница не передана", "no boundary was given");
    public static readonly LocalizedText NotGeoJson = new(
        "мәтін GeoJSON емес", "текст не является GeoJSON", "the text is not GeoJSON");
    public static readonly LocalizedText OneFeature = new(
        "FeatureCollection дәл бір учаскені ұстауы керек", "FeatureCollection должна содержать ровно один участок", "a FeatureCollection must hold exactly one plot");
    public static readonly LocalizedText NotPolygon = new(
        "бір тұйық көпбұрыш (Polygon) қажет", "нужен один замкнутый многоугольник (Polygon)", "one closed polygon (Polygon) is needed");
    public static readonly LocalizedText TooManyVertices = new(
        "шыңдар {0}-ден аспауы керек", "вершин должно быть не более {0}", "at most {0} vertices are accepted");
    public static readonly LocalizedText Holes = new(
        "учаскенің ішкі тесіктері болмауы керек", "у участка не должно быть внутренних вырезов", "a plot has no holes");
    public static readonly LocalizedText OutOfRange = new(
        "координаттар WGS 84 бойлық/ендік градустарында болуы керек", "координаты должны быть долготой/широтой WGS 84 в градусах",
        "coordinates must be WGS 84 longitude/latitude in degrees");
    public static readonly LocalizedText TooLarge = new(
        "учаске тым үлкен (0,5° артық)", "участок слишком велик (более 0,5°)", "the plot is too large (over 0.5°)");
    public static readonly LocalizedText SelfIntersecting = new(
        "шекара өзін-өзі қиып өтеді", "граница пересекает сама себя", "the boundary crosses itself");
    public static readonly LocalizedText Degenerate = new(
        "шекараның ауданы жоқ", "у границы нет площади", "the boundary encloses no area");
}
