using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;

namespace Qyzmet.Land;

/// <summary>
/// The outcome of checking a requested plot (issue 13; 003.md §3.7 ground 2, the plot must be free land within a
/// settlement): either <see cref="Ok"/>, or refused with <see cref="Problem"/>, which names the plot overlapped or the
/// settlement left.
/// </summary>
public sealed record RequestedPlotCheck(
    double AreaSquareMetres,
    string? SettlementCode,
    LocalizedText? SettlementName,
    string? OverlappedPlot,
    QyzmetException? Problem)
{
    public bool Ok => Problem is null;

    /// <summary>The refusal's reason in the three languages (for a refusal notice); null when the plot is acceptable.</summary>
    public LocalizedText? Reason => Problem is null ? null : Problem.Error.Message.With([.. Problem.Arguments]);

    /// <summary>Throws the refusal as a <see cref="QyzmetException"/> (→ 422 ProblemDetails) when there is one.</summary>
    public RequestedPlotCheck ThrowIfRefused() => Problem is null ? this : throw Problem;
}

/// <summary>One right holder of a granted right and their share in percent (the shares add up to 100).</summary>
public sealed record GrantedHolder(string HolderId, string HolderName, decimal SharePercent);

/// <summary>An identification or title document as it is entered in the cadastre.</summary>
public sealed record GrantedDocument(string Number, DateOnly IssuedOn, LocalizedText DocumentKind, LocalizedText Issuer);

/// <summary>
/// A right granted to a plot (003.md para 6 stage 2: the decision granting the right, with the land cadastral plan), to
/// be entered in the land cadastre by <see cref="LandCadastre.RecordGrantedRightAsync"/>.
/// <c>BoundaryGeoJson</c> is the boundary from the land cadastral plan (GeoJSON Polygon, WGS 84); <c>AreaHectares</c>
/// the plan's area, checked against the boundary with surveyed accuracy (D-532); <c>RightKind</c> one of
/// <see cref="LandRightKinds"/>; <c>Until</c> the last day of a temporary right (null for ownership and permanent use);
/// <c>AddressCode</c> the plot's address registration code, when it has one (then its address is the register's, D-636).
/// </summary>
public sealed record GrantedRight(
    string BoundaryGeoJson,
    decimal AreaHectares,
    string? SettlementCode,
    string RightKind,
    DateOnly? Until,
    DateOnly Since,
    IReadOnlyList<GrantedHolder> Holders,
    LocalizedText Purpose,
    LocalizedText Address,
    GrantedDocument Decision,
    GrantedDocument? IdentificationDocument = null,
    LocalizedText? Category = null,
    bool Divisible = false,
    string? AddressCode = null);

/// <summary>A registered plot as the map and the lookups show it (no right holders: they are personal data, D-536).</summary>
public sealed record PlotSummary(
    string CadastralNumber,
    string? SettlementCode,
    LocalizedText Address,
    LocalizedText Purpose,
    LocalizedText Category,
    LocalizedText RightKind,
    long AreaSquareMetres,
    double? BoundaryAreaSquareMetres,
    double? PointLon,
    double? PointLat,
    Polygon? Boundary,
    double? DistanceMetres = null,
    string? AddressCode = null);

/// <summary>
/// The land cadastre's geometry: checks of a requested plot (overlap with registered plots, inside the settlement,
/// declared area against the boundary), the indexed lookups "plot at this point" and "plots near this point", and the
/// entry of a granted right. Used by the granting procedure of 003.md and by the land endpoints.
/// </summary>
public sealed class LandCadastre(QyzmetDbContext db, AuditLog audit, IAddressRegister addresses)
{
    /// <summary>Mean square error of a boundary point: drawn on the portal's map (scheme, 003.md §3.2 item 2) or surveyed (plan).</summary>
    public const double DrawnPointErrorMetres = 1.0;

    public const double SurveyedPointErrorMetres = 0.1;

    private static readonly ConcurrentDictionary<string, bool> PostGisColumn = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks a plot requested under 003.md: a valid polygon (LAND-0901), within a settlement (LAND-0903/0904; the given
    /// one when <paramref name="settlementCode"/> is set), overlapping no registered plot (LAND-0902, naming it) and of the
    /// declared area within the permissible discrepancy for a drawn scheme (LAND-0905, D-532). A malformed boundary is a
    /// 400 thrown at once (bad input, not a refusal); the other findings are returned in the result.
    /// <c>declaredAreaHectares</c> is the area the applicant declared (003.md App. 1 field 9, hectares).
    /// </summary>
    public Task<RequestedPlotCheck> CheckRequestedPlotAsync(string geoJson, decimal declaredAreaHectares, string? settlementCode = null, CancellationToken ct = default) =>
        CheckAsync(PlotGeometry.Read(geoJson, "boundary"), declaredAreaHectares, settlementCode, DrawnPointErrorMetres, ct);

    /// <summary>
    /// The settlement whose boundary holds the larger part of the plot (GeoJSON Polygon, WGS 84), or null when it lies in
    /// none; a malformed boundary is a 400 naming <paramref name="field"/>. The granting procedure of 003.md finds its
    /// provider and approving parties through it (D-511).
    /// </summary>
    public Task<Settlement?> SettlementOfAsync(string geoJson, string field = "boundary", CancellationToken ct = default) =>
        SettlementOfAsync(PlotGeometry.Read(geoJson, field), ct);

    private async Task<Settlement?> SettlementOfAsync(PlotShape shape, CancellationToken ct)
    {
        var env = shape.Envelope;
        var candidates = await db.Set<Settlement>().AsNoTracking()
            .Where(s => s.MinLon <= env.MaxX && s.MaxLon >= env.MinX && s.MinLat <= env.MaxY && s.MaxLat >= env.MinY)
            .ToListAsync(ct);
        return candidates
            .Select(s => (s, overlap: PlotGeometry.OverlapSquareMetres(shape.Boundary, PlotGeometry.FromWkb(s.BoundaryWkb))))
            .Where(x => x.overlap > 0)
            .OrderByDescending(x => x.overlap)
            .Select(x => x.s)
            .FirstOrDefault();
    }

    /// <summary>The permissible difference in m² between a declared area and the boundary's (D-532): 3.5·m·√P plus half the last declared digit.</summary>
    public static double PermissibleDifference(double areaSquareMetres, double pointErrorMetres) =>
        (3.5 * pointErrorMetres * Math.Sqrt(areaSquareMetres)) + 0.5;

    private async Task<RequestedPlotCheck> CheckAsync(PlotShape shape, decimal declaredAreaHectares, string? settlementCode, double pointError, CancellationToken ct)
    {
        var area = shape.AreaSquareMetres;

        // The settlement: 003.md grants plots "within settlements" (title, para 1).
        Settlement? settlement;
        if (settlementCode is not null)
        {
            settlement = await db.Set<Settlement>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == settlementCode, ct)
                ?? throw new QyzmetException(LandErrors.SettlementNotFound, settlementCode);
        }
        else
        {
            settlement = await SettlementOfAsync(shape, ct);
            if (settlement is null)
            {
                return new(area, null, null, null, new QyzmetException(LandErrors.NoSettlement));
            }
        }

        var outside = PlotGeometry.OutsideSquareMetres(shape.Boundary, PlotGeometry.FromWkb(settlement.BoundaryWkb));
        if (outside >= PlotGeometry.NoiseSquareMetres)
        {
            return new(area, settlement.Code, settlement.Name, null,
                new QyzmetException(LandErrors.OutsideSettlement, settlement.Name, Metres(outside)));
        }

        // Registered plots it overlaps (D-533): the largest overlap is named, the others follow it.
        var overlaps = (await CandidatesAsync(shape.Boundary, ct))
            .Select(p => (p.CadastralNumber, overlap: PlotGeometry.OverlapSquareMetres(shape.Boundary, PlotGeometry.FromWkb(p.BoundaryWkb!))))
            .Where(x => x.overlap >= PlotGeometry.NoiseSquareMetres)
            .OrderByDescending(x => x.overlap)
            .ToList();
        if (overlaps.Count > 0)
        {
            var named = string.Join(", ", overlaps.Select(o => o.CadastralNumber));
            return new(area, settlement.Code, settlement.Name, overlaps[0].CadastralNumber,
                new QyzmetException(LandErrors.Overlap, named, Metres(overlaps.Sum(o => o.overlap))));
        }

        var declared = (double)declaredAreaHectares * 10_000;
        var permissible = PermissibleDifference(area, pointError);
        if (declaredAreaHectares <= 0 || Math.Abs(declared - area) > permissible)
        {
            return new(area, settlement.Code, settlement.Name, null, new QyzmetException(LandErrors.AreaMismatch,
                declaredAreaHectares.ToString("0.0000", CultureInfo.InvariantCulture),
                (area / 10_000).ToString("0.0000", CultureInfo.InvariantCulture),
                Metres(permissible)));
        }

        return new(area, settlement.Code, settlement.Name, null, null);
    }

    /// <summary>
    /// Enters a granted right in the land cadastre (003.md para 6 stage 2 step 5; issue 13: "the decision creates the right
    /// in the land cadastre, visible at once in the four information services of 002.md"): a new plot with its boundary,
    /// area, purpose, right kind and term, holders with shares, the decision as its title document and the plan's
    /// identification document. The boundary is checked again with surveyed accuracy; a conflict is thrown (422).
    /// Writes an audit row in the caller's transaction, or in its own when there is none. Returns the new plot's number.
    /// </summary>
    public async Task<string> RecordGrantedRightAsync(GrantedRight right, ProcessContext actor, CancellationToken ct = default)
    {
        var shape = PlotGeometry.Read(right.BoundaryGeoJson, "boundary");
        if (!LandRightKinds.Labels.TryGetValue(right.RightKind, out var kindLabel))
        {
            throw BadRight("rightKind", "one of " + string.Join(", ", LandRightKinds.Labels.Keys));
        }

        var temporary = right.RightKind is LandRightKinds.TemporaryPaidUse or LandRightKinds.TemporaryFreeUse;
        if (temporary != right.Until is not null || (right.Until is { } until && until <= right.Since))
        {
            throw BadRight("until", "a temporary right ends on a day after it starts; other rights have no end");
        }

        if (right.Holders.Count == 0 || right.Holders.Any(h => h.SharePercent <= 0 || string.IsNullOrWhiteSpace(h.HolderId))
            || right.Holders.Sum(h => h.SharePercent) != 100m || right.Holders.Select(h => h.HolderId).Distinct().Count() != right.Holders.Count)
        {
            throw BadRight("holders", "distinct holders whose positive shares add up to 100%");
        }

        // D-357: an address code checked at submission is checked again here, where the plot takes it.
        var address = string.IsNullOrWhiteSpace(right.AddressCode) ? null : await addresses.RequireAsync(right.AddressCode, "addressCode", ct);
        var check = (await CheckAsync(shape, right.AreaHectares, right.SettlementCode, SurveyedPointErrorMetres, ct)).ThrowIfRefused();
        var settlement = await db.Set<Settlement>().AsNoTracking().SingleAsync(s => s.Code == check.SettlementCode, ct);

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var number = await NextNumberAsync(settlement.CadastralBlock, ct);
            var plot = new LandPlot
            {
                CadastralNumber = number,
                RegionCode = settlement.RegionCode,
                AddressKk = address?.TextKk ?? right.Address.Kk,
                AddressRu = address?.TextRu ?? right.Address.Ru,
                AddressCode = address?.Id,
                AreaSquareMetres = (long)Math.Round(right.AreaHectares * 10_000m),
                CategoryKk = right.Category?.Kk ?? LandDemoData.SettlementLand.Kk,
                CategoryRu = right.Category?.Ru ?? LandDemoData.SettlementLand.Ru,
                PurposeKk = right.Purpose.Kk,
                PurposeRu = right.Purpose.Ru,
                RightKindKk = kindLabel.Kk,
                RightKindRu = kindLabel.Ru,
                RightKindCode = right.RightKind,
                RightUntil = right.Until,
                Divisible = right.Divisible,
                SettlementCode = settlement.Code,
                FirstTitleKindKk = right.Decision.DocumentKind.Kk,
                FirstTitleKindRu = right.Decision.DocumentKind.Ru,
                FirstTitleNumber = right.Decision.Number,
                FirstTitleDate = right.Decision.IssuedOn,
                FirstTitleIssuerKk = right.Decision.Issuer.Kk,
                FirstTitleIssuerRu = right.Decision.Issuer.Ru,
            };
            SetBoundary(plot, shape);
            plot.Holders.AddRange(right.Holders.Select(h => new LandPlotHolder
            {
                CadastralNumber = number,
                HolderId = h.HolderId,
                HolderName = h.HolderName,
                SharePercent = h.SharePercent,
                Since = right.Since,
            }));
            plot.Documents.Add(Document(number, LandPlotDocument.Title, right.Decision));
            if (right.IdentificationDocument is { } id)
            {
                plot.Documents.Add(Document(number, LandPlotDocument.Identification, id));
                plot.IdentificationDocumentStatus = "prepared";
                plot.IdentificationDocumentNumber = id.Number;
                plot.IdentificationPreparedOn = id.IssuedOn;
                plot.IdentificationOrderedOn = right.Decision.IssuedOn;
                plot.IdentificationPreparedBy = id.Issuer.Ru;
            }

            db.Set<LandPlot>().Add(plot);
            await db.SaveChangesAsync(ct);
            await audit.AppendAsync(actor, "land.right-registered", number,
                $"{right.RightKind}; {string.Join(", ", right.Holders.Select(h => h.HolderId + " " + h.SharePercent.ToString(CultureInfo.InvariantCulture) + "%"))}; decision {right.Decision.Number}", ct);
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return number;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The registered plot whose boundary holds the point (lon/lat in WGS 84 degrees), or null (indexed, D-530).</summary>
    public async Task<PlotSummary?> PlotAtAsync(double lon, double lat, CancellationToken ct = default)
    {
        CheckPoint(lon, lat, 1);
        var point = PlotGeometry.Factory.CreatePoint(new Coordinate(lon, lat));
        var candidates = await CandidatesAsync(point, ct);
        var hit = candidates.FirstOrDefault(p => PlotGeometry.FromWkb(p.BoundaryWkb!).Covers(point));
        if (hit is null)
        {
            return null;
        }

        await PlotAddresses.ResolveAsync(addresses, [hit], ct);
        return Summary(hit, null);
    }

    /// <summary>The registered plots within <paramref name="radiusMetres"/> of the point, nearest first (indexed, D-530).</summary>
    public async Task<IReadOnlyList<PlotSummary>> PlotsNearAsync(double lon, double lat, double radiusMetres, int limit = 50, CancellationToken ct = default)
    {
        CheckPoint(lon, lat, radiusMetres);
        var dLat = radiusMetres / 111_000;
        var dLon = radiusMetres / (111_000 * Math.Max(0.05, Math.Cos(lat * Math.PI / 180)));
        var box = PlotGeometry.Factory.ToGeometry(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat));
        var candidates = await CandidatesAsync(box, ct);
        var centre = EqualAreaProjection.Project(PlotGeometry.Factory.CreatePoint(new Coordinate(lon, lat)), lon, lat);
        var near = candidates
            .Select(p => (p, d: EqualAreaProjection.Project(PlotGeometry.FromWkb(p.BoundaryWkb!), lon, lat).Distance(centre)))
            .Where(x => x.d <= radiusMetres)
            .OrderBy(x => x.d)
            .ThenBy(x => x.p.CadastralNumber, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        await PlotAddresses.ResolveAsync(addresses, near.Select(x => x.p), ct);
        return [.. near.Select(x => Summary(x.p, Math.Round(x.d, 1)))];
    }

    /// <summary>The registered plots whose envelope meets the area (the map's view), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<PlotSummary>> PlotsInAsync(Envelope area, int limit, CancellationToken ct = default)
    {
        var plots = (await CandidatesAsync(PlotGeometry.Factory.ToGeometry(area), ct)).Take(limit).ToList();
        await PlotAddresses.ResolveAsync(addresses, plots, ct);
        return [.. plots.Select(p => Summary(p, null))];
    }

    /// <summary>Stores the boundary and everything derived from it (envelope, inner point, area) on a plot.</summary>
    public static void SetBoundary(LandPlot plot, PlotShape shape)
    {
        var env = shape.Envelope;
        var point = shape.Point;
        plot.BoundaryWkb = PlotGeometry.ToWkb(shape.Boundary);
        (plot.MinLon, plot.MinLat, plot.MaxLon, plot.MaxLat) = (env.MinX, env.MinY, env.MaxX, env.MaxY);
        (plot.PointLon, plot.PointLat) = (Math.Round(point.X, 7), Math.Round(point.Y, 7));
        plot.BoundaryAreaSquareMetres = Math.Round(shape.AreaSquareMetres, 2);
    }

    /// <summary>
    /// The plots whose bounding box meets the geometry's: on PostgreSQL with PostGIS through the GiST index of the
    /// geometry column (<c>&amp;&amp;</c> and <c>ST_Intersects</c>), otherwise through the indexed min/max columns (D-530).
    /// The exact test is always NetTopologySuite's, so both give the same answers.
    /// </summary>
    private async Task<List<LandPlot>> CandidatesAsync(NetTopologySuite.Geometries.Geometry geometry, CancellationToken ct)
    {
        var env = geometry.EnvelopeInternal;
        var plots = db.Set<LandPlot>().AsNoTracking();
        if (await HasPostGisColumnAsync(ct))
        {
            var wkb = PlotGeometry.ToWkb(geometry);
            var numbers = await db.Database
                .SqlQuery<string>($"SELECT \"CadastralNumber\" AS \"Value\" FROM land_plots WHERE \"BoundaryGeom\" && ST_GeomFromWKB({wkb}, 4326) AND ST_Intersects(\"BoundaryGeom\", ST_GeomFromWKB({wkb}, 4326))")
                .ToListAsync(ct);
            return await plots.Where(p => numbers.Contains(p.CadastralNumber)).OrderBy(p => p.CadastralNumber).ToListAsync(ct);
        }

        return await plots
            .Where(p => p.BoundaryWkb != null && p.MinLon <= env.MaxX && p.MaxLon >= env.MinX && p.MinLat <= env.MaxY && p.MaxLat >= env.MinY)
            .OrderBy(p => p.CadastralNumber)
            .ToListAsync(ct);
    }

    /// <summary>Whether this PostgreSQL database has the PostGIS geometry column (D-534); checked once per database.</summary>
    public async Task<bool> HasPostGisColumnAsync(CancellationToken ct = default)
    {
        if (!db.IsPostgres)
        {
            return false;
        }

        var key = db.Database.GetConnectionString() ?? "";
        if (PostGisColumn.TryGetValue(key, out var known))
        {
            return known;
        }

        var exists = await db.Database
            .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'land_plots' AND column_name = 'BoundaryGeom') AS \"Value\"")
            .SingleAsync(ct);
        PostGisColumn[key] = exists;
        return exists;
    }

    private async Task<string> NextNumberAsync(string block, CancellationToken ct)
    {
        var prefix = block + "-";
        var taken = await db.Set<LandPlot>().AsNoTracking().Where(p => p.CadastralNumber.StartsWith(prefix)).Select(p => p.CadastralNumber).ToListAsync(ct);
        var next = taken.Select(n => int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max() + 1;
        return prefix + next.ToString("000", CultureInfo.InvariantCulture);
    }

    private static LandPlotDocument Document(string number, string kind, GrantedDocument d) => new()
    {
        CadastralNumber = number,
        Kind = kind,
        DocumentKindKk = d.DocumentKind.Kk,
        DocumentKindRu = d.DocumentKind.Ru,
        Number = d.Number,
        IssuedOn = d.IssuedOn,
        IssuerKk = d.Issuer.Kk,
        IssuerRu = d.Issuer.Ru,
    };

    internal static PlotSummary Summary(LandPlot p, double? distance) => new(
        p.CadastralNumber,
        p.SettlementCode,
        new(p.AddressKk, p.AddressRu, p.AddressRu),
        new(p.PurposeKk, p.PurposeRu, p.PurposeRu),
        new(p.CategoryKk, p.CategoryRu, p.CategoryRu),
        p.RightKindCode is { } code && LandRightKinds.Labels.TryGetValue(code, out var label) ? label : new(p.RightKindKk, p.RightKindRu, p.RightKindRu),
        p.AreaSquareMetres,
        p.BoundaryAreaSquareMetres,
        p.PointLon,
        p.PointLat,
        p.BoundaryWkb is null ? null : PlotGeometry.FromWkb(p.BoundaryWkb),
        distance,
        p.AddressCode);

    private static void CheckPoint(double lon, double lat, double radius)
    {
        if (double.IsNaN(lon) || double.IsNaN(lat) || lon is < -180 or > 180 || lat is < -85 or > 85 || double.IsNaN(radius) || radius is < 1 or > 5000)
        {
            throw new QyzmetException(LandErrors.BadPoint);
        }
    }

    private static string Metres(double squareMetres) => Math.Round(squareMetres).ToString("0", CultureInfo.InvariantCulture);

    private static QyzmetException BadRight(string field, string what) =>
        new(LandErrors.BadRight, field + ": " + what) { Fields = { [field] = new LocalizedText(what, what, what) } };
}
