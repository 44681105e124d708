using Qyzmet.Platform.Monitoring;

namespace Qyzmet.Host.Api;

/// <summary>
/// Monitoring of service delivery and the quality questionnaire (issue 15 "Monitoring and quality"; ADR 0023): the aggregates
/// for monitoring staff, their CSV export, and the applicant's questionnaire on an application with a result.
/// </summary>
internal static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/monitoring").WithTags("Monitoring");

        group.MapGet("/summary", async (string? from, string? to, string? service, string? unit, HttpContext http, MonitoringQueries queries, CancellationToken ct) =>
        {
            MonitoringQueries.EnsureMonitoringUser(CurrentUser.Required(http.User));
            var summary = await queries.SummaryAsync(queries.Parse(from, to, service, unit), ct);
            var lang = Language.Current;
            return TypedResults.Ok(new
            {
                filter = new { from = summary.Filter.From.ToString("yyyy-MM-dd"), to = summary.Filter.To.ToString("yyyy-MM-dd"), summary.Filter.Service, summary.Filter.Unit },
                asOf = summary.AsOf is { } asOf ? DateTime.SpecifyKind(asOf, DateTimeKind.Utc) : (DateTime?)null,
                applications = summary.Applications.Select(a => new
                {
                    a.ServiceId,
                    service = a.Service.For(lang),
                    a.UnitId,
                    unit = a.Unit.For(lang),
                    a.Total,
                    a.Open,
                    a.Completed,
                    a.Ended,
                    a.OnTime,
                    a.Overdue,
                    byStatus = a.ByStatus.Select(s => new { s.Status, label = s.Label.For(lang), s.Final, s.Completed, s.Count }),
                }),
                steps = summary.Steps.Select(s => new
                {
                    s.ServiceId,
                    service = s.Service.For(lang),
                    s.UnitId,
                    unit = s.Unit.For(lang),
                    s.Step,
                    stepLabel = s.StepLabel.For(lang),
                    norm = s.NormAmount is null ? null : new { amount = s.NormAmount, unit = s.NormUnit, text = s.Norm.For(lang) },
                    s.Passed,
                    s.OnTime,
                    s.Overdue,
                    s.OpenNow,
                    s.OpenOverdue,
                    s.Escalated,
                    s.AverageSeconds,
                    s.P95Seconds,
                }),
                quality = summary.Quality.Select(q => new { q.ServiceId, service = q.Service.For(lang), q.UnitId, unit = q.Unit.For(lang), q.Answers, q.Process, q.Information }),
                questions = QualityQuestionnaire.Questions.Select(q => new { q.Field, text = q.Text.For(lang), answers = q.Answers.Select(a => a.For(lang)) }),
                services = summary.Services.Select(o => new { o.Value, label = o.Label.For(lang) }),
                units = summary.Units.Select(o => new { o.Value, label = o.Label.For(lang) }),
            });
        }).WithSummary("Monitoring staff and administrators: per service and unit, applications by status, on time and overdue; per step against its norm, passed, on time, overdue, open, escalated, average and 95th-percentile duration (seconds); questionnaire answers. Period: applications submitted from..to (yyyy-MM-dd, Almaty; default the last 30 days)");

        group.MapGet("/export.csv", async (string? kind, string? from, string? to, string? service, string? unit, HttpContext http, MonitoringQueries queries, CancellationToken ct) =>
        {
            MonitoringQueries.EnsureMonitoringUser(CurrentUser.Required(http.User));
            if (kind is not null && !MonitoringExport.Kinds.Contains(kind))
            {
                throw new Kernel.Errors.QyzmetException(MonitoringErrors.ExportKindInvalid, string.Join(", ", MonitoringExport.Kinds));
            }

            var filter = queries.Parse(from, to, service, unit);
            var csv = MonitoringExport.Csv(await queries.SummaryAsync(filter, ct), kind, Language.Current);
            return TypedResults.File(csv, "text/csv; charset=utf-8", MonitoringExport.FileName(kind ?? MonitoringExport.Steps, filter));
        }).WithSummary("The summary as CSV: kind = applications | steps (default) | quality; same filters as /summary");

        group.MapGet("/export.xlsx", async (string? kind, string? from, string? to, string? service, string? unit, HttpContext http, MonitoringQueries queries, CancellationToken ct) =>
        {
            MonitoringQueries.EnsureMonitoringUser(CurrentUser.Required(http.User));
            if (kind is not null && !MonitoringExport.Kinds.Contains(kind))
            {
                throw new Kernel.Errors.QyzmetException(MonitoringErrors.ExportKindInvalid, string.Join(", ", MonitoringExport.Kinds));
            }

            var filter = queries.Parse(from, to, service, unit);
            var xlsx = MonitoringExport.Xlsx(await queries.SummaryAsync(filter, ct), kind, Language.Current);
            return TypedResults.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                MonitoringExport.FileName(kind ?? MonitoringExport.Steps, filter, "xlsx"));
        }).WithSummary("The summary as an XLSX workbook (one sheet, the same columns as the CSV): kind = applications | steps (default) | quality; same filters as /summary");

        app.MapGet("/api/applications/{number}/questionnaire", async (string number, HttpContext http, QualityQuestionnaire questionnaire, CancellationToken ct) =>
        {
            var state = await questionnaire.StateAsync(CurrentUser.Required(http.User), number, ct);
            var lang = Language.Current;
            return TypedResults.Ok(new
            {
                state.Offered,
                answers = state.Process is null ? null : new { process = state.Process, information = state.Information },
                questions = QualityQuestionnaire.Questions.Select(q => new { q.Field, text = q.Text.For(lang), answers = q.Answers.Select((a, i) => new { value = i + 1, text = a.For(lang) }) }),
            });
        }).WithTags("Monitoring").WithSummary("The quality questionnaire of an application: offered once it has a result and until answered");

        app.MapPost("/api/applications/{number}/questionnaire", async (string number, QuestionnaireRequest body, HttpContext http, QualityQuestionnaire questionnaire, CancellationToken ct) =>
        {
            var answer = await questionnaire.AnswerAsync(CurrentUser.Required(http.User), number, body.Process, body.Information, ct);
            return TypedResults.Created($"/api/applications/{number}/questionnaire", new { answer.Process, answer.Information, answer.AnsweredAt });
        }).WithTags("Monitoring").WithSummary("The applicant answers the questionnaire (process, information: 1 not satisfied, 2 partially, 3 satisfied), once per application (MON-0003)");
    }

    internal sealed record QuestionnaireRequest(int? Process, int? Information);
}
