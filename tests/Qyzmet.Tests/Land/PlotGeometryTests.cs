using Qyzmet.Kernel.Errors;
using Qyzmet.Land;
using Qyzmet.Land.Geometry;

namespace Qyzmet.Tests.Land;

/// <summary>Area on the ellipsoid and overlap of plot boundaries (issue 13 "Land cadastre"; D-531, D-532, D-533).</summary>
public sealed class PlotGeometryTests
{
    private const double A = 6_378_137.0;
    private const double F = 1 / 298.257223563;

    // D-531: the area of a quadrangle between two meridians and two parallels, from the closed formula for the area of
    // an ellipsoidal zone (not from the projection), equals the projected area.
    [Theory]
    [InlineData(71.35, 50.97, 0.01)] // Kosshy, Akmola region
    [InlineData(77.24, 43.30, 0.01)] // Talgar, Almaty region
    [InlineData(51.00, 47.10, 0.002)] // Atyrau
    public void Area_OfQuadrangle_MatchesTheEllipsoidalZoneFormula(double lon, double lat, double size)
    {
        var polygon = Densified(lon, lat, size);
        var expected = ZoneArea(lat, lat + size) * (size / 360);
        var actual = EqualAreaProjection.AreaSquareMetres(polygon);
        Assert.Equal(expected, actual, expected * 1e-6);
    }

    // D-531: a 25 m × 40 m house plot measures 1 000 m² within a square metre, and the same shape east or west keeps it.
    [Fact]
    public void Area_OfHousePlot_IsAboutAThousandSquareMetres()
    {
        var plot = LandDemoData.StreetPlot(0);
        var area = EqualAreaProjection.AreaSquareMetres(plot);
        Assert.InRange(area, 995, 1_005);
        var moved = LandDemoData.StreetPlot(40);
        Assert.Equal(area, EqualAreaProjection.AreaSquareMetres(moved), 0.5);
    }

    // D-533: neighbours sharing a boundary do not overlap; a plot drawn across the boundary does.
    [Fact]
    public void Overlap_TouchingPlotsNone_CrossingPlotsMeasured()
    {
        Assert.Equal(0, PlotGeometry.OverlapSquareMetres(LandDemoData.StreetPlot(0), LandDemoData.StreetPlot(1)));
        var half = PlotGeometry.Polygon((71.3500 + (0.000357 / 2), 50.9700), (71.3500 + (1.5 * 0.000357), 50.9700),
            (71.3500 + (1.5 * 0.000357), 50.97036), (71.3500 + (0.000357 / 2), 50.97036));
        Assert.InRange(PlotGeometry.OverlapSquareMetres(half, LandDemoData.StreetPlot(0)), 490, 510);
        Assert.InRange(PlotGeometry.OutsideSquareMetres(half, LandDemoData.StreetPlot(0)), 490, 510);
    }

    // D-532: the permissible difference is 3.5·m·√P (+ 0.5 m² for rounding the declared hectares).
    [Fact]
    public void PermissibleDifference_FollowsThePointError()
    {
        Assert.Equal(111.2, LandCadastre.PermissibleDifference(1_000, LandCadastre.DrawnPointErrorMetres), 0.1);
        Assert.Equal(11.6, LandCadastre.PermissibleDifference(1_000, LandCadastre.SurveyedPointErrorMetres), 0.1);
    }

    // Issue 13: the boundary may come as a Polygon, a Feature or a FeatureCollection of one feature.
    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[71.35,50.97],[71.351,50.97],[71.351,50.971],[71.35,50.971],[71.35,50.97]]]}""")]
    [InlineData("""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[71.35,50.97],[71.351,50.97],[71.351,50.971],[71.35,50.97]]]}}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[[[71.35,50.97],[71.351,50.97],[71.351,50.971],[71.35,50.97]]]}}]}""")]
    public void Read_AcceptsPolygonFeatureAndCollection(string json) =>
        Assert.True(PlotGeometry.Read(json, "boundary").AreaSquareMetres > 0);

    // Bad input → 400 naming the field (CONTRIBUTING): not JSON, a point, a bow-tie, no boundary.
    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"Point","coordinates":[71.35,50.97]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[71.35,50.97],[71.351,50.971],[71.351,50.97],[71.35,50.971],[71.35,50.97]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[200,50.97],[201,50.97],[201,51],[200,50.97]]]}""")]
    [InlineData("")]
    public void Read_RefusesWhatIsNotOnePlot(string json)
    {
        var ex = Assert.Throws<QyzmetException>(() => PlotGeometry.Read(json, "boundary"));
        Assert.Equal("LAND-0901", ex.Error.Code);
        Assert.Equal(400, ex.Error.Status);
        Assert.Contains("boundary", ex.Fields.Keys);
    }

    private static NetTopologySuite.Geometries.Polygon Densified(double lon, double lat, double size)
    {
        var ring = new List<(double, double)>();
        const int n = 50;
        for (var i = 0; i < n; i++)
        {
            ring.Add((lon + (size * i / n), lat));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add((lon + size, lat + (size * i / n)));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add((lon + size - (size * i / n), lat + size));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add((lon, lat + size - (size * i / n)));
        }

        return PlotGeometry.Polygon([.. ring]);
    }

    // The area of the ellipsoid between two parallels (all longitudes): 2πb²[S(φ2) − S(φ1)] with
    // S(φ) = sinφ / (2(1 − e²sin²φ)) + ln((1 + e sinφ)/(1 − e sinφ)) / (4e).
    private static double ZoneArea(double lat1, double lat2)
    {
        var e2 = F * (2 - F);
        var e = Math.Sqrt(e2);
        var b = A * (1 - F);
        double S(double lat)
        {
            var s = Math.Sin(lat * Math.PI / 180);
            return (s / (2 * (1 - (e2 * s * s)))) + (Math.Log((1 + (e * s)) / (1 - (e * s))) / (4 * e));
        }

        return 2 * Math.PI * b * b * (S(lat2) - S(lat1));
    }
}
