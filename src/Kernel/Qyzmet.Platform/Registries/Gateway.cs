using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Registries;

/// <summary>
/// The e-government gateway (ЭҮШ / ШЭП): the one door through which services query state databases.
/// Modules never read registry tables directly, so that a real gateway client can replace this one.
/// </summary>
public interface IGateway
{
    Task<Person?> FindPersonAsync(string iin, CancellationToken ct = default);

    Task<LegalEntity?> FindLegalEntityAsync(string bin, CancellationToken ct = default);
}

internal sealed class DatabaseGateway(QyzmetDbContext db) : IGateway
{
    public Task<Person?> FindPersonAsync(string iin, CancellationToken ct = default) =>
        db.People.AsNoTracking().Include(p => p.Documents).SingleOrDefaultAsync(p => p.Iin == iin, ct);

    public Task<LegalEntity?> FindLegalEntityAsync(string bin, CancellationToken ct = default) =>
        db.LegalEntities.AsNoTracking().Include(e => e.Founders).SingleOrDefaultAsync(e => e.Bin == bin, ct);
}
