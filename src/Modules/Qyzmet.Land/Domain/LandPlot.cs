namespace Qyzmet.Land.Domain;

/// <summary>A land plot in the state land cadastre (МЖК / ГЗК), keyed by its cadastral number.</summary>
public sealed class LandPlot
{
    public required string CadastralNumber { get; init; }
    public required string RegionCode { get; init; }
    public required string AddressKk { get; set; }
    public required string AddressRu { get; set; }

    /// <summary>
    /// The plot's address registration code (РКА) in the kernel's address register, where the plot has an address there
    /// (issue 14 item 6, D-636): its address is then read from the register, as the population and real-estate areas read it.
    /// </summary>
    public string? AddressCode { get; set; }

    /// <summary>Area in square metres (whole m²; hectares are derived for display).</summary>
    public long AreaSquareMetres { get; set; }

    public required string CategoryKk { get; set; }
    public required string CategoryRu { get; set; }
    public required string PurposeKk { get; set; }
    public required string PurposeRu { get; set; }
    public required string RightKindKk { get; set; }
    public required string RightKindRu { get; set; }
    public bool Divisible { get; set; }
    public string? RestrictionsKk { get; set; }
    public string? RestrictionsRu { get; set; }

    /// <summary>The identification document (сәйкестендіру құжаты) and the state of its preparation.</summary>
    public string? IdentificationDocumentStatus { get; set; }
    public DateOnly? IdentificationOrderedOn { get; set; }
    public DateOnly? IdentificationPreparedOn { get; set; }
    public string? IdentificationDocumentNumber { get; set; }
    public string? IdentificationPreparedBy { get; set; }

    /// <summary>The title document under which rights to the plot were first granted.</summary>
    public string? FirstTitleKindKk { get; set; }
    public string? FirstTitleKindRu { get; set; }
    public string? FirstTitleNumber { get; set; }
    public DateOnly? FirstTitleDate { get; set; }
    public string? FirstTitleIssuerKk { get; set; }
    public string? FirstTitleIssuerRu { get; set; }

    public List<LandPlotHolder> Holders { get; init; } = [];

    /// <summary>The right's kind as a code (<see cref="LandRightKinds"/>); null for plots registered before issue 13.</summary>
    public string? RightKindCode { get; set; }

    /// <summary>The last day of a temporary land-use right; null for ownership and permanent land use.</summary>
    public DateOnly? RightUntil { get; set; }

    /// <summary>The settlement the plot lies in (<see cref="Settlement.Code"/>), where it lies in one.</summary>
    public string? SettlementCode { get; set; }

    /// <summary>The boundary polygon as WKB (WGS 84 longitude/latitude, SRID 4326); null for plots not yet digitised.</summary>
    public byte[]? BoundaryWkb { get; set; }

    /// <summary>The envelope of the boundary: the indexed bounding-box prefilter of every spatial lookup (D-530).</summary>
    public double? MinLon { get; set; }

    public double? MinLat { get; set; }

    public double? MaxLon { get; set; }

    public double? MaxLat { get; set; }

    /// <summary>A point inside the plot (its centroid where that lies inside).</summary>
    public double? PointLon { get; set; }

    public double? PointLat { get; set; }

    /// <summary>The area of the boundary on the WGS 84 ellipsoid in m² (D-531); <see cref="AreaSquareMetres"/> is the registered area.</summary>
    public double? BoundaryAreaSquareMetres { get; set; }

    public List<LandPlotEncumbrance> Encumbrances { get; init; } = [];

    /// <summary>The identification and title documents of the plot, current and superseded (their history).</summary>
    public List<LandPlotDocument> Documents { get; init; } = [];
}

/// <summary>The kinds of right to land (Land Code arts. 23, 34, 35; 003.md §3.4 grants temporary land use, paid or free).</summary>
public static class LandRightKinds
{
    public const string Ownership = "ownership";
    public const string PermanentUse = "permanent-use";
    public const string TemporaryPaidUse = "temporary-paid-use";
    public const string TemporaryFreeUse = "temporary-free-use";

    public static readonly IReadOnlyDictionary<string, Kernel.Text.LocalizedText> Labels = new Dictionary<string, Kernel.Text.LocalizedText>
    {
        [Ownership] = new("Жеке меншік", "Частная собственность", "Private ownership"),
        [PermanentUse] = new("Тұрақты жер пайдалану", "Постоянное землепользование", "Permanent land use"),
        [TemporaryPaidUse] = new("Уақытша өтеулі жер пайдалану", "Временное возмездное землепользование", "Temporary paid land use"),
        [TemporaryFreeUse] = new("Уақытша өтеусіз жер пайдалану", "Временное безвозмездное землепользование", "Temporary free land use"),
    };
}

/// <summary>An encumbrance or restriction on the use of a plot (ауыртпалық): servitude, protection zone, mortgage, arrest…</summary>
public sealed class LandPlotEncumbrance
{
    public long Id { get; init; }
    public required string CadastralNumber { get; init; }
    public required string KindKk { get; init; }
    public required string KindRu { get; init; }
    public string? DescriptionKk { get; init; }
    public string? DescriptionRu { get; init; }

    /// <summary>In whose favour (a bank, a utility), where there is one.</summary>
    public string? Beneficiary { get; init; }
    public DateOnly Since { get; init; }
    public DateOnly? Until { get; set; }
}

/// <summary>
/// One identification (сәйкестендіру құжаты) or title (құқық белгілейтін құжат) document of a plot. A new document of
/// the same kind supersedes the current one, which stays in the history with the day it was superseded.
/// </summary>
public sealed class LandPlotDocument
{
    public const string Identification = "identification";
    public const string Title = "title";

    public long Id { get; init; }
    public required string CadastralNumber { get; init; }

    /// <summary><see cref="Identification"/> or <see cref="Title"/>.</summary>
    public required string Kind { get; init; }
    public required string DocumentKindKk { get; init; }
    public required string DocumentKindRu { get; init; }
    public required string Number { get; init; }
    public DateOnly IssuedOn { get; init; }
    public required string IssuerKk { get; init; }
    public required string IssuerRu { get; init; }

    /// <summary>The day a later document of the same kind replaced this one; null while current.</summary>
    public DateOnly? SupersededOn { get; set; }
}

/// <summary>A current right holder of a plot (individual by IIN or legal entity by BIN) and their share.</summary>
public sealed class LandPlotHolder
{
    public long Id { get; init; }
    public required string CadastralNumber { get; init; }
    public required string HolderId { get; init; }
    public required string HolderName { get; init; }
    public decimal SharePercent { get; init; }
    public DateOnly Since { get; init; }
}
