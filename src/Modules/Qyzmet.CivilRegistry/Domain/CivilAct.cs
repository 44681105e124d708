namespace Qyzmet.CivilRegistry.Domain;

/// <summary>The kinds of civil-status acts (АХАЖ актілері) the registry keeps.</summary>
public static class CivilActKind
{
    public const string Birth = "birth";
    public const string Marriage = "marriage";
    public const string Divorce = "divorce";
    public const string NameChange = "name-change";
    public const string Paternity = "paternity";
    public const string Adoption = "adoption";
}

/// <summary>
/// One registered act record (актовая запись) with its number, date and registering office; the participants
/// are referenced by IIN with the names as registered (which may differ from today's names).
/// </summary>
public sealed class CivilAct
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    public required string ActNumber { get; init; }
    public DateOnly ActDate { get; init; }
    public required string OfficeKk { get; init; }
    public required string OfficeRu { get; init; }
    public required string RegionCode { get; init; }

    /// <summary>The person the act is about (birth, name change, paternity, adoption).</summary>
    public string? SubjectIin { get; init; }
    public string? SubjectName { get; init; }
    public DateOnly? SubjectBirthDate { get; init; }
    public string? FatherName { get; init; }
    public string? MotherName { get; init; }

    /// <summary>Parents by IIN where the registry knows them (birth, paternity): used for the kinship impediment of S2.</summary>
    public string? FatherIin { get; init; }
    public string? MotherIin { get; init; }
    public string? BirthPlaceKk { get; init; }
    public string? BirthPlaceRu { get; init; }

    /// <summary>Spouses (marriage, divorce).</summary>
    public string? HusbandIin { get; init; }
    public string? HusbandName { get; init; }
    public DateOnly? HusbandBirthDate { get; init; }
    public string? WifeIin { get; init; }
    public string? WifeName { get; init; }
    public DateOnly? WifeBirthDate { get; init; }
    public string? HusbandSurnameAfter { get; init; }
    public string? WifeSurnameAfter { get; init; }

    /// <summary>For a divorce: the date of the marriage it dissolved (001a.md §3.3 asks the applicant for it).</summary>
    public DateOnly? MarriageDate { get; init; }

    /// <summary>Adoption (decisions.md D-202): the adoptive parents and the child's name after adoption.</summary>
    public string? AdoptiveFatherIin { get; init; }
    public string? AdoptiveFatherName { get; init; }
    public string? AdoptiveMotherIin { get; init; }
    public string? AdoptiveMotherName { get; init; }
    public string? SubjectNameAfter { get; init; }

    /// <summary>Name change: before and after.</summary>
    public string? LastNameBefore { get; init; }
    public string? FirstNameBefore { get; init; }
    public string? PatronymicBefore { get; init; }
    public string? LastNameAfter { get; init; }
    public string? FirstNameAfter { get; init; }
    public string? PatronymicAfter { get; init; }
}

/// <summary>
/// One booked marriage-registration slot of an office (S2, 001a.md §3.2 result (a)). The unique index on
/// office + slot start is what makes double booking impossible, even for two payments at the same instant.
/// </summary>
public sealed class MarriageBooking
{
    public long Id { get; init; }
    public required string OfficeUnitId { get; init; }
    public DateTime SlotStart { get; init; }
    public Guid ApplicationId { get; init; }
    public DateTime BookedAt { get; init; }
}

/// <summary>
/// A marriage application waiting for the other future spouse's answer (D-206), indexed by that person's IIN so that
/// their consent page is one index lookup, not a scan of application forms.
/// </summary>
public sealed class MarriageConsentRequest
{
    public Guid ApplicationId { get; init; }
    public required string OtherIin { get; init; }
    public DateTime RequestedAt { get; init; }
}

/// <summary>
/// A person who holds a pending (not yet ended) marriage application, as applicant or as the other future spouse
/// (decisions.md D-212). The key is the IIN, so the database itself forbids a second pending application of the same
/// person, also for two submissions or consents at the same instant; the row goes when the application ends.
/// </summary>
public sealed class MarriagePendingPerson
{
    public required string Iin { get; init; }
    public Guid ApplicationId { get; init; }
}
