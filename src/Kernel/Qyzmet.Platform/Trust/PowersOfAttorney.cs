using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// A power of attorney (сенімхат / доверенность) by which a legal entity authorises a person to apply on its behalf
/// (issue 3 "Roles": "legal-entity representative with power of attorney"; 002.md §3.0 "Recipient").
/// </summary>
public sealed class PowerOfAttorney
{
    public Guid Id { get; init; }

    /// <summary>The legal entity that grants the authority.</summary>
    public required string Bin { get; init; }

    /// <summary>The representative (attorney).</summary>
    public required string RepresentativeIin { get; init; }

    /// <summary>The number of the power of attorney (e.g. the notarial register number).</summary>
    public required string Number { get; init; }

    public DateOnly IssuedOn { get; init; }

    /// <summary>Last day (Almaty) on which it is valid.</summary>
    public DateOnly ValidUntil { get; init; }

    public DateTime RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}

/// <summary>What registering a power of attorney needs.</summary>
public sealed record PowerOfAttorneyInput(string? Bin, string? RepresentativeIin, string? Number, DateOnly? IssuedOn, DateOnly? ValidUntil);

/// <summary>
/// The register of powers of attorney and the one rule on who may act for a legal entity (decision D-308): its head
/// (the first head in the Legal entities database) or the holder of a power of attorney valid at this instant by the
/// platform clock: issued on or before today (Almaty), valid until today or later, and not revoked.
/// </summary>
public sealed class PowersOfAttorney(QyzmetDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Throws TRUST-0021 unless <paramref name="iin"/> is the head of <paramref name="bin"/> (given as
    /// <paramref name="headIin"/> when the caller has already read the entity) or holds a valid power of attorney.
    /// </summary>
    public async Task EnsureEntitledAsync(string iin, string bin, string? headIin, CancellationToken ct)
    {
        headIin ??= await db.LegalEntities.AsNoTracking().Where(e => e.Bin == bin).Select(e => e.HeadIin).SingleOrDefaultAsync(ct);
        if (headIin != iin && !await db.PowersOfAttorney.AsNoTracking().Where(p => p.Bin == bin).AnyAsync(ValidFor(iin), ct))
        {
            throw new QyzmetException(TrustErrors.NotEntitledForLegalEntity, iin, bin);
        }
    }

    /// <summary>
    /// D-308, the same rule as <see cref="EnsureEntitledAsync"/> as a query: the BINs <paramref name="iin"/> may act for
    /// now (heads, valid powers of attorney). Whoever may apply for a legal entity may follow and collect its
    /// applications, and nobody else (issue 10 item 7); the application access rule composes it into one SQL query.
    /// </summary>
    /// <remarks>
    /// No AsNoTracking here: EF applies a tracking operator found anywhere in a query to the whole query, and this one
    /// is composed into queries that load applications for update (it projects plain strings, which are never tracked).
    /// </remarks>
    public IQueryable<string> RepresentedBy(string iin) =>
        db.LegalEntities.Where(e => e.HeadIin == iin).Select(e => e.Bin)
            .Concat(db.PowersOfAttorney.Where(ValidFor(iin)).Select(p => p.Bin));

    /// <summary>D-308: valid = issued on or before today, valid until today or later (Almaty), not revoked now. Indexed on the representative.</summary>
    private Expression<Func<PowerOfAttorney, bool>> ValidFor(string iin)
    {
        var now = time.GetUtcNow();
        var at = new ValidAt(iin, AlmatyTime.LocalDate(now), now.UtcDateTime);
        return QueryRules.Expand<Func<PowerOfAttorney, bool>>(p => IsValid(p, at.Iin, at.Today, at.NowUtc));
    }

    /// <summary>
    /// D-308 as one expression, the only statement of the rule: <see cref="RepresentedBy"/> and the compiled cabinet-list
    /// query (issue 16 item 4) both inline it through <see cref="QueryRules.Expand{T}"/>.
    /// </summary>
    public static readonly Expression<Func<PowerOfAttorney, string, DateOnly, DateTime, bool>> Valid =
        (p, iin, today, nowUtc) => p.RepresentativeIin == iin && p.IssuedOn <= today && p.ValidUntil >= today && (p.RevokedAt == null || p.RevokedAt > nowUtc);

    /// <summary>A marker for <see cref="Valid"/> inside a query expression; <see cref="QueryRules.Expand{T}"/> replaces it by the rule.</summary>
    [QueryRule(nameof(Valid))]
    public static bool IsValid(PowerOfAttorney p, string iin, DateOnly today, DateTime nowUtc) => ValidInMemory(p, iin, today, nowUtc);

    private static readonly Func<PowerOfAttorney, string, DateOnly, DateTime, bool> ValidInMemory = Valid.Compile();

    /// <summary>The moment the rule is read at, as a closure EF turns into query parameters.</summary>
    private sealed record ValidAt(string Iin, DateOnly Today, DateTime NowUtc);

    public async Task<PowerOfAttorney> RegisterAsync(PowerOfAttorneyInput input, ProcessContext actor, CancellationToken ct)
    {
        var fields = new Dictionary<string, LocalizedText>();
        var bin = input.Bin?.Trim() ?? "";
        var iin = input.RepresentativeIin?.Trim() ?? "";
        var number = input.Number?.Trim() ?? "";
        if (!Bin.TryParse(bin, out _, out _))
        {
            fields["bin"] = new("Заңды тұлғаның БСН-і дұрыс емес.", "Неверный БИН юридического лица.", "Not a valid BIN.");
        }
        else if (!await db.LegalEntities.AnyAsync(e => e.Bin == bin, ct))
        {
            fields["bin"] = new("Бұл БСН Заңды тұлғалар дерекқорында жоқ.", "Этого БИН нет в базе данных юридических лиц.", "This BIN is not in the Legal entities database.");
        }

        if (!Iin.TryParse(iin, out _, out _))
        {
            fields["representativeIin"] = new("Өкілдің ЖСН-і дұрыс емес.", "Неверный ИИН представителя.", "Not a valid IIN.");
        }
        else if (!await db.People.AnyAsync(p => p.Iin == iin, ct))
        {
            fields["representativeIin"] = new("Бұл ЖСН Жеке тұлғалар дерекқорында жоқ.", "Этого ИИН нет в базе данных физических лиц.", "This IIN is not in the Individuals database.");
        }

        if (number.Length is 0 or > 50)
        {
            fields["number"] = new("Сенімхаттың нөмірін көрсетіңіз (50 таңбаға дейін).", "Укажите номер доверенности (до 50 символов).", "Give the number of the power of attorney (up to 50 characters).");
        }

        if (input.IssuedOn is null)
        {
            fields["issuedOn"] = new("Берілген күнін көрсетіңіз.", "Укажите дату выдачи.", "Give the date of issue (yyyy-mm-dd).");
        }

        if (input.ValidUntil is null || (input.IssuedOn is { } issued && input.ValidUntil < issued))
        {
            fields["validUntil"] = new("Қолданылу мерзімін көрсетіңіз (берілген күнінен ерте емес).", "Укажите срок действия (не раньше даты выдачи).",
                "Give the last day of validity, not before the date of issue.");
        }

        if (fields.Count > 0)
        {
            throw new QyzmetException(KernelErrors.Validation) { Fields = fields };
        }

        var row = new PowerOfAttorney
        {
            Id = Guid.CreateVersion7(),
            Bin = bin,
            RepresentativeIin = iin,
            Number = number,
            IssuedOn = input.IssuedOn!.Value,
            ValidUntil = input.ValidUntil!.Value,
            RegisteredAt = time.GetUtcNow().UtcDateTime,
            RegisteredBy = actor.ActorId,
        };
        db.PowersOfAttorney.Add(row);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await audit.AppendAsync(actor, "poa.register", "power-of-attorney:" + row.Id,
            JsonSerializer.Serialize(new { row.Bin, row.RepresentativeIin, row.Number, row.IssuedOn, row.ValidUntil }), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return row;
    }

    public async Task<PowerOfAttorney> RevokeAsync(Guid id, ProcessContext actor, CancellationToken ct)
    {
        var row = await db.PowersOfAttorney.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new QyzmetException(TrustErrors.PowerOfAttorneyNotFound, id);
        if (row.RevokedAt is not null)
        {
            throw new QyzmetException(TrustErrors.PowerOfAttorneyAlreadyRevoked, row.Number);
        }

        row.RevokedAt = time.GetUtcNow().UtcDateTime;
        row.RevokedBy = actor.ActorId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await audit.AppendAsync(actor, "poa.revoke", "power-of-attorney:" + row.Id,
            JsonSerializer.Serialize(new { row.Bin, row.RepresentativeIin, row.Number }), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return row;
    }

    /// <summary>A page of one legal entity's powers of attorney, oldest first, after <paramref name="after"/> (keyset on the id).</summary>
    public Task<List<PowerOfAttorney>> ListAsync(string bin, Guid? after, int take, CancellationToken ct)
    {
        var query = db.PowersOfAttorney.AsNoTracking().Where(p => p.Bin == bin);
        if (after is { } cursor)
        {
            query = query.Where(p => p.Id.CompareTo(cursor) > 0);
        }

        return query.OrderBy(p => p.Id).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
    }
}
