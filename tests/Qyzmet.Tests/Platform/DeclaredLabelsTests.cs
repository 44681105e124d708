using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Platform;

/// <summary>
/// Issue 11 "Language and wording": triggers, roles and units carry kk/ru/en labels in their declarations, so a page
/// never renders an undeclared label (a trigger's, a role's or a service's id).
/// </summary>
public sealed class DeclaredLabelsTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private IReadOnlyList<IStateServiceHandler> Handlers()
    {
        using var scope = host.Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<ProcedureRegistry>().All.OrderBy(h => h.ServiceId)];
    }

    // Issue 11: every trigger of every registered procedure has a button verb and a history line in kk, ru and en.
    [Fact]
    public void EveryTriggerOfEveryProcedure_HasDeclaredLabels()
    {
        var handlers = Handlers();
        Assert.NotEmpty(handlers);
        foreach (var procedure in handlers.Select(h => h.Procedure))
        {
            foreach (var step in procedure.Steps.Concat(CommonSteps.Labels.Keys))
            {
                var label = procedure.Label(step);
                Assert.True(label is not null, $"{procedure.ServiceId}: '{step}' has no label");
                AssertThreeLanguages(label.Action, step);
                AssertThreeLanguages(label.Done, step);
            }
        }
    }

    // Issue 11: buttons are verbs ("Отказать"), not the status the step leads to ("Отказано").
    [Fact]
    public void ButtonsAreVerbs_HistoryLinesAreDone()
    {
        var refuse = CommonSteps.Labels[RefusalTriggers.Refuse];
        Assert.Equal("Отказать", refuse.Action.Ru);
        Assert.Equal("Отказано", refuse.Done.Ru);
        foreach (var procedure in Handlers().Select(h => h.Procedure))
        {
            foreach (var t in procedure.Transitions)
            {
                var label = procedure.Label(t.Trigger)!;
                Assert.NotEqual(label.Done.Ru, label.Action.Ru);
                Assert.NotEqual(procedure.State(t.To).Label.Ru, label.Action.Ru);
            }
        }
    }

    // Issue 11: a procedure cannot be declared with a trigger nobody has labelled.
    [Fact]
    public void Builder_RejectsAnUnlabelledTrigger()
    {
        var builder = new ProcedureBuilder("test.unlabelled", "test")
            .State("a", new LocalizedText("а", "а", "a"))
            .State("b", new LocalizedText("б", "б", "b"), StateKind.Completed)
            .On("a", "frobnicate", "b", Roles.ProviderExecutor);
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("frobnicate", e.Message);
        builder.Label("frobnicate", new("Өңдеу", "Обработать", "Process"), new("Өңделді", "Обработано", "Processed"));
        Assert.Equal("Обработать", builder.Build().Label("frobnicate")!.Action.Ru);
    }

    // Issue 11: every role a person can hold or read in a history has a declared label.
    [Fact]
    public void EveryRole_HasDeclaredLabels()
    {
        foreach (var role in Roles.Staff.Append(Roles.Applicant).Append(Roles.System))
        {
            Assert.True(Roles.Labels.ContainsKey(role), role);
            AssertThreeLanguages(Roles.Label(role), role);
        }

        foreach (var role in Handlers().SelectMany(h => h.Procedure.Transitions).SelectMany(t => t.Roles).Distinct())
        {
            Assert.True(Roles.Labels.ContainsKey(role), role);
        }
    }

    // Issue 11, D-305: the access log's purpose reads as "Өтініш № …: <service name>", not the stored form.
    [Fact]
    public void AccessPurpose_IsTheApplicationNumberAndTheServiceName()
    {
        var stored = AccessPurposes.ForApplication("2026-0000005", "real-estate.cadastral-passport");
        Assert.Equal("application 2026-0000005 (real-estate.cadastral-passport)", stored);
        var text = AccessPurposes.Describe(stored, "2026-0000005");
        Assert.StartsWith("Өтініш № 2026-0000005: ", text.Kk);
        Assert.StartsWith("Заявление № 2026-0000005: ", text.Ru);
        Assert.DoesNotContain("real-estate", text.Kk + text.Ru + text.En);
        Assert.Contains(Qyzmet.Kernel.Catalog.ServiceCatalog.Find("real-estate.cadastral-passport")!.Name.Ru, text.Ru);

        var atSubmission = AccessPurposes.Describe(AccessPurposes.ForService("land.cadastral-info"), null);
        Assert.DoesNotContain("land.", atSubmission.Kk + atSubmission.Ru);
        Assert.StartsWith("Өтініш: ", atSubmission.Kk);

        Assert.Equal("Поиск актовых записей гражданского состояния", AccessPurposes.Describe(AccessPurposes.RegistrySearch, null).Ru);
        Assert.Equal("№ 10-075-90-0001532 акт жазбасын қарау", AccessPurposes.Describe(AccessPurposes.ActView("10-075-90-0001532"), null).Kk);

        // Any other stored purpose reads as the provision of a service, never as the stored text.
        var other = AccessPurposes.Describe("registry search by IIN", "2026-0000007");
        Assert.DoesNotContain("registry", other.Kk + other.Ru);
        Assert.Contains("2026-0000007", other.Ru);
    }

    // Issue 11: the registry desk names every field of an act record; none is shown by its property name.
    [Fact]
    public void EveryActRecordField_IsLabelledOrHidden()
    {
        var covered = Qyzmet.CivilRegistry.Domain.CivilActFields.All.SelectMany(f => new[] { f.Property, f.RussianProperty })
            .Concat(Qyzmet.CivilRegistry.Domain.CivilActFields.Hidden).ToHashSet();
        foreach (var property in typeof(Qyzmet.CivilRegistry.Domain.CivilAct).GetProperties())
        {
            Assert.True(covered.Contains(property.Name), property.Name);
        }

        Assert.All(Qyzmet.CivilRegistry.Domain.CivilActFields.All, f => AssertThreeLanguages(f.Label, f.Property));
    }

    private static void AssertThreeLanguages(LocalizedText text, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.Kk), what + " kk");
        Assert.False(string.IsNullOrWhiteSpace(text.Ru), what + " ru");
        Assert.False(string.IsNullOrWhiteSpace(text.En), what + " en");
        Assert.NotEqual(what, text.Kk);
        Assert.NotEqual(what, text.Ru);
        // Kazakh and Russian texts are not English: no Latin letters in them.
        Assert.DoesNotMatch("[A-Za-z]", text.Kk);
        Assert.DoesNotMatch("[A-Za-z]", text.Ru);
    }
}
