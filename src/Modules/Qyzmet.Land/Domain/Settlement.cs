namespace Qyzmet.Land.Domain;

/// <summary>
/// A settlement (елді мекен) with its boundary: 003.md grants plots "within settlements", so a requested plot must lie
/// inside one (issue 13 "Land cadastre").
/// </summary>
public sealed class Settlement
{
    /// <summary>The settlement's code (its KATO code).</summary>
    public required string Code { get; init; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public required string RegionCode { get; init; }

    /// <summary>The cadastral quarter new plots of the settlement are numbered in (OO-RRR-QQQ; ADR 0011).</summary>
    public required string CadastralBlock { get; init; }

    /// <summary>The boundary polygon as WKB (WGS 84, SRID 4326).</summary>
    public required byte[] BoundaryWkb { get; set; }
    public double MinLon { get; set; }
    public double MinLat { get; set; }
    public double MaxLon { get; set; }
    public double MaxLat { get; set; }

    public Kernel.Text.LocalizedText Name => new(NameKk, NameRu, NameEn);
}
