using System.Text;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Cases;

public enum StateKind
{
    /// <summary>Work is under way (by the provider, the platform or the applicant).</summary>
    Active,

    /// <summary>Ended with the service provided.</summary>
    Completed,

    /// <summary>Ended without the service: refusal, expiry, consideration stopped.</summary>
    Ended,
}

public sealed record ProcedureState(string Name, LocalizedText Label, StateKind Kind, DeadlineRule? StepLimit);

/// <summary>Who moves an application on from a state, as the applicant is told (derived from the roles the declaration names).</summary>
public enum ProcedureParty
{
    /// <summary>The applicant (in person, or through a PSC operator at the desk).</summary>
    Applicant,

    /// <summary>The provider's office: executor, head, archive, approving officer.</summary>
    Office,

    /// <summary>The technical-inspection specialist (000.md para 7).</summary>
    Inspector,

    /// <summary>The platform itself: automated checks, timers.</summary>
    System,
}

public sealed record ProcedureTransition(string From, string Trigger, string To, IReadOnlyList<string> Roles);

/// <summary>
/// A service's procedure as declared in code: its states, the transitions between them, who may fire each,
/// the per-step limits and the overall deadline. The engine runs it; docs/procedures/ is generated from it.
/// </summary>
public sealed class ProcedureDefinition
{
    internal ProcedureDefinition(string serviceId, string initial, IReadOnlyList<ProcedureState> states,
        IReadOnlyList<ProcedureTransition> transitions, DeadlineRule? overall, string legalBasis, IReadOnlyDictionary<string, StepLabel> labels,
        IReadOnlyList<ParallelTasks> forks)
    {
        _labels = labels;
        Forks = forks;
        ServiceId = serviceId;
        InitialState = initial;
        States = states;
        Transitions = transitions;
        OverallDeadline = overall;
        LegalBasis = legalBasis;
    }

    private readonly IReadOnlyDictionary<string, StepLabel> _labels;

    public string ServiceId { get; }
    public string InitialState { get; }
    public IReadOnlyList<ProcedureState> States { get; }
    public IReadOnlyList<ProcedureTransition> Transitions { get; }
    public DeadlineRule? OverallDeadline { get; }
    public string LegalBasis { get; }

    /// <summary>The parallel tasks the procedure opens, each on entering its state, with its join (ADR 0015).</summary>
    public IReadOnlyList<ParallelTasks> Forks { get; }

    /// <summary>The fork declared on <paramref name="state"/>, or null.</summary>
    public ParallelTasks? ForkAt(string state) => Forks.FirstOrDefault(f => f.State == state);

    public ProcedureState State(string name) =>
        States.FirstOrDefault(s => s.Name == name) ?? throw new InvalidOperationException($"{ServiceId}: unknown state '{name}'.");

    public ProcedureTransition? Find(string from, string trigger) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Trigger == trigger);

    public IEnumerable<ProcedureTransition> From(string state) => Transitions.Where(t => t.From == state);

    /// <summary>
    /// Who acts now in <paramref name="state"/>: the parties whose roles the declaration allows to fire a transition from
    /// it. The platform counts only when no person can move the application on (its timers, e.g. a payment window
    /// running out, do not make it the one who acts while a person can). Empty for a final state (decisions.md D-315).
    /// </summary>
    public IReadOnlyList<ProcedureParty> ActingParties(string state)
    {
        var parties = From(state).SelectMany(t => t.Roles).Select(PartyOf).Distinct().Order().ToList();
        return parties.Count > 1 ? [.. parties.Where(p => p != ProcedureParty.System)] : parties;
    }

    /// <summary>The party a declared role belongs to (a PSC operator acts for the applicant, D-211).</summary>
    public static ProcedureParty PartyOf(string role) => role switch
    {
        Identity.Roles.Applicant or Identity.Roles.PscOperator => ProcedureParty.Applicant,
        Identity.Roles.Inspector => ProcedureParty.Inspector,
        Identity.Roles.System => ProcedureParty.System,
        _ => ProcedureParty.Office,
    };

    /// <summary>The states the application can move to from <paramref name="state"/>, in declaration order.</summary>
    public IReadOnlyList<ProcedureState> NextStates(string state) =>
        [.. From(state).Select(t => t.To).Distinct().Select(State)];

    /// <summary>
    /// The declared label of a trigger or history step: the procedure's own declaration, else the platform's common
    /// step (<see cref="CommonSteps"/>); null when undeclared (Build refuses a transition whose trigger has none).
    /// </summary>
    public StepLabel? Label(string step) =>
        _labels.TryGetValue(step, out var own) ? own : CommonSteps.Labels.GetValueOrDefault(step);

    /// <summary>Every step name the procedure can record: its triggers and its declared history-only steps.</summary>
    public IEnumerable<string> Steps => Transitions.Select(t => t.Trigger).Concat(_labels.Keys).Distinct();

    /// <summary>A Mermaid state diagram of the declaration; the test keeps docs/procedures/ equal to it.</summary>
    public string ToMermaid()
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(ServiceId).Append("\n\n");
        sb.Append("Generated from the procedure declaration in code; do not edit by hand.\n\n");
        sb.Append("Legal basis: ").Append(LegalBasis).Append('\n');
        if (OverallDeadline is not null)
        {
            sb.Append("Overall deadline: ").Append(OverallDeadline).Append('\n');
        }

        sb.Append("\n```mermaid\nstateDiagram-v2\n");
        sb.Append("    [*] --> ").Append(InitialState).Append('\n');
        foreach (var t in Transitions)
        {
            sb.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(" : ").Append(t.Trigger)
              .Append(" (").Append(string.Join(", ", t.Roles)).Append(")\n");
        }

        foreach (var s in States.Where(s => s.Kind != StateKind.Active))
        {
            sb.Append("    ").Append(s.Name).Append(" --> [*]\n");
        }

        // ADR 0015: a fork is drawn inside its state, each task from the fork bar to the join bar.
        foreach (var fork in Forks)
        {
            var id = fork.State.Replace('-', '_');
            sb.Append("    state ").Append(fork.State).Append(" {\n");
            sb.Append("        state ").Append(id).Append("_fork <<fork>>\n");
            sb.Append("        state ").Append(id).Append("_join <<join>>\n");
            sb.Append("        [*] --> ").Append(id).Append("_fork\n");
            foreach (var task in fork.Tasks)
            {
                sb.Append("        ").Append(id).Append("_fork --> ").Append(task.Kind).Append(" : ").Append(task.Unit)
                  .Append(" (").Append(task.Deadline).Append(task.Channel == TaskChannel.Paper ? ", paper" : "").Append(")\n");
                sb.Append("        ").Append(task.Kind).Append(" --> ").Append(id).Append("_join\n");
            }

            sb.Append("        ").Append(id).Append("_join --> [*]\n    }\n");
        }

        sb.Append("```\n\n| state | kind | step limit | kk | ru |\n|---|---|---|---|---|\n");
        foreach (var s in States)
        {
            sb.Append("| ").Append(s.Name).Append(" | ").Append(s.Kind).Append(" | ")
              .Append(s.StepLimit?.ToString() ?? "—").Append(" | ").Append(s.Label.Kk).Append(" | ").Append(s.Label.Ru).Append(" |\n");
        }

        foreach (var fork in Forks)
        {
            sb.Append("\nParallel tasks in ").Append(fork.State).Append(": all positive → ").Append(fork.JoinTrigger)
              .Append("; any negative → ").Append(fork.NegativeTrigger).Append(".\n\n| task | unit | deadline | channel | outcomes (+ positive) | ru |\n|---|---|---|---|---|---|\n");
            foreach (var task in fork.Tasks)
            {
                sb.Append("| ").Append(task.Kind).Append(" | ").Append(task.Unit).Append(" | ").Append(task.Deadline).Append(" | ").Append(task.Channel)
                  .Append(" | ").Append(string.Join(", ", task.Outcomes.Select(o => (o.Positive ? "+" : "") + o.Name))).Append(" | ").Append(task.Label.Ru).Append(" |\n");
            }
        }

        return sb.ToString();
    }
}

/// <summary>Declares a procedure fluently and checks it is well-formed when built.</summary>
public sealed class ProcedureBuilder(string serviceId, string legalBasis)
{
    private readonly List<ProcedureState> _states = [];
    private readonly List<ProcedureTransition> _transitions = [];
    private readonly Dictionary<string, StepLabel> _labels = [];
    private readonly List<ParallelTasks> _forks = [];
    private DeadlineRule? _overall;

    /// <summary>
    /// Declares a fork on <paramref name="state"/> (ADR 0015): entering it opens <paramref name="tasks"/> at once; when all are
    /// done the platform fires <paramref name="joinTrigger"/> (all positive) or <paramref name="negativeTrigger"/> (any negative).
    /// </summary>
    public ProcedureBuilder Parallel(string state, string joinTrigger, string negativeTrigger, params TaskSpec[] tasks)
    {
        _forks.Add(new ParallelTasks(state, joinTrigger, negativeTrigger, tasks));
        return this;
    }

    /// <summary>
    /// Declares what a person reads for a trigger (or a history-only step) of this procedure: the button verb and
    /// the history line. Triggers of the platform's shared capabilities are labelled in <see cref="CommonSteps"/>.
    /// </summary>
    public ProcedureBuilder Label(string step, LocalizedText action, LocalizedText done)
    {
        _labels[step] = new StepLabel(action, done);
        return this;
    }

    public ProcedureBuilder State(string name, LocalizedText label, StateKind kind = StateKind.Active, DeadlineRule? stepLimit = null)
    {
        _states.Add(new ProcedureState(name, label, kind, stepLimit));
        return this;
    }

    public ProcedureBuilder On(string from, string trigger, string to, params string[] roles)
    {
        _transitions.Add(new ProcedureTransition(from, trigger, to, roles));
        return this;
    }

    public ProcedureBuilder Deadline(DeadlineRule rule)
    {
        _overall = rule;
        return this;
    }

    public ProcedureDefinition Build()
    {
        if (_states.Count == 0)
        {
            throw new InvalidOperationException($"{serviceId}: a procedure needs states.");
        }

        var names = _states.Select(s => s.Name).ToHashSet();
        if (names.Count != _states.Count)
        {
            throw new InvalidOperationException($"{serviceId}: duplicate state names.");
        }

        foreach (var t in _transitions)
        {
            if (!names.Contains(t.From) || !names.Contains(t.To))
            {
                throw new InvalidOperationException($"{serviceId}: transition {t.From} -{t.Trigger}-> {t.To} names an unknown state.");
            }

            if (t.Roles.Count == 0)
            {
                throw new InvalidOperationException($"{serviceId}: transition {t.From} -{t.Trigger}-> {t.To} names no role.");
            }

            if (_states.First(s => s.Name == t.From).Kind != StateKind.Active)
            {
                throw new InvalidOperationException($"{serviceId}: final state {t.From} cannot have outgoing transitions.");
            }
        }

        // A page never renders an undeclared label (issue 11): every trigger has a button verb and a history line.
        foreach (var trigger in _transitions.Select(t => t.Trigger).Distinct())
        {
            if (!_labels.ContainsKey(trigger) && !CommonSteps.Labels.ContainsKey(trigger))
            {
                throw new InvalidOperationException($"{serviceId}: trigger '{trigger}' has no kk/ru/en label; declare it with Label().");
            }
        }

        if (_transitions.GroupBy(t => (t.From, t.Trigger)).Any(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"{serviceId}: a trigger must lead to one state only.");
        }

        foreach (var fork in _forks)
        {
            CheckFork(fork, names);
        }

        return new ProcedureDefinition(serviceId, _states[0].Name, [.. _states], [.. _transitions], _overall, legalBasis, new Dictionary<string, StepLabel>(_labels), [.. _forks]);
    }

    /// <summary>A fork is well-formed: an active state, once; system join transitions out of it; distinct tasks, each able to end positively.</summary>
    private void CheckFork(ParallelTasks fork, HashSet<string> names)
    {
        if (!names.Contains(fork.State) || _states.First(s => s.Name == fork.State).Kind != StateKind.Active)
        {
            throw new InvalidOperationException($"{serviceId}: parallel tasks on '{fork.State}' need an active state.");
        }

        if (_forks.Count(f => f.State == fork.State) > 1)
        {
            throw new InvalidOperationException($"{serviceId}: '{fork.State}' declares parallel tasks twice.");
        }

        foreach (var trigger in new[] { fork.JoinTrigger, fork.NegativeTrigger })
        {
            if (!_transitions.Any(t => t.From == fork.State && t.Trigger == trigger && t.Roles.Contains(Identity.Roles.System)))
            {
                throw new InvalidOperationException($"{serviceId}: the join of '{fork.State}' fires '{trigger}', which needs a transition from it for the system role.");
            }
        }

        if (fork.Tasks.Count == 0 || fork.Tasks.Select(t => t.Kind).Distinct().Count() != fork.Tasks.Count)
        {
            throw new InvalidOperationException($"{serviceId}: the fork on '{fork.State}' needs tasks of distinct kinds.");
        }

        foreach (var task in fork.Tasks)
        {
            if (!task.Outcomes.Any(o => o.Positive) || task.Outcomes.Select(o => o.Name).Distinct().Count() != task.Outcomes.Count
                || string.IsNullOrWhiteSpace(task.Unit) || task.Deadline.Unit is not (DeadlineUnit.WorkingDays or DeadlineUnit.CalendarDays))
            {
                throw new InvalidOperationException($"{serviceId}: task '{task.Kind}' needs a unit, a day-based deadline and distinct outcomes, one of them positive.");
            }
        }
    }
}
