using Microsoft.EntityFrameworkCore;
using Qyzmet.PopulationDocuments.Domain;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The residence register as the registration-point IS keeps it (ХҚТ ТП АЖ; 004.md §3.3 item 6, §3.4 item 6): who is
/// registered where, since when, and how each registration ended. Every change is made inside the caller's transaction.
/// </summary>
internal sealed class ResidenceBook(QyzmetDbContext db, IAddressRegister addresses)
{
    /// <summary>The address from the kernel's address register (ADR 0026), the one the real-estate and land areas read too.</summary>
    public Task<RegisteredAddress?> FindAddressAsync(string id, CancellationToken ct) => addresses.FindAsync(id, ct);

    /// <summary>
    /// The registration of this kind in force on <paramref name="today"/>: not ended, and for a temporary one not past its
    /// period (a temporary registration lapses by itself after its last day, 004.md §6.3 field 8; D-605).
    /// </summary>
    public Task<ResidenceRegistration?> CurrentAsync(string iin, string kind, DateOnly today, CancellationToken ct) =>
        db.Set<ResidenceRegistration>()
            .Where(r => r.Iin == iin && r.Kind == kind && r.EndedOn == null && (r.Until == null || r.Until >= today))
            .OrderByDescending(r => r.RegisteredOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>The last permanent registration that ended (for the S5 "deregistered" template, 004.md §6.5).</summary>
    public Task<ResidenceRegistration?> LastEndedPermanentAsync(string iin, CancellationToken ct) =>
        db.Set<ResidenceRegistration>().AsNoTracking()
            .Where(r => r.Iin == iin && r.Kind == RegistrationKinds.Permanent && r.EndedOn != null)
            .OrderByDescending(r => r.EndedOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Registers the citizen at the address. 004.md §3.3 item 6: "when a citizen registers at a new place of residence,
    /// deregistration from the previous place happens automatically": the registration of the same kind in force ends
    /// today with the reason "registered at a new address" (a temporary registration replaces the temporary one only;
    /// the permanent one stays, as the §6.4 reference shows both; D-605).
    /// </summary>
    public async Task<(ResidenceRegistration New, ResidenceRegistration? Ended)> RegisterAsync(string iin, RegisteredAddress address, string kind, DateOnly? until,
        string unitId, Guid applicationId, DateOnly today, CancellationToken ct)
    {
        var previous = await CurrentAsync(iin, kind, today, ct);
        if (previous is not null)
        {
            previous.EndedOn = today;
            previous.EndReason = EndReasons.NewAddress;
            previous.EndedByApplicationId = applicationId;
        }

        var registration = new ResidenceRegistration
        {
            Iin = iin,
            AddressId = address.Id,
            Kind = kind,
            RegisteredOn = today,
            Until = until,
            UnitId = unitId,
            ApplicationId = applicationId,
        };
        db.Add(registration);
        await db.SaveChangesAsync(ct);
        return (registration, previous);
    }

    /// <summary>
    /// Ends every registration of the citizen in force (permanent and temporary) for one of the three S4 reasons
    /// (004.md §3.4 item 6; D-609). Returns the permanent one ended, which the departure sheet names.
    /// </summary>
    public async Task<ResidenceRegistration> DeregisterAsync(string iin, string reason, Guid applicationId, DateOnly today, CancellationToken ct)
    {
        var permanent = await CurrentAsync(iin, RegistrationKinds.Permanent, today, ct)
            ?? throw new Kernel.Errors.QyzmetException(PopulationErrors.NotRegistered, iin);
        var temporary = await CurrentAsync(iin, RegistrationKinds.Temporary, today, ct);
        foreach (var r in new[] { permanent, temporary }.OfType<ResidenceRegistration>())
        {
            r.EndedOn = today;
            r.EndReason = reason;
            r.EndedByApplicationId = applicationId;
        }

        await db.SaveChangesAsync(ct);
        return permanent;
    }

    /// <summary>
    /// Queues the new legal address for writing onto the chip of the citizen's valid ID card (004.md §3.3 item 6); a
    /// pending write of an earlier address is superseded. Returns null when the citizen holds no valid ID card.
    /// </summary>
    public async Task<ChipAddressWrite?> QueueChipWriteAsync(Person person, ResidenceRegistration registration, DateOnly today, DateTime now, CancellationToken ct)
    {
        var card = person.Documents.Where(d => d.Kind == "id-card" && d.ExpiresOn >= today).OrderByDescending(d => d.IssuedOn).FirstOrDefault();
        if (card is null)
        {
            return null;
        }

        await db.Set<ChipAddressWrite>().Where(w => w.Iin == person.Iin && w.WrittenAt == null).ExecuteDeleteAsync(ct);
        var write = new ChipAddressWrite { Iin = person.Iin, RegistrationId = registration.Id, AddressId = registration.AddressId, CardNumber = card.Number, QueuedAt = now };
        db.Add(write);
        return write;
    }
}
