namespace Qyzmet.PopulationDocuments.Domain;

/// <summary>Permanent or temporary registration (004.md §3.3: тұрақты / уақытша).</summary>
public static class RegistrationKinds
{
    public const string Permanent = "permanent";
    public const string Temporary = "temporary";
}

/// <summary>Why a registration ended (004.md §3.3 "automatically"; §3.4 the three cases; decision D-605).</summary>
public static class EndReasons
{
    /// <summary>004.md §3.3 item 6: registered at a new place of residence, the old registration ends automatically.</summary>
    public const string NewAddress = "new-address";

    /// <summary>004.md §3.4 item 6: left for permanent residence outside the Republic.</summary>
    public const string Abroad = "abroad";

    /// <summary>004.md §3.4 item 6: sentenced to deprivation of liberty by a court verdict.</summary>
    public const string Convicted = "convicted";

    /// <summary>004.md §3.4 item 6: the right to use the dwelling declared terminated by a court on the owner's application.</summary>
    public const string CourtDecision = "court-decision";

    public static (string Kk, string Ru) Text(string reason) => reason switch
    {
        NewAddress => ("Жаңа тұрғылықты жері бойынша тіркелуіне байланысты", "В связи с регистрацией по новому месту жительства"),
        Abroad => ("Республикадан тыс жерге тұрақты тұруға кетуіне байланысты", "В связи с выездом на постоянное место жительства за пределы Республики"),
        Convicted => ("Сот үкімімен бас бостандығынан айыруға сотталуына байланысты", "В связи с осуждением к лишению свободы по приговору суда"),
        CourtDecision => ("Тұрғын үй-жайды пайдалану құқығынан айыру туралы сот шешімі бойынша (меншік иесінің талабы бойынша)", "По решению суда о лишении права пользования жилищем (по заявлению собственника)"),
        _ => (reason, reason),
    };
}

/// <summary>
/// One registration of a citizen at an address, the record the provider enters into the registration-point IS
/// (ХҚТ ТП АЖ; 004.md §3.3 item 6, §3.4 item 6). It is never deleted: deregistration sets the end, so the S5
/// "deregistered" reference can state the address, date and reason (004.md §6.5).
/// </summary>
public sealed class ResidenceRegistration
{
    public long Id { get; init; }
    public required string Iin { get; init; }
    public required string AddressId { get; init; }
    public required string Kind { get; init; }

    /// <summary>Date of registration (004.md §6.4 field 8 / field 10 "from").</summary>
    public DateOnly RegisteredOn { get; init; }

    /// <summary>Temporary registration: its last day (004.md §6.3 field 8 "for what period"; §6.4 field 10 "to").</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The migration-police unit that recorded it.</summary>
    public required string UnitId { get; init; }

    /// <summary>The application that recorded it; null for the register's history before the platform.</summary>
    public Guid? ApplicationId { get; init; }

    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public Guid? EndedByApplicationId { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The legal address waiting to be written onto a citizen's ID card chip at the centre (004.md §3.3 item 6: the provider
/// rewrites the legal address onto the ID card with an electronic carrier; the portal notice tells the citizen to come in).
/// </summary>
public sealed class ChipAddressWrite
{
    public long Id { get; init; }
    public required string Iin { get; init; }
    public long RegistrationId { get; init; }
    public required string AddressId { get; init; }

    /// <summary>The number of the ID card whose chip is to be rewritten.</summary>
    public required string CardNumber { get; init; }
    public DateTime QueuedAt { get; init; }
    public DateTime? WrittenAt { get; set; }
    public string? WrittenBy { get; set; }
}

/// <summary>
/// The dwelling owner's consent to a portal registration, asked from the owner's own cabinet (004.md §3.3 item 9:
/// "an electronic request certified with the EDS of the recipient and the EDS of the dwelling owner"; D-607).
/// </summary>
public sealed class OwnerConsentRequest
{
    public Guid ApplicationId { get; init; }
    public required string OwnerIin { get; init; }
    public DateTime RequestedAt { get; init; }
}

/// <summary>
/// A rate of the S1 duty or of the accelerated-issue surcharge, in force from a date (004.md §3.1 item 7: the duty is a
/// percentage of the MCI of the payment day; the accelerated tariffs are the Ministry's price list). Rates are data, so a
/// later price list is loaded as new rows with a later <see cref="EffectiveFrom"/> (D-615).
/// </summary>
public sealed class DutyRate
{
    public long Id { get; init; }

    /// <summary>What the rate is for: "passport", "id-card", "accelerated-7", "accelerated-10", "accelerated-15".</summary>
    public required string Item { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    /// <summary>A share of the MCI (4 = 400%); null when the rate is a fixed amount.</summary>
    public decimal? MciShare { get; init; }

    /// <summary>A fixed amount in tiyn; null when the rate is a share of the MCI.</summary>
    public long? AmountTiyn { get; init; }

    public required string Source { get; init; }

    /// <summary>
    /// D-630: a stand-in figure, not the Ministry's (004.md gives no surcharge figures): shown as such by the API and in the
    /// payment's purpose, until a price list row with a later date replaces it.
    /// </summary>
    public bool Placeholder { get; init; }
}
