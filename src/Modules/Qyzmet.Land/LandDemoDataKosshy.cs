using Qyzmet.Kernel.Text;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Land;

/// <summary>
/// The demo settlement with real coordinates: the town of Kosshy (Қосшы), Akmola region, south-east of Astana, around
/// 50.97° N, 71.35° E (WGS 84). Its boundary here is simplified; the registered plots are a row of 0.1-ha house plots
/// on one street with a shop plot, and east of them lies free land (<see cref="FreeLandExample"/>).
/// </summary>
internal static partial class LandDemoData
{
    public const string KosshyCode = "116437100";

    public static readonly LocalizedText SettlementLand = new("Елді мекендердің жерлері", "Земли населённых пунктов", "Lands of settlements");

    private static readonly LocalizedText Housing = new("Жеке тұрғын үй құрылысы үшін", "Для индивидуального жилищного строительства", "For individual housing construction");

    // A 0.1-ha house plot is 25 m along the street by 40 m deep: at 50.97° N, 25 m is 0.000357° of longitude and 40 m
    // 0.00036° of latitude.
    private const double StreetLon = 71.3500;
    private const double StreetLat = 50.9700;
    private const double PlotWidth = 0.000357;
    private const double PlotDepth = 0.00036;

    public static Settlement Kosshy()
    {
        var shape = PlotGeometry.Check(PlotGeometry.Polygon(
            (71.3230, 50.9560), (71.3560, 50.9490), (71.3880, 50.9560), (71.3900, 50.9790),
            (71.3650, 50.9880), (71.3300, 50.9850), (71.3200, 50.9700)), "boundary");
        var env = shape.Envelope;
        return new Settlement
        {
            Code = KosshyCode,
            NameKk = "Қосшы қаласы",
            NameRu = "город Косшы",
            NameEn = "Kosshy town",
            RegionCode = "11",
            CadastralBlock = "11-213-041",
            BoundaryWkb = PlotGeometry.ToWkb(shape.Boundary),
            MinLon = env.MinX,
            MinLat = env.MinY,
            MaxLon = env.MaxX,
            MaxLat = env.MaxY,
        };
    }

    /// <summary>The house plot in the street row at <paramref name="index"/> (0 is the westmost).</summary>
    public static NetTopologySuite.Geometries.Polygon StreetPlot(int index, int width = 1)
    {
        var west = StreetLon + (index * PlotWidth);
        var east = west + (width * PlotWidth);
        return PlotGeometry.Polygon((west, StreetLat), (east, StreetLat), (east, StreetLat + PlotDepth), (west, StreetLat + PlotDepth));
    }

    /// <summary>Free land east of the registered row (two house-plot widths, 0.2 ha): where a demo request may be drawn.</summary>
    public static NetTopologySuite.Geometries.Polygon FreeLandExample => StreetPlot(5, 2);

    public static IEnumerable<LandPlot> KosshyPlots()
    {
        var igor = DemoData.Igor;
        var mira = DemoData.Mira;
        var nurlan = DemoData.Nurlan;
        var qala = DemoData.QalaInvest;
        var akimat = new LocalizedText("Қосшы қаласының әкімдігі", "Акимат города Косшы", "Akimat of Kosshy");
        var decision = new LocalizedText("Қосшы қ. әкімдігінің қаулысы", "Постановление акимата г. Косшы", "Resolution of the akimat of Kosshy");
        var act = new LocalizedText("Жер учаскесіне сәйкестендіру құжаты", "Идентификационный документ на земельный участок", "Identification document");
        var corporation = new LocalizedText("«Азаматтарға арналған үкімет» МК Ақмола облысы филиалы", "Филиал НАО «Правительство для граждан» по Акмолинской области", "State Corporation, Akmola branch");

        yield return Plot(1, StreetPlot(0), "Ақсу к., 1", "ул. Аксу, 1", DemoAddresses.KosshyAksu1, Housing, LandRightKinds.Ownership, null,
            [(igor.Iin, igor.FullName, 100m)], new DateOnly(2018, 6, 4),
            [Doc(LandPlotDocument.Title, decision, "214", new DateOnly(2018, 5, 28), akimat),
             Doc(LandPlotDocument.Identification, act, "11-0618-004411", new DateOnly(2018, 6, 15), corporation)], []);

        yield return Plot(2, StreetPlot(1), "Ақсу к., 3", "ул. Аксу, 3", DemoAddresses.KosshyAksu3, Housing, LandRightKinds.Ownership, null,
            [(mira.Iin, mira.FullName, 100m)], new DateOnly(2020, 9, 1),
            [Doc(LandPlotDocument.Title, decision, "377", new DateOnly(2020, 8, 20), akimat),
             Doc(LandPlotDocument.Identification, act, "11-0920-007812", new DateOnly(2020, 9, 10), corporation)],
            [new LandPlotEncumbrance
            {
                CadastralNumber = Number(2), KindKk = "Ипотека", KindRu = "Ипотека",
                DescriptionKk = "Тұрғын үй құрылысына несие бойынша кепіл", DescriptionRu = "Залог по кредиту на строительство жилого дома",
                Beneficiary = "АО «Отбасы банк»", Since = new DateOnly(2021, 3, 15), Until = new DateOnly(2036, 3, 15),
            }]);

        yield return Plot(3, StreetPlot(2), "Ақсу к., 5", "ул. Аксу, 5", DemoAddresses.KosshyAksu5, Housing, LandRightKinds.Ownership, null,
            [(nurlan.Iin, nurlan.FullName, 100m)], new DateOnly(2022, 4, 11),
            [Doc(LandPlotDocument.Title, decision, "102", new DateOnly(2022, 4, 1), akimat)], []);

        // A shop on two plot widths, held on temporary paid land use; its first decision was for a kiosk and was
        // superseded by a decision enlarging the plot (the history of title documents).
        var shop = Plot(4, StreetPlot(3, 2), "Ақсу к., 7", "ул. Аксу, 7", DemoAddresses.KosshyAksu7,
            new("Сауда объектісін салу және қызмет көрсету үшін", "Для строительства и обслуживания объекта торговли", "For building and running a shop"),
            LandRightKinds.TemporaryPaidUse, new DateOnly(2034, 12, 31),
            [(qala.Bin, qala.NameRu, 100m)], new DateOnly(2019, 12, 20),
            [Doc(LandPlotDocument.Title, decision, "530", new DateOnly(2017, 7, 3), akimat, superseded: new DateOnly(2019, 12, 16)),
             Doc(LandPlotDocument.Title, decision, "611", new DateOnly(2019, 12, 16), akimat),
             Doc(LandPlotDocument.Identification, act, "11-1219-010257", new DateOnly(2019, 12, 27), corporation)],
            [new LandPlotEncumbrance
            {
                CadastralNumber = Number(4), KindKk = "Күзет аймағы", KindRu = "Охранная зона",
                DescriptionKk = "0,4 кВ электр беру желісінің күзет аймағы, 120 м²", DescriptionRu = "Охранная зона ЛЭП 0,4 кВ, 120 м²",
                Beneficiary = "АО «Акмолинская распределительная электросетевая компания»", Since = new DateOnly(2019, 12, 20),
            }]);
        shop.FirstTitleNumber = "530";
        shop.FirstTitleDate = new DateOnly(2017, 7, 3);
        yield return shop;
    }

    private static string Number(int n) => "11-213-041-" + n.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static LandPlotDocument Doc(string kind, LocalizedText what, string number, DateOnly on, LocalizedText issuer, DateOnly? superseded = null) => new()
    {
        CadastralNumber = "",
        Kind = kind,
        DocumentKindKk = what.Kk,
        DocumentKindRu = what.Ru,
        Number = number,
        IssuedOn = on,
        IssuerKk = issuer.Kk,
        IssuerRu = issuer.Ru,
        SupersededOn = superseded,
    };

    private static LandPlot Plot(int n, NetTopologySuite.Geometries.Polygon boundary, string streetKk, string streetRu, string addressCode, LocalizedText purpose,
        string rightKind, DateOnly? until, (string Id, string Name, decimal Share)[] holders, DateOnly since,
        LandPlotDocument[] documents, LandPlotEncumbrance[] encumbrances)
    {
        var number = Number(n);
        var shape = PlotGeometry.Check(boundary, "boundary");
        var title = documents.First(d => d.Kind == LandPlotDocument.Title);
        var id = documents.FirstOrDefault(d => d.Kind == LandPlotDocument.Identification);
        var kind = LandRightKinds.Labels[rightKind];
        var plot = new LandPlot
        {
            CadastralNumber = number,
            RegionCode = "11",
            AddressKk = "Ақмола обл., Целиноград ауд., Қосшы қ., " + streetKk,
            AddressRu = "Акмолинская обл., Целиноградский р-н, г. Косшы, " + streetRu,
            AddressCode = addressCode,
            AreaSquareMetres = (long)Math.Round(shape.AreaSquareMetres),
            CategoryKk = SettlementLand.Kk,
            CategoryRu = SettlementLand.Ru,
            PurposeKk = purpose.Kk,
            PurposeRu = purpose.Ru,
            RightKindKk = kind.Kk,
            RightKindRu = kind.Ru,
            RightKindCode = rightKind,
            RightUntil = until,
            SettlementCode = KosshyCode,
            Divisible = false,
            RestrictionsKk = encumbrances.Length == 0 ? null : string.Join("; ", encumbrances.Select(e => e.KindKk + ": " + e.DescriptionKk)),
            RestrictionsRu = encumbrances.Length == 0 ? null : string.Join("; ", encumbrances.Select(e => e.KindRu + ": " + e.DescriptionRu)),
            FirstTitleKindKk = title.DocumentKindKk,
            FirstTitleKindRu = title.DocumentKindRu,
            FirstTitleNumber = title.Number,
            FirstTitleDate = title.IssuedOn,
            FirstTitleIssuerKk = title.IssuerKk,
            FirstTitleIssuerRu = title.IssuerRu,
            IdentificationDocumentStatus = id is null ? null : "prepared",
            IdentificationOrderedOn = id is null ? null : title.IssuedOn,
            IdentificationPreparedOn = id?.IssuedOn,
            IdentificationDocumentNumber = id?.Number,
            IdentificationPreparedBy = id?.IssuerRu,
        };
        LandCadastre.SetBoundary(plot, shape);
        plot.Holders.AddRange(holders.Select(h => new LandPlotHolder { CadastralNumber = number, HolderId = h.Id, HolderName = h.Name, SharePercent = h.Share, Since = since }));
        plot.Documents.AddRange(documents.Select(d => new LandPlotDocument
        {
            CadastralNumber = number,
            Kind = d.Kind,
            DocumentKindKk = d.DocumentKindKk,
            DocumentKindRu = d.DocumentKindRu,
            Number = d.Number,
            IssuedOn = d.IssuedOn,
            IssuerKk = d.IssuerKk,
            IssuerRu = d.IssuerRu,
            SupersededOn = d.SupersededOn,
        }));
        plot.Encumbrances.AddRange(encumbrances);
        return plot;
    }
}
