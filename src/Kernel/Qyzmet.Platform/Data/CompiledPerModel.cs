using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Qyzmet.Platform.Data;

/// <summary>
/// A compiled EF query (EF.CompileAsyncQuery) kept per EF model (D-363): one compiled query holds the executor of the
/// first context it ran on, so a static one shared by the SQLite and PostgreSQL contexts of one process (the test suite
/// runs both at once) would run one provider's SQL on the other (D-344). Each model gets its own, compiled on first use.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
