using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Tests.Platform;

/// <summary>ADR 0015: parallel tasks declared as data; the join rule; the declaration checks; task terms through the calendar.</summary>
public sealed class ParallelTaskRulesTests
{
    private static readonly LocalizedText L = new("k", "r", "e");

    private static readonly TaskOutcome[] YesNo = [new("positive", L, true), new("negative", L, false)];

    private static ProcedureBuilder Base() => new ProcedureBuilder("test.tasks", "test")
        .State("approvals", L)
        .State("next", L)
        .State("refusal", L)
        .State("done", L, StateKind.Completed)
        .On("approvals", "all-positive", "next", Roles.System)
        .On("approvals", "any-negative", "refusal", Roles.System)
        .On("next", "finish", "done", Roles.ProviderHead)
        .On("refusal", "finish-refusal", "done", Roles.ProviderHead)
        .Label("all-positive", L, L).Label("any-negative", L, L).Label("finish", L, L).Label("finish-refusal", L, L);

    // 003.md para 6 step 4: the case moves on only when every approving party has answered.
    [Fact]
    public void Join_WaitsForEveryTask_ThenAllPositiveOrRefusal()
    {
        var fork = new ParallelTasks("approvals", "all-positive", "any-negative", []);
        Assert.Null(fork.JoinOf([("a", true, true), ("b", null, false)]));
        Assert.Equal("all-positive", fork.JoinOf([("a", true, true), ("b", true, true)]));
        // 003.md para 9 ground 3: any negative answer leads to the reasoned refusal.
        Assert.Equal("any-negative", fork.JoinOf([("a", true, true), ("b", false, true), ("c", true, true)]));
        Assert.Null(fork.JoinOf([]));
    }

    [Fact]
    public void Builder_AcceptsAForkAndDrawsItsTasks()
    {
        var procedure = Base()
            .Parallel("approvals", "all-positive", "any-negative",
                new TaskSpec("conclusion", L, "body-1", DeadlineRule.WorkingDays(12), YesNo),
                new TaskSpec("conditions", L, "monopoly-1", DeadlineRule.WorkingDays(5), YesNo, TaskChannel.Paper))
            .Build();
        Assert.Equal(2, procedure.ForkAt("approvals")!.Tasks.Count);
        Assert.Null(procedure.ForkAt("next"));
        var diagram = procedure.ToMermaid();
        Assert.Contains("state approvals_fork <<fork>>", diagram, StringComparison.Ordinal);
        Assert.Contains("approvals_fork --> conditions : monopoly-1 (5 WorkingDays, paper)", diagram, StringComparison.Ordinal);
        Assert.Contains("conclusion --> approvals_join", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_RejectsMalformedForks()
    {
        var task = new TaskSpec("conclusion", L, "body-1", DeadlineRule.WorkingDays(12), YesNo);
        // The join trigger must be a system transition out of the fork's state.
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("approvals", "finish", "any-negative", task).Build());
        // A fork on a final state, two tasks of one kind, a task that cannot end positively, an hour-based term.
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("done", "all-positive", "any-negative", task).Build());
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("approvals", "all-positive", "any-negative", task, task).Build());
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("approvals", "all-positive", "any-negative",
            task with { Outcomes = [new("negative", L, false)] }).Build());
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("approvals", "all-positive", "any-negative",
            task with { Deadline = DeadlineRule.Hours(5) }).Build());
        Assert.Throws<InvalidOperationException>(() => Base().Parallel("approvals", "all-positive", "any-negative").Build());
    }

    // 003.md para 6 step 4 and §8.1: a monopoly's 5 working days run from receiving the scheme; a weekend and the
    // Independence Day holiday (16 December) are not counted. The term ends at the end of its last day in Almaty.
    [Fact]
    public void TaskTerm_CountsWorkingDaysThroughTheCalendar()
    {
        var opened = new DateTimeOffset(2026, 12, 11, 5, 0, 0, TimeSpan.Zero); // Friday 11 Dec 2026, 10:00 Almaty
        var due = WorkingCalendar.Statutory.Compute(opened, DeadlineRule.WorkingDays(5)).DueDate;
        // Mon 14, Tue 15, (Wed 16 Independence Day), Thu 17, Fri 18, (weekend), Mon 21.
        Assert.Equal(new DateOnly(2026, 12, 21), due);
        var task = new CaseTask
        {
            State = "approvals",
            Kind = "conditions",
            UnitId = "u",
            Channel = "electronic",
            Status = CaseTaskStatus.Open,
            DueOn = due,
            DueAt = AlmatyTime.FromLocal(due.AddDays(1), TimeOnly.MinValue).UtcDateTime,
        };
        Assert.False(CaseTaskService.IsOverdue(task, AlmatyTime.FromLocal(due, new TimeOnly(23, 59)).UtcDateTime));
        Assert.True(CaseTaskService.IsOverdue(task, AlmatyTime.FromLocal(due.AddDays(1), new TimeOnly(0, 0)).UtcDateTime));
        task.Status = CaseTaskStatus.Done;
        Assert.False(CaseTaskService.IsOverdue(task, AlmatyTime.FromLocal(due.AddDays(3), TimeOnly.MinValue).UtcDateTime));
    }
}
