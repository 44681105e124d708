using System.CommandLine;
using System.Globalization;
using Qyzmet.Platform.Monitoring;

namespace Qyzmet.Host.Cli;

public static partial class QyzmetCli
{
    /// <summary>
    /// <c>monitoring backfill [--from yyyy-MM-dd] [--to yyyy-MM-dd]</c>: rebuilds the monitoring rollup of the applications
    /// submitted in the period (all when omitted) from the stage rows, one (day, service) slice at a time (ADR 0030, D-753).
    /// Safe to run again, and while the platform runs.
    /// </summary>
    private static Command MonitoringCommand()
    {
        var from = new Option<string?>("--from") { Description = "First submission day (yyyy-MM-dd, Almaty); default: the first there is" };
        var to = new Option<string?>("--to") { Description = "Last submission day (yyyy-MM-dd, Almaty); default: the last there is" };
        var backfill = new Command("backfill", "Rebuild the per-day monitoring aggregates from the stage rows, in batches (safe to run again)") { from, to };
        backfill.SetAction(async (parse, ct) =>
        {
            if (!TryDay(parse.GetValue(from), "--from", out var start) || !TryDay(parse.GetValue(to), "--to", out var end))
            {
                return 2;
            }

            if (start is { } s && end is { } e && s > e)
            {
                Console.Error.WriteLine("--from must not be after --to.");
                return 2;
            }

            await using var host = await StartServicesAsync(ct);
            var aggregator = host.Services.GetRequiredService<MonitoringAggregator>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = await aggregator.BackfillAsync(start, end,
                day => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} done ({watch.Elapsed.TotalSeconds:F0} s)")), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Rebuilt {result.Slices} slice(s) of {result.Days} day(s) and {result.QualitySlices} questionnaire slice(s) in {watch.Elapsed.TotalSeconds:F0} s."));
            return 0;
        });
        return new Command("monitoring", "Monitoring of service delivery") { backfill };
    }

    private static bool TryDay(string? value, string option, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        Console.Error.WriteLine($"{option}: give a date as yyyy-MM-dd.");
        return false;
    }
}
