namespace Qyzmet.Land.Domain;

/// <summary>A land plot in the state land cadastre (МЖК / ГЗК), keyed by its cadastral number.</summary>
public sealed class LandPlot
{
    public required string CadastralNumber { get; init; }
    public required string RegionCode { get; init; }
    public required string AddressKk { get; set; }
    public required string AddressRu { get; set; }

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
