using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Cases;

/// <summary>How a task ends, as its unit records it. A negative outcome sends the case to the declared refusal branch.</summary>
public sealed record TaskOutcome(string Name, LocalizedText Label, bool Positive);

/// <summary>How a task reaches its unit (003.md para 6: "or on paper where the approving body has no information system").</summary>
public enum TaskChannel
{
    /// <summary>The unit's staff work the task in their desk.</summary>
    Electronic,

    /// <summary>
    /// The body has no account: the request goes on paper and the executor of the application's current unit records the
    /// answer with its scan (ADR 0015).
    /// </summary>
    Paper,
}

/// <summary>
/// One task a fork opens: who answers (<paramref name="Unit"/>, a provider unit id), what (<paramref name="Kind"/>, with its
/// kk/ru/en label), by when (<paramref name="Deadline"/>, counted through the working calendar from the moment it opens) and
/// the outcomes it may end with.
/// </summary>
public sealed record TaskSpec(string Kind, LocalizedText Label, string Unit, DeadlineRule Deadline, IReadOnlyList<TaskOutcome> Outcomes,
    TaskChannel Channel = TaskChannel.Electronic);

/// <summary>
/// A fork and its join, declared on a state (ADR 0015): entering <paramref name="State"/> opens every task at once; when the last
/// one is done the engine fires <paramref name="JoinTrigger"/> if all ended positively, else <paramref name="NegativeTrigger"/>
/// (both are transitions of the platform, role <c>system</c>). Leaving the state any other way cancels the open tasks.
/// </summary>
public sealed record ParallelTasks(string State, string JoinTrigger, string NegativeTrigger, IReadOnlyList<TaskSpec> Tasks)
{
    /// <summary>The join rule (ADR 0015): null while a task is open; otherwise the trigger the outcomes lead to.</summary>
    public string? JoinOf(IReadOnlyCollection<(string Kind, bool? Positive, bool Done)> tasks)
    {
        if (tasks.Count == 0 || tasks.Any(t => !t.Done))
        {
            return null;
        }

        return tasks.All(t => t.Positive == true) ? JoinTrigger : NegativeTrigger;
    }

    public TaskSpec Spec(string kind) => Tasks.First(t => t.Kind == kind);
}

public static class CaseTaskStatus
{
    public const string Open = "open";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
}

/// <summary>One task of a fork (ADR 0015): a row, so it survives restarts and is worked in its unit's desk.</summary>
public sealed class CaseTask
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }

    /// <summary>The state whose fork opened it.</summary>
    public required string State { get; init; }

    /// <summary>Which entry into <see cref="State"/> opened it (1, 2, …): the join counts only the latest round.</summary>
    public int Round { get; init; }

    public required string Kind { get; init; }

    /// <summary>The unit that answers (for a paper task: the body written to; the executor records its answer).</summary>
    public required string UnitId { get; init; }

    public required string Channel { get; init; }

    public DateTime OpenedAt { get; init; }

    /// <summary>The last day (Almaty) of the task's own term.</summary>
    public DateOnly DueOn { get; init; }

    /// <summary>The instant (UTC) after which the task is overdue: the end of <see cref="DueOn"/> in Almaty.</summary>
    public DateTime DueAt { get; init; }

    public required string Status { get; set; }
    public string? Outcome { get; set; }
    public bool? Positive { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Comment { get; set; }

    /// <summary>The scan of a paper answer (an attachment of the application).</summary>
    public Guid? ScanAttachmentId { get; set; }

    /// <summary>When the overdue task was escalated to the heads (once).</summary>
    public DateTime? EscalatedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>One line of a task's history: opened, completed, escalated, cancelled.</summary>
public sealed class CaseTaskEvent
{
    public long Id { get; init; }
    public Guid TaskId { get; init; }
    public DateTime At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Event { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
}

/// <summary>Error codes of parallel tasks (prefix TASK-). Published in docs/error-codes.md.</summary>
public static class TaskErrors
{
    public static readonly ErrorCode NotFound = new("TASK-0001", 404, new(
        "«{0}» тапсырмасы табылмады.",
        "Задача «{0}» не найдена.",
        "Task '{0}' was not found."));

    public static readonly ErrorCode NotOpen = new("TASK-0002", 409, new(
        "Тапсырма аяқталған немесе жойылған ({0}).",
        "Задача уже завершена или отменена ({0}).",
        "The task is already done or cancelled ({0}). Refresh your queue."));

    public static readonly ErrorCode OutcomeUnknown = new("TASK-0003", 400, new(
        "«{0}» нәтижесі бұл тапсырмаға жоқ. Мүмкін нәтижелер: {1}.",
        "Результата «{0}» у этой задачи нет. Возможные результаты: {1}.",
        "There is no outcome '{0}' for this task. Outcomes: {1}."));

    public static readonly ErrorCode ScanRequired = new("TASK-0004", 400, new(
        "Қағаз жауаптың сканерленген көшірмесін қосыңыз (scanBase64, scanFileName).",
        "Приложите скан бумажного ответа (scanBase64, scanFileName).",
        "Attach the scan of the paper answer (scanBase64, scanFileName)."));

    public static readonly ErrorCode ScanInvalid = new("TASK-0005", 400, new(
        "Скан PDF, PNG немесе JPEG болуы керек, 10 МБ-тан аспауы тиіс, base64 түрінде.",
        "Скан должен быть PDF, PNG или JPEG, не более 10 МБ, в base64.",
        "The scan must be a PDF, PNG or JPEG of at most 10 MB, in base64."));

    public static readonly ErrorCode CommentRequired = new("TASK-0006", 400, new(
        "Теріс нәтиженің себебін жазыңыз (comment өрісі).",
        "Укажите обоснование отрицательного результата (поле comment).",
        "Give the reasons for a negative outcome (field 'comment')."));

    public static readonly ErrorCode ConcurrentChange = new("TASK-0007", 409, new(
        "Тапсырманы басқа біреу өзгертті. Бетті жаңартыңыз.",
        "Задачу изменил кто-то другой. Обновите страницу.",
        "Someone else changed this task meanwhile. Reload it."));

    public static readonly ErrorCode CursorInvalid = new("TASK-0010", 400, new(
        "Тапсырмалар тізімінің беті дұрыс емес. Тізімді басынан ашыңыз.",
        "Неверная страница списка задач. Откройте список сначала.",
        "The page of the task queue is not valid. Open the queue from its start."));
}
