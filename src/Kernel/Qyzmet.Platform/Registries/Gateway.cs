using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Trust;

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

/// <summary>Reads the demo registries; every person found is recorded in the access log under the request's <see cref="AccessContext"/>.</summary>
internal sealed class DatabaseGateway(QyzmetDbContext db, PersonAccessLog accessLog, Notifications.KnownContacts contacts) : IGateway
{
    public async Task<Person?> FindPersonAsync(string iin, CancellationToken ct = default)
    {
        var person = await PersonByIin.For(db)(db, iin);
        if (person is not null)
        {
            accessLog.Record(iin);
            contacts.Remember(person.Iin, person.MobilePhone, person.Email);
        }

        return person;
    }

    // D-368: every submission reads its applicant (a compiled query, D-363).
    private static readonly CompiledPerModel<Func<QyzmetDbContext, string, Task<Person?>>> PersonByIin = new(() =>
        EF.CompileAsyncQuery((QyzmetDbContext db, string iin) => db.People.AsNoTracking().Include(p => p.Documents).SingleOrDefault(p => p.Iin == iin)));

    public Task<LegalEntity?> FindLegalEntityAsync(string bin, CancellationToken ct = default) =>
        db.LegalEntities.AsNoTracking().Include(e => e.Founders).SingleOrDefaultAsync(e => e.Bin == bin, ct);
}
