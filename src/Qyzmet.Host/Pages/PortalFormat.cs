using System.Globalization;
using Qyzmet.Kernel.Calendar;

namespace Qyzmet.Host.Pages;

/// <summary>Dates and times as the pages show them: Kazakhstan local time, dd.MM.yyyy.</summary>
public static class PortalFormat
{
    public static string LocalDateTime(DateTime utc) => AlmatyTime.FormatDateTime(utc);

    /// <summary>An ISO yyyy-MM-dd date (as the API gives it) as dd.MM.yyyy; empty for none.</summary>
    public static string Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : iso ?? "—";
}
