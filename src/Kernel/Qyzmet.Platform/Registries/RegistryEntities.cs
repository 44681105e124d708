namespace Qyzmet.Platform.Registries;

/// <summary>A row of the state database "Individuals" (ЖТ МДҚ / ГБД ФЛ), keyed by IIN.</summary>
public sealed class Person
{
    public required string Iin { get; init; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? Patronymic { get; set; }
    public DateOnly BirthDate { get; init; }
    public required string Sex { get; init; }
    public string? BirthPlaceKk { get; set; }
    public string? BirthPlaceRu { get; set; }
    public required string RegionCode { get; set; }
    public required string Address { get; set; }
    public string? MobilePhone { get; set; }
    public string? Email { get; set; }
    public List<IdentityDocument> Documents { get; init; } = [];

    public string FullName => Qyzmet.Platform.Documents.DocumentTexts.PersonName(LastName, FirstName, Patronymic);
}

public sealed class IdentityDocument
{
    public long Id { get; init; }
    public required string Iin { get; init; }
    public required string Kind { get; init; }
    public required string Number { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly ExpiresOn { get; init; }
    public required string Issuer { get; init; }
}

/// <summary>A row of the state database "Legal entities" (ЗТ МДҚ / ГБД ЮЛ), keyed by BIN.</summary>
public sealed class LegalEntity
{
    public required string Bin { get; init; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public DateOnly RegisteredOn { get; init; }
    public required string HeadIin { get; set; }
    public required string HeadName { get; set; }
    public required string ActivityCode { get; set; }
    public required string ActivityName { get; set; }
    public required string RegionCode { get; set; }
    public required string Address { get; set; }
    public string? ParentBin { get; set; }

    /// <summary>What was registered: a legal entity, a branch or a representative office (<see cref="LegalEntityKinds"/>).</summary>
    public string Kind { get; set; } = LegalEntityKinds.LegalEntity;

    /// <summary>The justice body that registered it (001b.md §6.5 "Тіркеуші орган").</summary>
    public string? RegisteringBodyKk { get; set; }
    public string? RegisteringBodyRu { get; set; }

    /// <summary>Number of the last (re-)registration, e.g. "18225-1901-ЖШС" (001b.md §6.5).</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>Date of the last registration or re-registration; <see cref="RegisteredOn"/> is the initial one.</summary>
    public DateOnly? LastRegisteredOn { get; set; }

    /// <summary>True when the last registration was a re-registration ("қайта тіркеу").</summary>
    public bool Reregistered { get; set; }

    /// <summary>Taxpayer registration number (СТТН / РНН), kept for entities registered before BINs.</summary>
    public string? Rnn { get; set; }

    /// <summary>Statistical enterprise code (ОКПО).</summary>
    public string? Okpo { get; set; }

    public List<LegalEntityFounder> Founders { get; init; } = [];
}

public static class LegalEntityKinds
{
    public const string LegalEntity = "legal-entity";
    public const string Branch = "branch";
    public const string RepresentativeOffice = "representative-office";
}

public sealed class LegalEntityFounder
{
    public long Id { get; init; }
    public required string Bin { get; init; }
    /// <summary>IIN of an individual founder or BIN of a corporate founder.</summary>
    public required string FounderId { get; init; }
    public required string FounderName { get; init; }
    public decimal SharePercent { get; init; }
}
