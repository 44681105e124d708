using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Trust;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.WriteAddressToChip;

/// <summary>One legal address waiting for the chip, as the centre operator sees it.</summary>
public sealed record ChipWriteView(long Id, string Iin, string CardNumber, string AddressKk, string AddressRu, DateTime QueuedAt, DateTime? WrittenAt);

/// <summary>
/// The queue of legal addresses to rewrite onto ID card chips at the centre (004.md §3.3 item 6, §4.5 step 7, §4.6 step 6):
/// the centre operator looks the citizen up and records the write when the card has been rewritten (D-605).
/// </summary>
internal sealed class ChipWrites(QyzmetDbContext db, IAddressRegister addresses, AuditLog audit, PersonAccessLog accessLog, TimeProvider time)
{
    private static void EnsureOperator(UserInfo user)
    {
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(PopulationErrors.PscOnly);
        }
    }

    public async Task<IReadOnlyList<ChipWriteView>> PendingAsync(UserInfo user, string? iin, CancellationToken ct)
    {
        EnsureOperator(user);
        // D-822: the query is checked after the caller (a missing ?iin= used to be refused by binding, before the sign-in).
        if (string.IsNullOrWhiteSpace(iin))
        {
            throw new QyzmetException(KernelErrors.Validation)
            {
                Fields =
                {
                    ["iin"] = new Kernel.Text.LocalizedText("Азаматтың ЖСН-ін (12 цифр) ?iin= параметрінде көрсетіңіз.",
                        "Укажите ИИН гражданина (12 цифр) в параметре ?iin=.", "Give the citizen's IIN (12 digits) in ?iin=."),
                },
            };
        }

        iin = iin.Trim();
        var writes = await db.Set<ChipAddressWrite>().AsNoTracking().Where(w => w.Iin == iin && w.WrittenAt == null).ToListAsync(ct);
        var found = await addresses.FindManyAsync(writes.Select(w => w.AddressId), ct);
        await accessLog.RecordNowAsync(user, iin, AccessPurposes.PscDesk, null, ct);
        return [.. writes.Where(w => found.ContainsKey(w.AddressId)).Select(w => new ChipWriteView(w.Id, w.Iin, w.CardNumber, found[w.AddressId].TextKk, found[w.AddressId].TextRu, w.QueuedAt, w.WrittenAt))];
    }

    public async Task<ChipWriteView> MarkWrittenAsync(UserInfo user, long id, CancellationToken ct)
    {
        EnsureOperator(user);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var write = await db.Set<ChipAddressWrite>().SingleOrDefaultAsync(w => w.Id == id && w.WrittenAt == null, ct)
            ?? throw new QyzmetException(PopulationErrors.ChipWriteNotFound, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        write.WrittenAt = time.GetUtcNow().UtcDateTime;
        write.WrittenBy = user.Id;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, "legal address written onto the ID card chip", user.UnitId),
            "population.chip-address-written", "person:" + write.Iin, $"{{\"card\":\"{write.CardNumber}\",\"address\":\"{write.AddressId}\"}}", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var address = await addresses.FindAsync(write.AddressId, ct) ?? throw new InvalidOperationException("A queued chip write names an address the register no longer has.");
        return new ChipWriteView(write.Id, write.Iin, write.CardNumber, address.TextKk, address.TextRu, write.QueuedAt, write.WrittenAt);
    }
}
