using System.Globalization;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;

namespace Qyzmet.Portal;

/// <summary>Dates and times as the pages show them: Kazakhstan local time, dd.MM.yyyy.</summary>
public static class PortalFormat
{
    public static string LocalDateTime(DateTime utc) => AlmatyTime.FormatDateTime(utc);

    /// <summary>An ISO yyyy-MM-dd date (as the API gives it) as dd.MM.yyyy; empty for none.</summary>
    public static string Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : iso ?? "—";

    /// <summary>
    /// A date typed in a form as dd.mm.yyyy (decision D-316: forms are text inputs, not the browser's locale-dependent
    /// date picker) as the ISO yyyy-MM-dd the API and the service forms take; an ISO date is accepted as it is.
    /// Null when the text is neither.
    /// </summary>
    public static string? IsoDate(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A form value of a date field as the input shows it: an ISO date as dd.mm.yyyy, anything else as typed.</summary>
    public static string? DateInput(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : value;

    /// <summary>
    /// A date and time typed as "dd.mm.yyyy HH:mm", or given by a datetime-local picker as "yyyy-MM-ddTHH:mm", read as
    /// Almaty local time whatever the browser's time zone (decision D-321); null when it is neither.
    /// </summary>
    public static DateTimeOffset? LocalDateTimeInput(string? typed) =>
        DateTime.TryParseExact(typed?.Trim(), ["dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? AlmatyTime.FromLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local))
            : null;

    /// <summary>A service as a person reads it: its official name and, where the entry is part of a service, which part (never its id).</summary>
    public static string ServiceName(string serviceId, string lang) =>
        ServiceCatalog.Find(serviceId) is { } s ? s.Name.For(lang) + (s.Variant is { } v ? " — " + v.For(lang) : "") : "—";
}
