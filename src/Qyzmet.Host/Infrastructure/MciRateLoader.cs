using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Host.Infrastructure;

/// <summary>Sets a year's MCI (data from the annual budget law, loaded without a release), audited.</summary>
internal sealed class MciRateLoader(QyzmetDbContext db, AuditLog audit)
{
    public async Task SetAsync(int year, decimal tenge, string actorId, CancellationToken ct)
    {
        if (year is < 2000 or > 2100 || tenge <= 0 || tenge > 1_000_000 || decimal.Round(tenge, 2) != tenge)
        {
            throw new QyzmetException(HostErrors.BadMci);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.MciRates.SingleOrDefaultAsync(r => r.Year == year, ct);
        var tiyn = (long)(tenge * 100);
        if (row is null)
        {
            db.MciRates.Add(new MciRate { Year = year, Tiyn = tiyn });
        }
        else
        {
            row.Tiyn = tiyn;
        }

        await audit.AppendAsync(new ProcessContext(actorId, Roles.Administrator, "MCI set"), "payments.mci", "mci:" + year, tenge.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
