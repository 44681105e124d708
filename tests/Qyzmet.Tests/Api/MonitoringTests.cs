using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Monitoring;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Monitoring and quality (issue 15; ADR 0023) through HTTP on SQLite and PostgreSQL: every stage recorded, the aggregates on
/// known data, the step limits enforced once, the overall deadline told once, the questionnaire once per application, the CSV.
/// </summary>
public abstract class MonitoringTests
{
    private const string Duplicate = "civil-registry.duplicate-certificate";
    private const string Reference = "civil-registry.status-reference";
    private static int _units;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());

    private Task<HttpClient> Monitor(string? lang = null) => Factory.SignedInAsync(DemoData.MonitoringOfficer.Iin, lang);

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> Act(HttpClient staff, string number, string trigger, string? reason = null) =>
        await Ok(await staff.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason }, Ct));

    /// <summary>A duplicate birth certificate for АЙГЕРІМ, paid: it waits in "accepted" for the registry office (15-minute norm, 001a.md §4).</summary>
    private async Task<(HttpClient Applicant, string Number)> PaidDuplicateAsync()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin, "ru");
        var app = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{Duplicate}/applications",
            new { fields = new { kind = "birth", birthDate = "1990-03-15", birthPlace = "Алматы", parents = "СЕРІКОВ СЕРІК" } }, Ct));
        var number = app.GetProperty("number").GetString()!;
        Assert.Equal("accepted", (await Factory.PayAsync(client, number)).GetProperty("status").GetString());
        return (client, number);
    }

    /// <summary>One pass of the aggregation job (ADR 0030): the dashboard reads the rollup it keeps.</summary>
    private Task<AggregationRun> AggregateAsync() => Factory.Services.GetRequiredService<MonitoringAggregator>().RunOnceAsync(Ct);

    /// <summary>The backfill (<c>monitoring backfill</c>): for stage rows written straight into the store, with no application event.</summary>
    private Task<BackfillResult> BackfillAsync(DateOnly from, DateOnly to) => Factory.Services.GetRequiredService<MonitoringAggregator>().BackfillAsync(from, to, null, Ct);

    private async Task<List<MonitoringStage>> StagesAsync(string number)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        return await db.MonitoringStages.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Id).ToListAsync(Ct);
    }

    private async Task<(HttpClient Executor, string Unit)> NewUnitAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = "mon-test-" + Interlocked.Increment(ref _units).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.ProviderUnits.Add(new ProviderUnit { Id = id, Provider = "civil-registry", NameKk = "Сынақ бөлімі " + id, NameRu = "Тестовый отдел " + id, RegionCode = "75" });
        await db.SaveChangesAsync(Ct);
        return (await Monitor(), id);
    }

    // Issue 15 "every stage of every application is recorded": each status change closes the application's open stage (with its
    // duration and whether it kept the step's norm, 001a.md §4: 15 minutes in "accepted") and opens the next, in the same
    // transaction; the final stage stays open and says how the application ended.
    [Fact]
    public async Task Stages_EveryStatusChangeRecorded_WithDurationAndNorm()
    {
        var (_, number) = await PaidDuplicateAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        await Act(executor, number, "issue-duplicate", "Каб. 12");
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await Act(executor, number, "record-issue");

        var stages = await StagesAsync(number);
        Assert.Equal(["registered", "awaiting-payment", "accepted", "ready-for-collection", "handed-over"], stages.Select(s => s.Step).ToList());
        Assert.All(stages, s => Assert.Equal("civil-registry-75", s.UnitId));
        Assert.All(stages.SkipLast(1), s => Assert.NotNull(s.LeftAt));
        var accepted = stages[2];
        Assert.Equal(600, accepted.DurationSeconds);
        Assert.Equal(15, accepted.NormAmount);
        Assert.Equal(nameof(DeadlineUnit.Minutes), accepted.NormUnit);
        Assert.False(accepted.Overdue);
        Assert.Equal(1800, stages[3].DurationSeconds);
        Assert.Null(stages[3].Overdue); // no norm declared for waiting for collection
        var final = stages[^1];
        Assert.True(final.Final);
        Assert.True(final.Completed);
        Assert.Null(final.LeftAt);

        await AggregateAsync();
        var summary = await Ok(await (await Monitor()).GetAsync($"/api/monitoring/summary?service={Duplicate}&unit=civil-registry-75", Ct));
        var row = summary.GetProperty("applications").EnumerateArray().Single();
        Assert.True(row.GetProperty("completed").GetInt32() >= 1);
        Assert.Contains(row.GetProperty("byStatus").EnumerateArray(), s => s.GetProperty("status").GetString() == "handed-over");
    }

    // Issue 15: the average and the 95th percentile of the time spent in a step, per service, unit and step, on known data.
    // Nearest rank: of 20 durations 1..20 h the 95th percentile is the 19th (19 h), the average 10.5 h; of 7 durations
    // 10..70 min it is the 7th (70 min). A stage of an application submitted outside the period does not count.
    [Fact]
    public async Task Aggregates_KnownDurations_AverageAndP95()
    {
        var (monitor, unit) = await NewUnitAsync();
        await InsertStagesAsync(unit, "paid", Today, Enumerable.Range(1, 20).Select(h => (long)h * 3600));
        await InsertStagesAsync(unit, "registered", Today, Enumerable.Range(1, 7).Select(m => (long)m * 600));
        await InsertStagesAsync(unit, "paid", Today.AddDays(-400), [1_000_000]);
        await BackfillAsync(Today.AddDays(-400), Today);

        var summary = await Ok(await monitor.GetAsync($"/api/monitoring/summary?unit={unit}&from={Today.AddDays(-30):yyyy-MM-dd}&to={Today:yyyy-MM-dd}", Ct));
        var steps = summary.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!);
        Assert.Equal(20, steps["paid"].GetProperty("passed").GetInt32());
        Assert.Equal(37_800, steps["paid"].GetProperty("averageSeconds").GetDouble(), 3);
        Assert.Equal(68_400, steps["paid"].GetProperty("p95Seconds").GetInt64());
        // 15-minute norm of "paid" (001a.md §4): 1..20 h are all late.
        Assert.Equal(20, steps["paid"].GetProperty("overdue").GetInt32());
        Assert.Equal(4_200, steps["registered"].GetProperty("p95Seconds").GetInt64());
        Assert.Equal(2_400, steps["registered"].GetProperty("averageSeconds").GetDouble(), 3);
        Assert.Equal(1, steps["registered"].GetProperty("onTime").GetInt32()); // only the 10 minutes keep the 15-minute norm
        Assert.Equal(6, steps["registered"].GetProperty("overdue").GetInt32());

        // The CSV carries the same figures, in the reader's language, durations in hours.
        var csv = await monitor.GetAsync($"/api/monitoring/export.csv?kind=steps&unit={unit}&from={Today.AddDays(-30):yyyy-MM-dd}&to={Today:yyyy-MM-dd}&lang=ru", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("service_id,Услуга,unit_id,Подразделение,step,Шаг,Норма,Пройдено,В срок,Просрочено", lines[0]);
        Assert.Equal(3, lines.Length);
        var paid = lines.Single(l => l.Contains(",paid,", StringComparison.Ordinal));
        Assert.EndsWith(",15 мин,20,0,20,0,0,0,10.50,19.00", paid);
        Assert.Contains("Тестовый отдел " + unit, paid);
        var bad = await monitor.GetAsync("/api/monitoring/export.csv?kind=everything", Ct);
        Assert.Equal("MON-0007", (await ApiResponses.ProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
    }

    // Issue 15 ("a CSV/XLSX export"), D-748: the XLSX export is a workbook that opens, with the header row and one row per
    // line of the table, counts and hours as numbers.
    [Fact]
    public async Task Export_Xlsx_OpensWithTheRows()
    {
        var (monitor, unit) = await NewUnitAsync();
        await InsertStagesAsync(unit, "paid", Today, Enumerable.Range(1, 20).Select(h => (long)h * 3600));
        await InsertStagesAsync(unit, "registered", Today, Enumerable.Range(1, 7).Select(m => (long)m * 600));
        await BackfillAsync(Today, Today);

        var response = await monitor.GetAsync($"/api/monitoring/export.xlsx?kind=steps&unit={unit}&from={Today.AddDays(-30):yyyy-MM-dd}&to={Today:yyyy-MM-dd}&lang=ru", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        var paid = rows.Single(r => (string?)r["step"] == "paid");
        Assert.Equal(unit, paid["unit_id"]);
        Assert.Equal(20d, Convert.ToDouble(paid["Пройдено"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(19d, Convert.ToDouble(paid["95-й процентиль, ч"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Тестовый отдел " + unit, (string?)paid["Подразделение"]);

        // The page offers it beside the CSV, for the same view.
        var page = await monitor.GetAsync($"/monitoring?handler=xlsx&kind=applications&unit={unit}&lang=ru", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", page.Content.Headers.ContentType?.MediaType);
        var bad = await monitor.GetAsync("/api/monitoring/export.xlsx?kind=everything", Ct);
        Assert.Equal("MON-0007", (await ApiResponses.ProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
    }

    // Issue 15: the dashboard is for monitoring staff (and administrators); a period that is not one is a 400 naming the field.
    [Fact]
    public async Task Summary_OnlyMonitoringStaff_BadPeriodIsNamed()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        Assert.Equal("MON-0002", (await ApiResponses.ProblemAsync(await applicant.GetAsync("/api/monitoring/summary", Ct), HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await executor.GetAsync("/api/monitoring/export.csv", Ct)).StatusCode);
        var monitor = await Monitor("en");
        var reversed = await ApiResponses.ProblemAsync(await monitor.GetAsync("/api/monitoring/summary?from=2026-11-20&to=2026-11-01", Ct), HttpStatusCode.BadRequest);
        Assert.Equal("MON-0001", reversed.GetProperty("errorCode").GetString());
        Assert.Contains("'from'", reversed.GetProperty("detail").GetString());
        var garbage = await ApiResponses.ProblemAsync(await monitor.GetAsync("/api/monitoring/summary?to=30.11.2026", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("'to'", garbage.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.SignedInAsync(DemoData.Administrator.Iin)).GetAsync("/api/monitoring/summary", Ct)).StatusCode);
    }

    // Issue 15 "step limits are enforced": a step of the office past its norm (001a.md §4: 15 minutes to process the paid
    // request) is escalated to the unit's head once, whether the job runs once or twice, and the desk marks it.
    [Fact]
    public async Task OverdueStep_EscalatedToHeadOnce_EvenWhenJobRunsTwice()
    {
        var (_, number) = await PaidDuplicateAsync();
        var job = Factory.Services.GetRequiredService<StepLimitsJob>();
        await job.RunOnceAsync(Ct);
        Assert.Equal(0, await HeadMessagesAsync(number)); // still within its 15 minutes

        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await job.RunOnceAsync(Ct);
        await job.RunOnceAsync(Ct);
        Assert.Equal(1, await HeadMessagesAsync(number));
        var accepted = (await StagesAsync(number)).Single(s => s.Step == "accepted");
        Assert.NotNull(accepted.EscalatedAt);

        var queue = await Ok(await (await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin)).GetAsync("/api/desk/queue?limit=100", Ct));
        var item = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number);
        Assert.True(item.GetProperty("escalated").GetBoolean());
        Assert.True(item.GetProperty("overdue").GetBoolean());

        // The escalation changes no status; the aggregation job still counts it in the step's row (ADR 0030, D-752).
        await AggregateAsync();
        var steps = await Ok(await (await Monitor()).GetAsync($"/api/monitoring/summary?service={Duplicate}&unit=civil-registry-75", Ct));
        Assert.True(steps.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "accepted").GetProperty("escalated").GetInt32() >= 1);

        // A step that waits for the applicant (payment) is counted but never escalated to a head (D-745).
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin, "ru");
        var unpaid = (await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{Duplicate}/applications",
            new { fields = new { kind = "birth", birthDate = "1990-03-15", birthPlace = "Алматы", parents = "СЕРІКОВ СЕРІК" } }, Ct))).GetProperty("number").GetString()!;
        Factory.Clock.Advance(TimeSpan.FromHours(25));
        await job.RunOnceAsync(Ct);
        Assert.Null((await StagesAsync(unpaid)).Single(s => s.Step == "awaiting-payment").EscalatedAt);
    }

    private async Task<int> HeadMessagesAsync(string number)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        return await db.Inbox.CountAsync(m => m.RecipientId == DemoData.RegistryHead.Iin && m.ApplicationId == id && m.SubjectRu.Contains("срок шага"), Ct);
    }

    // Issue 15 "the applicant is told when the overall deadline is missed": once, in kk and ru, whatever the number of runs.
    [Fact]
    public async Task OverallDeadlineMissed_ApplicantToldOnce()
    {
        var (client, number) = await PaidDuplicateAsync();
        using (var scope = Factory.Services.CreateScope())
        {
            // The application's term (its due date by the working calendar) ended yesterday.
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            await db.Applications.Where(a => a.Number == number).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueOn, Today.AddDays(-1)), Ct);
        }

        var job = Factory.Services.GetRequiredService<StepLimitsJob>();
        await job.RunOnceAsync(Ct);
        await job.RunOnceAsync(Ct);
        var inbox = await Ok(await client.GetAsync("/api/cabinet/inbox", Ct));
        var notices = inbox.EnumerateArray().Select(m => m.GetRawText()).Where(m => m.Contains(number, StringComparison.Ordinal) && m.Contains("не исполнено в срок", StringComparison.Ordinal)).ToList();
        Assert.Single(notices);
        using var check = Factory.Services.CreateScope();
        var messages = await check.ServiceProvider.GetRequiredService<QyzmetDbContext>().Inbox.AsNoTracking()
            .Where(m => m.RecipientId == DemoData.Aigerim.Iin && m.SubjectRu.Contains(number) && m.SubjectRu.Contains("не исполнено в срок")).ToListAsync(Ct);
        Assert.Contains("мерзімінде орындалмады", Assert.Single(messages).SubjectKk);
    }

    // 001a.md §6.8 (Appendix 6), 001b.md §6.6, 002.md §6.4: two questions, three answers, offered after the result, once per application.
    [Fact]
    public async Task Questionnaire_AfterResult_OncePerApplication_InDashboard()
    {
        var (client, number) = await PaidDuplicateAsync();
        var early = await client.PostAsJsonAsync($"/api/applications/{number}/questionnaire", new { process = 3, information = 2 }, Ct);
        Assert.Equal("MON-0004", (await ApiResponses.ProblemAsync(early, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        await Act(executor, number, "issue-duplicate", "Каб. 12");
        await Act(executor, number, "record-issue");

        // The application page offers it (here in Russian), with the regulation's wording.
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/applications/{number}", Ct));
        Assert.Contains("id=\"questionnaire\"", page);
        Assert.Contains("Удовлетворены ли вы качеством информации о порядке оказания электронной услуги?", page);
        var state = await Ok(await client.GetAsync($"/api/applications/{number}/questionnaire", Ct));
        Assert.True(state.GetProperty("offered").GetBoolean());
        Assert.Equal(2, state.GetProperty("questions").GetArrayLength());
        Assert.All(state.GetProperty("questions").EnumerateArray(), q => Assert.Equal(3, q.GetProperty("answers").GetArrayLength()));

        var invalid = await client.PostAsJsonAsync($"/api/applications/{number}/questionnaire", new { process = 4, information = 2 }, Ct);
        var problem = await ApiResponses.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal("MON-0005", problem.GetProperty("errorCode").GetString());
        var staff = await executor.PostAsJsonAsync($"/api/applications/{number}/questionnaire", new { process = 1, information = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);

        var before = await QualityRowAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/applications/{number}/questionnaire", new { process = 3, information = 2 }, Ct)).StatusCode);
        var again = await client.PostAsJsonAsync($"/api/applications/{number}/questionnaire", new { process = 1, information = 1 }, Ct);
        Assert.Equal("MON-0003", (await ApiResponses.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
        Assert.False((await Ok(await client.GetAsync($"/api/applications/{number}/questionnaire", Ct))).GetProperty("offered").GetBoolean());
        Assert.Contains("Спасибо за ответ на анкету.", WebUtility.HtmlDecode(await client.GetStringAsync($"/applications/{number}", Ct)));

        var after = await QualityRowAsync();
        Assert.Equal(before.Answers + 1, after.Answers);
        Assert.Equal(before.Process3 + 1, after.Process3);
        Assert.Equal(before.Information2 + 1, after.Information2);
        Assert.Equal(before.Process1, after.Process1);
    }

    // Issue 15: the dashboard page in Kazakh draws its charts as SVG on the server (no script) and lists the applications;
    // its CSV download carries the same rows; an applicant gets the forbidden page.
    [Fact]
    public async Task DashboardPage_Kazakh_SvgChartsAndCsv()
    {
        var (_, number) = await PaidDuplicateAsync();
        await AggregateAsync();
        var monitor = await Monitor("kk");
        var html = WebUtility.HtmlDecode(await monitor.GetStringAsync($"/monitoring?service={Duplicate}", Ct));
        Assert.Contains("<h1>Мемлекеттік қызметтер мониторингі</h1>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("id=\"mon-chart-applications\"", html);
        Assert.Contains(Qyzmet.Platform.Desk.DeskQueue.ServiceLabel(Duplicate).Kk, html);
        Assert.Contains("Алматы қ. Әділет департаментінің АХАЖ бөлімі", html);
        Assert.DoesNotContain("<script src=\"http", html);
        var csv = await monitor.GetAsync($"/monitoring?handler=csv&kind=applications&service={Duplicate}", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("Қызмет,unit_id,Бөлімше,Барлығы", text);
        Assert.Contains(",civil-registry-75,", text);
        var forbidden = await (await Factory.SignedInAsync(DemoData.Aigerim.Iin)).GetAsync("/monitoring", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.NotNull(number);
    }

    // Issue 15 (counts, on time and overdue, average and 95th percentile per step) at issue 16's national size (ADR 0030): the
    // rollup gives what the stage rows give. 300 stages of three steps over three submission days, passed, open (due before,
    // during and after today) and final, some escalated: every count and the average equal the raw computation, the
    // nearest-rank 95th percentile is within the histogram's bucket width (D-750: 2^(1/16) − 1 = 4.43 %).
    [Fact]
    public async Task Rollup_EqualsRawComputation_P95WithinBucketError()
    {
        var (monitor, unit) = await NewUnitAsync();
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        var dayStart = AlmatyTime.FromLocal(Today, TimeOnly.MinValue).UtcDateTime;
        var random = new Random(15);
        var steps = new[] { "registered", "paid", "accepted" };
        var stages = new List<MonitoringStage>();
        for (var i = 0; i < 300; i++)
        {
            var entered = now.AddHours(-random.Next(1, 24 * 40));
            var due = i % 7 == 0 ? dayStart.AddMinutes(random.Next(0, 24 * 60)) : entered.AddHours(random.Next(1, 24 * 10));
            var kind = random.Next(10);
            var step = steps[i % 3];
            // Durations from a second to a month, log-spread, so that many buckets are used.
            var seconds = (long)Math.Round(Math.Exp(random.NextDouble() * Math.Log(30 * 86_400)));
            var left = kind < 6 ? entered.AddSeconds(seconds) : (DateTime?)null;
            var final = kind == 9;
            stages.Add(new MonitoringStage
            {
                ApplicationId = Guid.CreateVersion7(),
                ServiceId = Reference,
                UnitId = unit,
                Step = final ? (i % 2 == 0 ? "issued" : "refused") : step,
                Final = final,
                Completed = final && i % 2 == 0,
                SubmittedOn = Today.AddDays(-(i % 3)),
                EnteredAt = entered,
                LeftAt = left,
                DurationSeconds = left is null ? null : seconds,
                NormAmount = final ? null : 15,
                NormUnit = final ? null : nameof(DeadlineUnit.Minutes),
                DueAt = final ? null : due,
                Overdue = final ? random.Next(2) == 0 : left is { } l ? l > due : null,
                EscalatedAt = !final && left is null && i % 5 == 0 ? now.AddMinutes(-1) : null,
            });
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            db.MonitoringStages.AddRange(stages);
            await db.SaveChangesAsync(Ct);
        }

        await BackfillAsync(Today.AddDays(-2), Today);
        var summary = await Ok(await monitor.GetAsync($"/api/monitoring/summary?unit={unit}&from={Today.AddDays(-2):yyyy-MM-dd}&to={Today:yyyy-MM-dd}", Ct));
        var rows = summary.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!);
        Assert.Equal(3, rows.Count);
        foreach (var step in steps)
        {
            var raw = stages.Where(s => s.Step == step && !s.Final).ToList();
            var passed = raw.Where(s => s.LeftAt != null).Select(s => s.DurationSeconds!.Value).Order().ToList();
            var row = rows[step];
            Assert.Equal(passed.Count, row.GetProperty("passed").GetInt32());
            Assert.Equal(raw.Count(s => s.LeftAt != null && s.Overdue == false), row.GetProperty("onTime").GetInt32());
            Assert.Equal(raw.Count(s => s.LeftAt != null && s.Overdue == true), row.GetProperty("overdue").GetInt32());
            Assert.Equal(raw.Count(s => s.LeftAt == null), row.GetProperty("openNow").GetInt32());
            Assert.Equal(raw.Count(s => s.LeftAt == null && s.DueAt < now), row.GetProperty("openOverdue").GetInt32());
            Assert.Equal(raw.Count(s => s.EscalatedAt != null), row.GetProperty("escalated").GetInt32());
            Assert.Equal(passed.Average(), row.GetProperty("averageSeconds").GetDouble(), 6);
            var exact = passed[(passed.Count * 95 + 99) / 100 - 1];
            var p95 = row.GetProperty("p95Seconds").GetInt64();
            Assert.True(Math.Abs(p95 - exact) <= exact * DurationHistogram.MaxRelativeError, $"{step}: p95 {p95} s, exact {exact} s");
        }

        var apps = summary.GetProperty("applications").EnumerateArray().Single();
        var current = stages.Where(s => s.LeftAt == null).ToList();
        Assert.Equal(current.Count, apps.GetProperty("total").GetInt32());
        Assert.Equal(current.Count(s => !s.Final), apps.GetProperty("open").GetInt32());
        Assert.Equal(current.Count(s => s.Completed), apps.GetProperty("completed").GetInt32());
        Assert.Equal(current.Count(s => s.Final && !s.Completed), apps.GetProperty("ended").GetInt32());
        Assert.Equal(current.Count(s => s.Final && s.Overdue == true), apps.GetProperty("overdue").GetInt32());

        // The period is a sum of days: the last day alone has the last day's stages only.
        var oneDay = await Ok(await monitor.GetAsync($"/api/monitoring/summary?unit={unit}&from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}", Ct));
        Assert.Equal(stages.Count(s => s.SubmittedOn == Today && s.LeftAt != null && s.Step == "registered"),
            oneDay.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "registered").GetProperty("passed").GetInt32());
        Assert.DoesNotContain(oneDay.GetProperty("steps").EnumerateArray(), s => s.GetProperty("step").GetString() == "paid"); // all submitted yesterday
    }

    // ADR 0030, D-752: the aggregation job is incremental and idempotent. It shows the application the test just made; run
    // again, it writes the same rows; when the step ends days later, the row of the application's submission day changes
    // (not the day it ended); once the events are older than the settle margin the watermark passes them and a run reads none.
    [Fact]
    public async Task AggregationJob_Incremental_Idempotent_LaterStageUpdatesItsDay()
    {
        var submittedOn = Today;
        var (_, number) = await PaidDuplicateAsync();
        await AggregateAsync();
        var first = await RollupAsync(submittedOn);
        var accepted = first.Single(r => r.Step == "accepted");
        Assert.True(accepted.Current >= 1);
        var summary = await Ok(await (await Monitor()).GetAsync($"/api/monitoring/summary?service={Duplicate}&unit=civil-registry-75&from={submittedOn:yyyy-MM-dd}&to={submittedOn:yyyy-MM-dd}", Ct));
        Assert.Contains(summary.GetProperty("applications").EnumerateArray().Single().GetProperty("byStatus").EnumerateArray(),
            s => s.GetProperty("status").GetString() == "accepted" && s.GetProperty("count").GetInt32() == accepted.Current);

        await AggregateAsync();
        Assert.Equivalent(first, await RollupAsync(submittedOn), strict: true);

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        await Act(executor, number, "issue-duplicate", "Каб. 12");
        var run = await AggregateAsync();
        Assert.True(run.Events >= 1);
        var later = await RollupAsync(submittedOn);
        var acceptedLater = later.Single(r => r.Step == "accepted");
        Assert.Equal(accepted.Current - 1, acceptedLater.Current);
        Assert.Equal(accepted.Passed + 1, acceptedLater.Passed);
        Assert.Equal(accepted.PassedOverdue + 1, acceptedLater.PassedOverdue); // three days against a 15-minute norm
        Assert.Equal(accepted.DurationSeconds + (long)TimeSpan.FromDays(3).TotalSeconds, acceptedLater.DurationSeconds);
        Assert.DoesNotContain(await RollupAsync(Today), r => r.Step == "accepted" && r.Passed > 0);

        // The events of the transition are fresh (within the margin): read again by every run until they settle, then not.
        Assert.True((await AggregateAsync()).Events >= 1);
        Factory.Clock.Advance(MonitoringAggregator.SettleMargin + TimeSpan.FromMinutes(1));
        await AggregateAsync();
        var quiet = await AggregateAsync();
        Assert.Equal(0, quiet.Events);
        Assert.Equivalent(later, await RollupAsync(submittedOn), strict: true);

        // The backfill of that day computes the same rows.
        await BackfillAsync(submittedOn, submittedOn);
        Assert.Equivalent(later, await RollupAsync(submittedOn), strict: true);
    }

    // ADR 0030, D-753 (`monitoring backfill`): stage rows the job never saw (written before the rollup existed) are rolled up
    // by the backfill; run again it changes nothing; a day outside --from..--to is left alone.
    [Fact]
    public async Task Backfill_RollsUpExistingStages_SafeToRunAgain()
    {
        var (monitor, unit) = await NewUnitAsync();
        await InsertStagesAsync(unit, "paid", Today.AddDays(-5), [600, 1200, 7200]);
        await InsertStagesAsync(unit, "paid", Today.AddDays(-9), [60]);
        await AggregateAsync();
        var query = $"/api/monitoring/summary?unit={unit}&from={Today.AddDays(-10):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        Assert.Empty((await Ok(await monitor.GetAsync(query, Ct))).GetProperty("steps").EnumerateArray());

        var result = await BackfillAsync(Today.AddDays(-6), Today.AddDays(-4));
        Assert.True(result.Slices >= 1);
        var paid = (await Ok(await monitor.GetAsync(query, Ct))).GetProperty("steps").EnumerateArray().Single();
        Assert.Equal(3, paid.GetProperty("passed").GetInt32());
        Assert.Equal(3000, paid.GetProperty("averageSeconds").GetDouble(), 6);
        Assert.Equal(7200, paid.GetProperty("p95Seconds").GetInt64());

        await BackfillAsync(Today.AddDays(-6), Today.AddDays(-4));
        var again = (await Ok(await monitor.GetAsync(query, Ct))).GetProperty("steps").EnumerateArray().Single();
        Assert.Equal(paid.GetRawText(), again.GetRawText());
    }

    private async Task<List<MonitoringDailyStep>> RollupAsync(DateOnly day)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var rows = await db.MonitoringDailySteps.AsNoTracking().Where(r => r.Day == day && r.ServiceId == Duplicate && r.UnitId == "civil-registry-75").ToListAsync(Ct);
        return rows.OrderBy(r => r.Step, StringComparer.Ordinal).ToList();
    }

    private async Task<(int Answers, int Process1, int Process3, int Information2)> QualityRowAsync()
    {
        await AggregateAsync();
        var summary = await Ok(await (await Monitor()).GetAsync($"/api/monitoring/summary?service={Duplicate}&unit=civil-registry-75", Ct));
        var row = summary.GetProperty("quality").EnumerateArray().SingleOrDefault();
        return row.ValueKind == JsonValueKind.Undefined ? (0, 0, 0, 0)
            : (row.GetProperty("answers").GetInt32(), row.GetProperty("process")[0].GetInt32(), row.GetProperty("process")[2].GetInt32(), row.GetProperty("information")[1].GetInt32());
    }

    private async Task InsertStagesAsync(string unit, string step, DateOnly submittedOn, IEnumerable<long> seconds)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var entered = Factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var s in seconds)
        {
            var due = entered.AddMinutes(15);
            var left = entered.AddSeconds(s);
            db.MonitoringStages.Add(new MonitoringStage
            {
                ApplicationId = Guid.CreateVersion7(),
                ServiceId = Reference,
                UnitId = unit,
                Step = step,
                SubmittedOn = submittedOn,
                EnteredAt = entered,
                LeftAt = left,
                DurationSeconds = s,
                NormAmount = 15,
                NormUnit = nameof(DeadlineUnit.Minutes),
                DueAt = due,
                Overdue = left > due,
            });
        }

        await db.SaveChangesAsync(Ct);
    }
}

public sealed class SqliteMonitoringTests(SqliteHost host) : MonitoringTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresMonitoringTests(PostgresHost host) : MonitoringTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
