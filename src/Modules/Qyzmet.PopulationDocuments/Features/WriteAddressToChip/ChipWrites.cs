using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
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
internal sealed class ChipWrites(QyzmetDbContext db, AuditLog audit, PersonAccessLog accessLog, TimeProvider time)
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
        var rows = await db.Set<ChipAddressWrite>().AsNoTracking().Where(w => w.Iin == iin && w.WrittenAt == null)
            .Join(db.Set<RegisteredAddress>().AsNoTracking(), w => w.AddressId, a => a.Id, (w, a) => new { w, a })
            .ToListAsync(ct);
        await accessLog.RecordNowAsync(user, iin, AccessPurposes.PscDesk, null, ct);
        return [.. rows.Select(x => new ChipWriteView(x.w.Id, x.w.Iin, x.w.CardNumber, x.a.TextKk, x.a.TextRu, x.w.QueuedAt, x.w.WrittenAt))];
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
        var address = await db.Set<RegisteredAddress>().AsNoTracking().SingleAsync(a => a.Id == write.AddressId, ct);
        return new ChipWriteView(write.Id, write.Iin, write.CardNumber, address.TextKk, address.TextRu, write.QueuedAt, write.WrittenAt);
    }
}
