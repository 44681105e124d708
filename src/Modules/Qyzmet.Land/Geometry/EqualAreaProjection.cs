using NetTopologySuite.Geometries;

namespace Qyzmet.Land.Geometry;

/// <summary>
/// Lambert azimuthal equal-area projection on the WGS 84 ellipsoid (EPSG method 9820; Snyder, "Map Projections — A
/// Working Manual", 1987, pp. 187–190), centred on the geometry itself. Being equal-area, the planar area of the
/// projected polygon is the polygon's area on the ellipsoid, wherever in Kazakhstan it lies (decision D-531: no UTM
/// zone choice, no scale-factor correction).
/// </summary>
public static class EqualAreaProjection
{
    private const double A = 6_378_137.0;
    private const double F = 1 / 298.257223563;
    private static readonly double E2 = F * (2 - F);
    private static readonly double E = Math.Sqrt(E2);
    private static readonly double Qp = Q(Math.PI / 2);
    private static readonly double Rq = A * Math.Sqrt(Qp / 2);

    /// <summary>The area in square metres of a geometry given in WGS 84 longitude/latitude degrees.</summary>
    public static double AreaSquareMetres(NetTopologySuite.Geometries.Geometry geometry)
    {
        if (geometry.IsEmpty)
        {
            return 0;
        }

        var centre = geometry.EnvelopeInternal.Centre;
        return Project(geometry, centre.X, centre.Y).Area;
    }

    /// <summary>The geometry projected to metres around (<paramref name="lon0"/>, <paramref name="lat0"/>).</summary>
    public static NetTopologySuite.Geometries.Geometry Project(NetTopologySuite.Geometries.Geometry geometry, double lon0, double lat0)
    {
        var phi1 = Radians(lat0);
        var lambda0 = Radians(lon0);
        var beta1 = Math.Asin(Q(phi1) / Qp);
        var m1 = Math.Cos(phi1) / Math.Sqrt(1 - (E2 * Math.Sin(phi1) * Math.Sin(phi1)));
        var d = A * m1 / (Rq * Math.Cos(beta1));
        var copy = geometry.Copy();
        copy.Apply(new ProjectFilter(c =>
        {
            var beta = Math.Asin(Q(Radians(c.Y)) / Qp);
            var dl = Radians(c.X) - lambda0;
            var b = Rq * Math.Sqrt(2 / (1 + (Math.Sin(beta1) * Math.Sin(beta)) + (Math.Cos(beta1) * Math.Cos(beta) * Math.Cos(dl))));
            var x = b * d * Math.Cos(beta) * Math.Sin(dl);
            var y = b / d * ((Math.Cos(beta1) * Math.Sin(beta)) - (Math.Sin(beta1) * Math.Cos(beta) * Math.Cos(dl)));
            return (x, y);
        }));
        copy.GeometryChanged();
        return copy;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    // Snyder eq. 3-12: q as a function of geodetic latitude.
    private static double Q(double phi)
    {
        var s = Math.Sin(phi);
        return (1 - E2) * ((s / (1 - (E2 * s * s))) - (1 / (2 * E) * Math.Log((1 - (E * s)) / (1 + (E * s)))));
    }

    private sealed class ProjectFilter(Func<Coordinate, (double X, double Y)> project) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = project(seq.GetCoordinate(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
