using System.Globalization;

namespace Qyzmet.Kernel.Calendar;

/// <summary>
/// Official Kazakhstan time as a fixed rule, independent of the OS time-zone database (servers with tzdata older
/// than 2024a still show UTC+6). By a Government decree of December 2023 the country moved to a single
/// zone: UTC+6 until 2024-03-01 00:00 local time, UTC+5 from then (clocks went back to 2024-02-29 23:00).
/// The western oblasts were already on UTC+5 before the switch; the platform counts every deadline in the
/// capital's official time, as the service regulations do.
/// </summary>
public static class AlmatyTime
{
    /// <summary>2024-03-01 00:00 at UTC+6, i.e. 2024-02-29 18:00 UTC.</summary>
    public static readonly DateTimeOffset SwitchToUtcPlus5 = new(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(6));

    private static readonly DateTime SwitchLocal = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The UTC offset in force at an instant.</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant) =>
        instant < SwitchToUtcPlus5 ? TimeSpan.FromHours(6) : TimeSpan.FromHours(5);

    /// <summary>The same instant expressed in Kazakhstan local time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(OffsetAt(instant));

    /// <summary>A UTC <see cref="DateTime"/> (Kind Utc or Unspecified, read as UTC) in Kazakhstan local time.</summary>
    public static DateTimeOffset FromUtc(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Pass a UTC time, not a server-local one.", nameof(utc));
        }

        return ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
    }

    /// <summary>The Kazakhstan calendar date at an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The Kazakhstan wall-clock time at an instant.</summary>
    public static TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// The instant of a local wall-clock time. The hour 2024-02-29 23:00–24:00 happened twice; we take its first
    /// (UTC+6) occurrence, i.e. any local time before 2024-03-01 00:00 is read as UTC+6.
    /// </summary>
    public static DateTimeOffset FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, local < SwitchLocal ? TimeSpan.FromHours(6) : TimeSpan.FromHours(5));
    }

    /// <summary>
    /// An instant as a person reads it, in documents, pages, notifications and SMS: Kazakhstan local time,
    /// <c>dd.MM.yyyy HH:mm</c>. Storage and the API keep UTC; this is the one place an instant becomes a wall-clock text.
    /// </summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatDateTime(DateTimeOffset)"/>
    public static string FormatDateTime(DateTime utc) => FromUtc(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Kazakhstan calendar date of an instant, <c>dd.MM.yyyy</c>.</summary>
    public static string FormatDate(DateTimeOffset instant) => LocalDate(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Now, in Kazakhstan local time.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => ToLocal(clock.GetUtcNow());
}
