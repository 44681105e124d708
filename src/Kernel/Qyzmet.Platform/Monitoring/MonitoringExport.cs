using System.Globalization;
using System.Text;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// The dashboard's tables as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read Cyrillic and
/// Kazakh letters), in the reader's language; durations in hours with two decimals (D-744).
/// </summary>
public static class MonitoringExport
{
    public const string Applications = "applications";
    public const string Steps = "steps";
    public const string Quality = "quality";

    public static readonly string[] Kinds = [Applications, Steps, Quality];

    public static string FileName(string kind, MonitoringFilter f, string extension = "csv") =>
        string.Create(CultureInfo.InvariantCulture, $"monitoring-{kind}-{f.From:yyyy-MM-dd}-{f.To:yyyy-MM-dd}.{extension}");

    private static IEnumerable<string[]> Rows(MonitoringSummary summary, string? kind, string lang)
    {
        kind = string.IsNullOrWhiteSpace(kind) ? Steps : kind.Trim();
        return kind switch
        {
            Applications => ApplicationRows(summary, lang),
            Steps => StepRows(summary, lang),
            Quality => QualityRows(summary, lang),
            _ => throw new QyzmetException(MonitoringErrors.ExportKindInvalid, string.Join(", ", Kinds)),
        };
    }

    /// <summary>
    /// The same table as <see cref="Csv"/> as an XLSX workbook of one sheet (D-748): the header row, then one row per line of the
    /// table; counts and hours are numbers, identifiers and names are text.
    /// </summary>
    public static byte[] Xlsx(MonitoringSummary summary, string? kind, string lang)
    {
        using var rows = Rows(summary, kind, lang).GetEnumerator();
        if (!rows.MoveNext())
        {
            return [];
        }

        var header = rows.Current;
        var sheet = new List<Dictionary<string, object?>>();
        while (rows.MoveNext())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var text = i < rows.Current.Length ? rows.Current[i] : "";
                row[header[i]] = IsTextColumn(header[i]) || text.Length == 0
                    || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? text
                    : number;
            }

            sheet.Add(row);
        }

        using var stream = new MemoryStream();
        if (sheet.Count == 0)
        {
            // No data: the header row alone.
            sheet.Add(header.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        MiniExcelLibs.MiniExcel.SaveAs(stream, sheet, sheetName: "monitoring", excelType: MiniExcelLibs.ExcelType.XLSX);
        return stream.ToArray();
    }

    private static bool IsTextColumn(string header) => header is "service_id" or "unit_id" or "step";

    public static byte[] Csv(MonitoringSummary summary, string? kind, string lang)
    {
        var rows = Rows(summary, kind, lang);
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string T(string lang, string kk, string ru, string en) => lang switch { "kk" => kk, "ru" => ru, _ => en };

    private static IEnumerable<string[]> ApplicationRows(MonitoringSummary s, string lang)
    {
        yield return ["service_id", T(lang, "Қызмет", "Услуга", "Service"), "unit_id", T(lang, "Бөлімше", "Подразделение", "Unit"),
            T(lang, "Барлығы", "Всего", "Total"), T(lang, "Орындалуда", "В работе", "Under way"), T(lang, "Көрсетілді", "Оказано", "Provided"),
            T(lang, "Көрсетілмеді", "Не оказано", "Not provided"), T(lang, "Мерзімінде", "В срок", "On time"), T(lang, "Мерзімі өткен", "Просрочено", "Overdue")];
        foreach (var r in s.Applications)
        {
            yield return [r.ServiceId, r.Service.For(lang), r.UnitId, r.Unit.For(lang), N(r.Total), N(r.Open), N(r.Completed), N(r.Ended), N(r.OnTime), N(r.Overdue)];
        }
    }

    private static IEnumerable<string[]> StepRows(MonitoringSummary s, string lang)
    {
        yield return ["service_id", T(lang, "Қызмет", "Услуга", "Service"), "unit_id", T(lang, "Бөлімше", "Подразделение", "Unit"), "step",
            T(lang, "Қадам", "Шаг", "Step"), T(lang, "Норма", "Норма", "Norm"), T(lang, "Өтті", "Пройдено", "Passed"), T(lang, "Мерзімінде", "В срок", "On time"),
            T(lang, "Мерзімі өткен", "Просрочено", "Overdue"), T(lang, "Қазір", "Сейчас", "Open now"), T(lang, "Қазір мерзімі өткен", "Сейчас просрочено", "Open overdue"),
            T(lang, "Басшыға жіберілді", "Передано руководителю", "Escalated"), T(lang, "Орташа, сағ", "Среднее, ч", "Average, h"), T(lang, "95-процентиль, сағ", "95-й процентиль, ч", "95th percentile, h")];
        foreach (var r in s.Steps)
        {
            yield return [r.ServiceId, r.Service.For(lang), r.UnitId, r.Unit.For(lang), r.Step, r.StepLabel.For(lang), r.Norm.For(lang), N(r.Passed), N(r.OnTime),
                N(r.Overdue), N(r.OpenNow), N(r.OpenOverdue), N(r.Escalated), Hours(r.AverageSeconds), Hours(r.P95Seconds)];
        }
    }

    private static IEnumerable<string[]> QualityRows(MonitoringSummary s, string lang)
    {
        var q = QualityQuestionnaire.Questions;
        yield return ["service_id", T(lang, "Қызмет", "Услуга", "Service"), "unit_id", T(lang, "Бөлімше", "Подразделение", "Unit"), T(lang, "Жауаптар", "Ответов", "Answers"),
            .. q.SelectMany((question, i) => question.Answers.Select((a, j) => $"{i + 1}.{j + 1} {a.For(lang)}"))];
        foreach (var r in s.Quality)
        {
            yield return [r.ServiceId, r.Service.For(lang), r.UnitId, r.Unit.For(lang), N(r.Answers), .. r.Process.Select(N), .. r.Information.Select(N)];
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Hours(double? seconds) => seconds is { } s ? (s / 3600).ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Hours(long? seconds) => Hours((double?)seconds);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
