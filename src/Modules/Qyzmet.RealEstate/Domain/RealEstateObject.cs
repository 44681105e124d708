namespace Qyzmet.RealEstate.Domain;

/// <summary>
/// A real-estate object of the rights register (ЖМТ МДҚ / ГБД РН) with the cadastre's technical characteristics:
/// the ten columns of the objects table of 001b.md §6.3. Keyed by its cadastral number (a building "…:1",
/// premises "…:1:5").
/// </summary>
public sealed class RealEstateObject
{
    public required string CadastralNumber { get; init; }
    public required string RegionCode { get; init; }

    /// <summary>Type of real estate (жилой дом, квартира, нежилое помещение…), column 1.</summary>
    public required string KindKk { get; set; }
    public required string KindRu { get; set; }

    /// <summary>Designated purpose and liter per plan, column 3.</summary>
    public required string PurposeKk { get; set; }
    public required string PurposeRu { get; set; }

    /// <summary>Address, column 4.</summary>
    public required string AddressKk { get; set; }
    public required string AddressRu { get; set; }

    /// <summary>Address registration code (РКА), if any, column 4.</summary>
    public string? AddressCode { get; set; }

    /// <summary>Number of components (rooms, parts), column 5.</summary>
    public int? Components { get; set; }

    /// <summary>Number of storeys of the building, column 6.</summary>
    public int? Storeys { get; set; }

    /// <summary>Floor of the premises, column 6.</summary>
    public int? Floor { get; set; }

    /// <summary>Total area in m², column 7.</summary>
    public decimal TotalArea { get; set; }

    /// <summary>Useful (living) area in m², column 8.</summary>
    public decimal? UsefulArea { get; set; }

    /// <summary>Divisibility of the land plot under the object, column 9 (null when not applicable).</summary>
    public bool? LandDivisible { get; set; }

    /// <summary>Note, column 10.</summary>
    public string? NoteKk { get; set; }
    public string? NoteRu { get; set; }
}

/// <summary>
/// A registered right to an object (ownership, economic management, operational management…), current or ended.
/// An ended right stays for Service B's "previously registered to this person" block (001b.md §6.4 item 8).
/// </summary>
public sealed class RealEstateRight
{
    public long Id { get; init; }
    public required string CadastralNumber { get; init; }

    /// <summary>Right kind code, see <see cref="RightKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>IIN of an individual or BIN of a legal entity.</summary>
    public required string HolderId { get; init; }
    public required string HolderName { get; init; }

    /// <summary>Sole ("дара") or common shared/joint ownership, see <see cref="OwnershipForms"/>.</summary>
    public required string OwnershipForm { get; init; }

    /// <summary>Share as printed, e.g. "1/2"; null for sole ownership.</summary>
    public string? Share { get; init; }

    public required string BasisKk { get; init; }
    public required string BasisRu { get; init; }
    public DateTime RegisteredAt { get; init; }

    public DateTime? EndedAt { get; set; }
    public string? EndBasisKk { get; set; }
    public string? EndBasisRu { get; set; }

    public bool IsCurrent => EndedAt is null;
}

/// <summary>A registered encumbrance (mortgage, arrest, lease…) on an object; ended ones are kept, not deleted.</summary>
public sealed class RealEstateEncumbrance
{
    public long Id { get; init; }
    public required string CadastralNumber { get; init; }

    /// <summary>Encumbrance kind code, see <see cref="EncumbranceKinds"/>.</summary>
    public required string Kind { get; init; }
    public required string ContentKk { get; init; }
    public required string ContentRu { get; init; }

    /// <summary>Right holder or authorised body (interested person).</summary>
    public required string InterestedParty { get; init; }
    public string? InterestedPartyId { get; init; }
    public string? Share { get; init; }
    public required string BasisKk { get; init; }
    public required string BasisRu { get; init; }
    public DateTime RegisteredAt { get; init; }

    public DateTime? EndedAt { get; set; }
    public string? EndBasisKk { get; set; }
    public string? EndBasisRu { get; set; }
}

/// <summary>A registered legal claim or transaction that creates neither a right nor an encumbrance (001b.md §6.3 table 4).</summary>
public sealed class RealEstateClaim
{
    public long Id { get; init; }
    public required string CadastralNumber { get; init; }
    public required string KindKk { get; init; }
    public required string KindRu { get; init; }
    public required string ContentKk { get; init; }
    public required string ContentRu { get; init; }

    /// <summary>Applicant (interested person).</summary>
    public required string Applicant { get; init; }
    public required string BasisKk { get; init; }
    public required string BasisRu { get; init; }
    public DateTime RegisteredAt { get; init; }
    public DateTime? EndedAt { get; set; }
}
