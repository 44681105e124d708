using Qyzmet.Kernel.Calendar;
using Qyzmet.Land;
using Qyzmet.Land.Features.GrantLandPlot;

namespace Qyzmet.Tests.Land;

/// <summary>D-512: the parties the land-plot choice act goes to are data per settlement (003.md para 6 step 4).</summary>
public sealed class ApprovalPartiesTests
{
    // 003.md para 6 step 4: approving bodies (state bodies, services, the State Corporation) answer in 12 working days with
    // a conclusion; natural monopolies in 5 with connection conditions; any negative outcome is possible for both (para 9 ground 3).
    [Fact]
    public void EveryParty_HasTheTermAndOutcomesOfItsKind()
    {
        Assert.Equal(LandGrantAreas.Parties.Count, LandGrantAreas.Parties.Select(p => p.Kind).Distinct().Count());
        foreach (var party in LandGrantAreas.Parties)
        {
            var task = party.ToTask();
            var conclusion = party.PartyKind == ApprovalPartyKind.ApprovingBody;
            Assert.Equal(DeadlineRule.WorkingDays(conclusion ? 12 : 5), task.Deadline);
            Assert.Equal(conclusion ? ApprovalParty.Conclusion : ApprovalParty.Conditions, task.Outcomes);
            Assert.Contains(task.Outcomes, o => o.Positive);
            Assert.Contains(task.Outcomes, o => !o.Positive);
        }
    }

    // D-512: the procedure declares a task for every party of the data (diagram, staffing, labels), and each settlement's list
    // names declared parties only, at least one, with the State Corporation among them (003.md para 6 step 4).
    [Fact]
    public void TheForkDeclaresEveryParty_AndEachSettlementChoosesDeclaredOnes()
    {
        var handler = new GrantLandPlotService(null!, null!, null!, TimeProvider.System, null!, null!);
        var fork = handler.Procedure.ForkAt(GrantLandPlotService.Approvals)!;
        Assert.Equal(LandGrantAreas.Parties.Select(p => p.Kind).Order(), fork.Tasks.Select(t => t.Kind).Order());
        Assert.All(LandGrantAreas.Parties, p => Assert.Equal(p.Unit, fork.Spec(p.Kind).Unit));
        Assert.NotEmpty(LandGrantAreas.Areas);
        foreach (var area in LandGrantAreas.Areas)
        {
            Assert.NotEmpty(area.Parties);
            Assert.Equal(area.Parties.Count, area.Parties.Distinct().Count());
            Assert.All(area.Parties, k => Assert.Contains(fork.Tasks, t => t.Kind == k));
            Assert.Contains(area.Parties, k => fork.Spec(k).Unit == area.StateCorporation);
        }

        Assert.NotNull(LandGrantAreas.For(LandDemoData.KosshyCode));
        Assert.Null(LandGrantAreas.For("000000000"));
        Assert.Null(LandGrantAreas.For(null));
    }
}
