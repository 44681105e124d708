using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Platform;

/// <summary>The procedure declarations of every registered service, and the diagrams generated from them.</summary>
public sealed class ProcedureDeclarationTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    /// <summary>Set QYZMET_UPDATE_PROCEDURES=1 and run the tests to regenerate docs/procedures/.</summary>
    private const string UpdateVariable = "QYZMET_UPDATE_PROCEDURES";

    private IReadOnlyList<IStateServiceHandler> Handlers()
    {
        using var scope = host.Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<ProcedureRegistry>().All.OrderBy(h => h.ServiceId)];
    }

    [Fact]
    public void EveryHandler_IsACatalogService()
    {
        Assert.NotEmpty(Handlers());
        Assert.All(Handlers(), h => Assert.NotNull(ServiceCatalog.Find(h.ServiceId)));
    }

    [Fact]
    public void EveryProcedure_EveryStateReachableAndActiveStatesHaveAWayOut()
    {
        foreach (var procedure in Handlers().Select(h => h.Procedure))
        {
            var reachable = new HashSet<string> { procedure.InitialState };
            var queue = new Queue<string>(reachable);
            while (queue.TryDequeue(out var state))
            {
                foreach (var t in procedure.From(state).Where(t => reachable.Add(t.To)))
                {
                    queue.Enqueue(t.To);
                }
            }

            Assert.All(procedure.States, s => Assert.Contains(s.Name, reachable));
            Assert.All(procedure.States.Where(s => s.Kind == StateKind.Active), s => Assert.NotEmpty(procedure.From(s.Name)));
        }
    }

    // 001a.md §8.2 rule 7: only the applicant (or the PSC operator for them) pays; only the platform expires.
    [Fact]
    public void StatusReference_PaymentByApplicantExpiryBySystemOnly()
    {
        var procedure = Handlers().Single(h => h.ServiceId == "civil-registry.status-reference").Procedure;
        Assert.Equal(["applicant", "psc-operator"], procedure.Find("awaiting-payment", "pay")!.Roles);
        Assert.Equal([Roles.System], procedure.Find("awaiting-payment", "expire")!.Roles);
        Assert.Null(procedure.Find("expired", "pay"));
    }

    [Fact]
    public void Builder_RejectsMalformedDeclarations()
    {
        var label = new Qyzmet.Kernel.Text.LocalizedText("a", "a", "a");
        Assert.Throws<InvalidOperationException>(() => new ProcedureBuilder("x", "law").State("a", label).On("a", "go", "b", Roles.System).Build());
        Assert.Throws<InvalidOperationException>(() => new ProcedureBuilder("x", "law").State("a", label).State("b", label, StateKind.Completed)
            .On("a", "go", "b").Build());
        Assert.Throws<InvalidOperationException>(() => new ProcedureBuilder("x", "law").State("a", label).State("b", label, StateKind.Completed)
            .On("b", "back", "a", Roles.System).Build());
    }

    /// <summary>docs/procedures/ is generated from the declarations; this fails when someone forgets to regenerate.</summary>
    [Fact]
    public void ProcedureDiagrams_MatchDeclarations()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "procedures");
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var stale = new List<string>();
        foreach (var handler in Handlers())
        {
            var path = Path.Combine(folder, handler.ServiceId + ".md");
            var expected = handler.Procedure.ToMermaid();
            if (update)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, expected);
            }
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != expected)
            {
                stale.Add(path);
            }
        }

        Assert.True(stale.Count == 0, $"Regenerate with {UpdateVariable}=1 dotnet test: {string.Join(", ", stale)}");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Qyzmet.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Qyzmet.slnx not found above the test binaries.");
    }
}
