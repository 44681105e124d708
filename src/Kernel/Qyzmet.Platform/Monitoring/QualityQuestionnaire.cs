using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Monitoring;

/// <summary>One question of the questionnaire and its three answers, worded as the regulation's appendix words them.</summary>
public sealed record QualityQuestion(string Field, LocalizedText Text, IReadOnlyList<LocalizedText> Answers);

/// <summary>What the application page shows: whether the questionnaire is offered now, and the answers given (null: none yet).</summary>
public sealed record QuestionnaireState(bool Offered, int? Process, int? Information);

/// <summary>
/// The quality and accessibility questionnaire (001a.md §6.8 "Appendix 6", 001b.md §6.6, 002.md §6.4: identical in all the
/// regulations, two questions with three answers each), offered to the applicant once their application has a result and
/// answered once per application (the answer row's key is the application; D-743).
/// </summary>
public sealed class QualityQuestionnaire(QyzmetDbContext db, ApplicationService applications, ProcedureRegistry registry, AuditLog audit, TimeProvider time)
{
    /// <summary>001a.md §6.8: the questions and answers; the answers of question 1 and 2 differ slightly in wording (001b.md §6.6 note).</summary>
    public static readonly IReadOnlyList<QualityQuestion> Questions =
    [
        new("process", new("Электрондық қызмет көрсету үдерісінің және нәтижесінің сапасымен қанағаттанасыз ба?",
                "Удовлетворены ли вы качеством процесса и результата оказания электронной услуги?",
                "Are you satisfied with the quality of the e-service process and its result?"),
            [new("қанағаттанбаймын", "не удовлетворён", "not satisfied"), new("жартылай қанағаттанарлық", "частично удовлетворительно", "partially satisfactory"),
                new("қанағаттанамын", "удовлетворён", "satisfied")]),
        new("information", new("Электрондық қызмет көрсету тәртібі туралы ақпараттың сапасына қанағаттанасыз ба?",
                "Удовлетворены ли вы качеством информации о порядке оказания электронной услуги?",
                "Are you satisfied with the quality of information about the e-service procedure?"),
            [new("қанағаттанбаймын", "не удовлетворён", "not satisfied"), new("жартылай қанағаттанамын", "частично удовлетворён", "partially satisfied"),
                new("қанағаттанарлық", "удовлетворительно", "satisfactory")]),
    ];

    public async Task<QuestionnaireState> StateAsync(UserInfo user, string number, CancellationToken ct)
    {
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        var answer = await db.QualityAnswers.AsNoTracking().SingleOrDefaultAsync(q => q.ApplicationId == app.Id, ct);
        return new QuestionnaireState(answer is null && !user.IsStaff && HasResult(app), answer?.Process, answer?.Information);
    }

    /// <summary>Records the applicant's two answers (1–3 each) for an application that has its result; once.</summary>
    public async Task<QualityAnswer> AnswerAsync(UserInfo user, string number, int? process, int? information, CancellationToken ct)
    {
        if (user.IsStaff)
        {
            throw new QyzmetException(MonitoringErrors.QuestionnaireApplicantOnly);
        }

        CheckAnswer("process", process);
        CheckAnswer("information", information);
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        if (!HasResult(app))
        {
            throw new QyzmetException(MonitoringErrors.QuestionnaireNotOpen, number);
        }

        if (await db.QualityAnswers.AnyAsync(q => q.ApplicationId == app.Id, ct))
        {
            throw new QyzmetException(MonitoringErrors.QuestionnaireAnswered, number);
        }

        var answer = new QualityAnswer
        {
            ApplicationId = app.Id,
            ServiceId = app.ServiceId,
            UnitId = app.UnitId,
            SubmittedOn = AlmatyTime.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(app.SubmittedAt, DateTimeKind.Utc))),
            Process = process!.Value,
            Information = information!.Value,
            AnsweredAt = time.GetUtcNow().UtcDateTime,
            AnsweredBy = user.Id,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.QualityAnswers.Add(answer);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, null, user.UnitId), "application.questionnaire", "application:" + app.Number,
            JsonSerializer.Serialize(new { process, information }), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second answer that raced the first: the key decides, nothing of this one is kept.
            throw new QyzmetException(MonitoringErrors.QuestionnaireAnswered, number);
        }

        return answer;
    }

    /// <summary>"After each result": the application is in a final state of its procedure (D-743).</summary>
    private bool HasResult(Application app) => registry.Find(app.ServiceId)?.Procedure.States.FirstOrDefault(s => s.Name == app.Status)?.Kind is StateKind.Completed or StateKind.Ended;

    private static void CheckAnswer(string field, int? value)
    {
        if (value is not (1 or 2 or 3))
        {
            throw new QyzmetException(MonitoringErrors.AnswerInvalid, field);
        }
    }
}
