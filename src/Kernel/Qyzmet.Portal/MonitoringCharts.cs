using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Qyzmet.Platform.Monitoring;

namespace Qyzmet.Portal;

/// <summary>
/// The monitoring dashboard's charts as SVG drawn on the server (issue 15; ADR 0023): no script, nothing fetched from elsewhere.
/// Each chart has a title and description for screen readers, and the page shows the same figures in tables beneath.
/// </summary>
public static class MonitoringCharts
{
    private const int Width = 720;
    private const int LabelWidth = 300;
    private const int Bar = 18;
    private const int Gap = 10;
    private const string OnTimeColour = "#1d7a46";
    private const string OverdueColour = "#b3261e";
    private const string OpenColour = "#5a6b85";

    /// <summary>Per service and unit: a stacked bar of applications on time and overdue.</summary>
    public static IHtmlContent Applications(IReadOnlyList<ServiceUnitSummary> rows, string lang, string title, string onTime, string overdue)
    {
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Total));
        return Chart("mon-chart-applications", title, rows.Count, lang, sb =>
        {
            var y = 30;
            foreach (var r in rows)
            {
                Label(sb, y, r.Service.For(lang) + " — " + r.Unit.For(lang));
                var x = LabelWidth;
                x = Segment(sb, x, y, r.OnTime, max, OnTimeColour, $"{onTime}: {r.OnTime}");
                Segment(sb, x, y, r.Overdue, max, OverdueColour, $"{overdue}: {r.Overdue}");
                Value(sb, LabelWidth + Scale(r.Total, max) + 6, y, $"{r.OnTime} / {r.Overdue}");
                y += Bar + Gap;
            }

            Legend(sb, (onTime, OnTimeColour), (overdue, OverdueColour));
        });
    }

    /// <summary>Per step: the average (light) and the 95th percentile (dark) of the hours spent in it.</summary>
    public static IHtmlContent Steps(IReadOnlyList<StepSummary> rows, string lang, string title, string average, string p95, string hours)
    {
        var timed = rows.Where(r => r.P95Seconds is not null).ToList();
        var max = Math.Max(1, timed.Count == 0 ? 1 : timed.Max(r => r.P95Seconds!.Value));
        return Chart("mon-chart-steps", title, timed.Count * 2, lang, sb =>
        {
            var y = 30;
            foreach (var r in timed)
            {
                Label(sb, y + (Bar / 2), r.Service.For(lang) + ": " + r.StepLabel.For(lang));
                var avg = (long)Math.Round(r.AverageSeconds ?? 0);
                Segment(sb, LabelWidth, y, avg, max, OpenColour, $"{average}: {Hours(avg)} {hours}", Bar / 2);
                Value(sb, LabelWidth + Scale(avg, max) + 6, y + 1, Hours(avg));
                Segment(sb, LabelWidth, y + (Bar / 2) + 2, r.P95Seconds!.Value, max, "#1f3b73", $"{p95}: {Hours(r.P95Seconds.Value)} {hours}", Bar / 2);
                Value(sb, LabelWidth + Scale(r.P95Seconds.Value, max) + 6, y + (Bar / 2) + 3, Hours(r.P95Seconds.Value));
                y += (Bar * 2) + Gap;
            }

            Legend(sb, (average + ", " + hours, OpenColour), (p95 + ", " + hours, "#1f3b73"));
        });
    }

    /// <summary>Per service and unit and question: the answers 1, 2, 3 side by side.</summary>
    public static IHtmlContent Quality(IReadOnlyList<QualitySummary> rows, string lang, string title)
    {
        var answers = QualityQuestionnaire.Questions[0].Answers;
        var colours = new[] { OverdueColour, "#c47f00", OnTimeColour };
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Answers));
        return Chart("mon-chart-quality", title, rows.Count * 2, lang, sb =>
        {
            var y = 30;
            foreach (var r in rows)
            {
                for (var q = 0; q < 2; q++)
                {
                    var counts = q == 0 ? r.Process : r.Information;
                    Label(sb, y, $"{r.Service.For(lang)} — {q + 1}");
                    var x = LabelWidth;
                    for (var a = 0; a < 3; a++)
                    {
                        x = Segment(sb, x, y, counts[a], max, colours[a], $"{QualityQuestionnaire.Questions[q].Answers[a].For(lang)}: {counts[a]}");
                    }

                    Value(sb, x + 6, y, string.Join(" / ", counts));
                    y += Bar + Gap;
                }
            }

            Legend(sb, [.. answers.Select((a, i) => (a.For(lang), colours[i]))]);
        });
    }

    public static string Hours(long seconds) => (seconds / 3600.0).ToString("0.00", CultureInfo.InvariantCulture);

    private static HtmlString Chart(string id, string title, int rows, string lang, Action<StringBuilder> draw)
    {
        var height = 30 + (Math.Max(rows, 1) * (Bar + Gap)) + 40;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mon-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" lang=\"{lang}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        draw(sb);
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static int Scale(long value, long max) => (int)Math.Round((Width - LabelWidth - 60) * (double)value / max);

    private static int Segment(StringBuilder sb, int x, int y, long value, long max, string colour, string tooltip, int height = Bar)
    {
        var w = Scale(value, max);
        if (w > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{height}\" fill=\"{colour}\"><title>{E(tooltip)}</title></rect>");
        }

        return x + w;
    }

    private static void Label(StringBuilder sb, int y, string text)
    {
        var shown = text.Length > 40 ? text[..39] + "…" : text;
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\"><title>{E(text)}</title>{E(shown)}</text>");
    }

    private static void Value(StringBuilder sb, int x, int y, string text) =>
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y + 13}\" font-size=\"12\" fill=\"#1b1b1b\">{E(text)}</text>");

    private static void Legend(StringBuilder sb, params (string Text, string Colour)[] items)
    {
        var x = 10;
        foreach (var (text, colour) in items)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{x + 16}\" y=\"16\" font-size=\"12\" fill=\"#1b1b1b\">{E(text)}</text>");
            x += 26 + (text.Length * 7);
        }
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
