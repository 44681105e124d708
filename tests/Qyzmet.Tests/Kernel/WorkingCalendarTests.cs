using System.Globalization;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Tests.Kernel;

/// <summary>
/// Deadline counting (ADR 0004) over the statutory days off: Law "On holidays" art. 5 (a national/state holiday on a
/// weekend moves the day off to the next working day), Labour Code art. 84 p. 5 (religious days off do not move),
/// art. 85 p. 3 (Government transfers, loaded as data) and the 2024-03-01 switch from UTC+6 to UTC+5.
/// </summary>
public sealed class WorkingCalendarTests
{
    /// <summary>Hypothetical transfers for May 2026: Friday 8 May off, worked back on Saturday 16 May.</summary>
    private static readonly WorkingCalendar WithTransfers = new(
    [
        new DayOverride(new DateOnly(2026, 5, 8), DayOverrideKind.DayOff, "test decree: bridge 7–11 May"),
        new DayOverride(new DateOnly(2026, 5, 16), DayOverrideKind.WorkingDay, "test decree: works off 8 May"),
    ]);

    public static TheoryData<string, string, int, bool, string, string, string> Cases => new()
    {
        // submitted at (ISO), unit, amount, with transfers, accepted on, due date, non-working days skipped
        { "2025-11-14T19:00+05:00", "WorkingDays", 5, false, "2025-11-17", "2025-11-24", "2025-11-15,2025-11-16,2025-11-22,2025-11-23" }, // Friday evening
        { "2025-11-11T10:00+05:00", "WorkingDays", 3, false, "2025-11-11", "2025-11-14", "" }, // Tuesday morning: same day
        { "2025-11-14T18:30+05:00", "WorkingDays", 1, false, "2025-11-14", "2025-11-17", "2025-11-15,2025-11-16" }, // 18:30 sharp is still in time
        { "2025-11-14T18:31+05:00", "WorkingDays", 1, false, "2025-11-17", "2025-11-18", "2025-11-15,2025-11-16" }, // one minute late
        { "2025-11-14T13:29Z", "WorkingDays", 1, false, "2025-11-14", "2025-11-17", "2025-11-15,2025-11-16" }, // UTC input: 18:29 local
        { "2025-12-16T10:00+05:00", "WorkingDays", 1, false, "2025-12-17", "2025-12-18", "2025-12-16" }, // on Independence Day
        { "2025-03-20T17:00+05:00", "WorkingDays", 3, false, "2025-03-20", "2025-03-28", "2025-03-21,2025-03-22,2025-03-23,2025-03-24,2025-03-25" }, // Nauryz Fri–Sun, moved to Mon and Tue
        { "2019-03-22T10:00+06:00", "WorkingDays", 1, false, "2019-03-26", "2019-03-27", "2019-03-22,2019-03-23,2019-03-24,2019-03-25" }, // Nauryz 2019: Saturday 23 moved to 25
        { "2025-12-31T19:00+05:00", "WorkingDays", 2, false, "2026-01-05", "2026-01-08", "2026-01-01,2026-01-02,2026-01-03,2026-01-04,2026-01-07" }, // New Year, then Christmas
        { "2026-03-06T10:00+05:00", "WorkingDays", 1, false, "2026-03-06", "2026-03-10", "2026-03-07,2026-03-08,2026-03-09" }, // 8 March on Sunday → Monday off
        { "2025-10-24T10:00+05:00", "WorkingDays", 1, false, "2025-10-24", "2025-10-28", "2025-10-25,2025-10-26,2025-10-27" }, // Republic Day on Saturday → Monday off
        { "2024-06-14T12:00+05:00", "WorkingDays", 1, false, "2024-06-14", "2024-06-17", "2024-06-15,2024-06-16" }, // Kurban Ait on Sunday: not moved
        { "2024-01-05T10:00+06:00", "WorkingDays", 1, false, "2024-01-05", "2024-01-08", "2024-01-06,2024-01-07" }, // Christmas on Sunday: not moved
        { "2026-05-06T10:00+05:00", "WorkingDays", 3, false, "2026-05-06", "2026-05-13", "2026-05-07,2026-05-09,2026-05-10,2026-05-11" }, // 7 May, 9 May on Saturday → 11 May
        { "2026-05-06T10:00+05:00", "WorkingDays", 3, true, "2026-05-06", "2026-05-14", "2026-05-07,2026-05-08,2026-05-09,2026-05-10,2026-05-11" }, // plus the transferred day off
        { "2026-05-15T19:00+05:00", "WorkingDays", 1, true, "2026-05-16", "2026-05-18", "2026-05-17" }, // Saturday made working accepts the request
        { "2026-05-15T19:00+05:00", "WorkingDays", 1, false, "2026-05-18", "2026-05-19", "2026-05-16,2026-05-17" }, // same without the transfer
        { "2025-10-11T11:00+05:00", "WorkingDays", 0, false, "2025-10-13", "2025-10-13", "2025-10-11,2025-10-12" }, // Saturday, zero days
        { "2025-11-03T10:00+05:00", "CalendarDays", 5, false, "2025-11-03", "2025-11-10", "2025-11-08,2025-11-09" }, // ends on Saturday → Monday
        { "2025-11-03T10:00+05:00", "CalendarDays", 30, false, "2025-11-03", "2025-12-03", "2025-11-08,2025-11-09,2025-11-15,2025-11-16,2025-11-22,2025-11-23,2025-11-29,2025-11-30" },
        { "2025-03-18T10:00+05:00", "CalendarDays", 3, false, "2025-03-18", "2025-03-26", "2025-03-21,2025-03-22,2025-03-23,2025-03-24,2025-03-25" }, // ends in Nauryz
        { "2024-02-28T12:45Z", "WorkingDays", 1, false, "2024-02-29", "2024-03-01", "" }, // 18:45 at UTC+6: late
        { "2024-03-04T13:15Z", "WorkingDays", 1, false, "2024-03-04", "2024-03-05", "" }, // 18:15 at UTC+5: in time (19:15 under the old offset)
        { "2024-03-04T13:45Z", "WorkingDays", 1, false, "2024-03-05", "2024-03-06", "" }, // 18:45 at UTC+5: late
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FollowsAdr0004OverTheStatutoryCalendar(
        string submittedAt, string unit, int amount, bool withTransfers, string acceptedOn, string dueDate, string skipped)
    {
        var calendar = withTransfers ? WithTransfers : WorkingCalendar.Statutory;
        var rule = new DeadlineRule(amount, Enum.Parse<DeadlineUnit>(unit));

        var deadline = calendar.Compute(DateTimeOffset.Parse(submittedAt, CultureInfo.InvariantCulture), rule);

        Assert.Equal(Day(acceptedOn), deadline.AcceptedOn);
        Assert.Equal(Day(dueDate), deadline.DueDate);
        Assert.Equal(skipped.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Day), deadline.NonWorkingDaysSkipped);
    }

    [Theory]
    [InlineData("2016-01-04", "New Year")] // 2 Jan 2016 was a Saturday
    [InlineData("2019-03-25", "Nauryz")] // 23 Mar 2019 was a Saturday
    [InlineData("2019-12-02", "First President Day")] // 1 Dec 2019 was a Sunday (a day off until 2021)
    [InlineData("2020-03-24", "Nauryz")] // 21–22 Mar 2020 were Saturday and Sunday
    [InlineData("2020-03-25", "Nauryz")]
    [InlineData("2022-01-03", "New Year")] // 1–2 Jan 2022 were Saturday and Sunday
    [InlineData("2022-01-04", "New Year")]
    [InlineData("2023-01-03", "New Year")] // 1 Jan 2023 was a Sunday, 2 Jan a holiday already
    public void Describe_WeekendStateHolidayMovesToNextWorkingDay_LawOnHolidaysArt5(string date, string holiday)
    {
        var info = WorkingCalendar.Statutory.Describe(Day(date));
        Assert.Equal(DayKind.MovedHolidayDayOff, info.Kind);
        Assert.Equal(holiday, info.Name?.En);
        Assert.False(info.IsWorkingDay);
        Assert.NotNull(info.MovedFrom);
    }

    [Fact]
    public void Describe_NamesTheDayInThreeLanguages()
    {
        var nauryz = WorkingCalendar.Statutory.Describe(new DateOnly(2025, 3, 21));
        Assert.Equal(DayKind.Holiday, nauryz.Kind);
        Assert.Equal("Наурыз мейрамы", nauryz.Name?.Kk);

        var kurban = WorkingCalendar.Statutory.Describe(new DateOnly(2026, 5, 27));
        Assert.Equal(DayKind.Holiday, kurban.Kind);
        Assert.Equal("Курбан айт", kurban.Name?.Ru);

        Assert.Equal(DayKind.WorkingDay, WorkingCalendar.Statutory.Describe(new DateOnly(2024, 6, 17)).Kind); // religious: not moved
        Assert.Equal(DayKind.Weekend, WorkingCalendar.Statutory.Describe(new DateOnly(2025, 11, 15)).Kind);
        Assert.Equal(DayKind.WorkingDay, WorkingCalendar.Statutory.Describe(new DateOnly(2025, 12, 1)).Kind); // no longer a holiday
        Assert.Equal(DayKind.Holiday, WorkingCalendar.Statutory.Describe(new DateOnly(2021, 12, 17)).Kind); // still one in 2021

        var transferredOff = WithTransfers.Describe(new DateOnly(2026, 5, 8));
        Assert.Equal(DayKind.TransferredDayOff, transferredOff.Kind);
        Assert.Equal("test decree: bridge 7–11 May", transferredOff.Reason);
        var transferredWork = WithTransfers.Describe(new DateOnly(2026, 5, 16));
        Assert.Equal(DayKind.TransferredWorkingDay, transferredWork.Kind);
        Assert.True(transferredWork.IsWorkingDay);
    }

    [Theory]
    [InlineData(2023, "2023-06-28")]
    [InlineData(2024, "2024-06-16")]
    [InlineData(2025, "2025-06-06")]
    [InlineData(2026, "2026-05-27")]
    public void PublicHolidays_KurbanAitIsTheAnnouncedReligiousDayOff(int year, string date)
    {
        var kurban = Assert.Single(PublicHolidays.For(year), h => h.Name.En == "Kurban Ait");
        Assert.Equal(Day(date), kurban.Date);
        Assert.Equal(HolidayKind.Religious, kurban.Kind);
        Assert.False(kurban.MovesOffWeekend);
    }

    [Fact]
    public void PublicHolidays_KurbanAitTableCovers2015To2035()
    {
        for (var year = PublicHolidays.FirstKurbanAitYear; year <= PublicHolidays.LastKurbanAitYear; year++)
        {
            Assert.Contains(PublicHolidays.For(year), h => h.Name.En == "Kurban Ait" && h.Date.Year == year);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void Compute_RejectsAmountsOutside0To3650(int amount)
    {
        var ex = Assert.Throws<QyzmetException>(() =>
            WorkingCalendar.Statutory.Compute(DateTimeOffset.UnixEpoch, DeadlineRule.WorkingDays(amount)));
        Assert.Equal("CAL-0001", ex.Error.Code);
        Assert.Equal(400, ex.Error.Status);
    }

    [Fact]
    public void Compute_LongestAllowedLimitStillCounts()
    {
        var deadline = WorkingCalendar.Statutory.Compute(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(5)), DeadlineRule.CalendarDays(3650));
        Assert.True(deadline.DueDate >= new DateOnly(2036, 1, 2));
    }

    [Fact]
    public void HoursAreCountedToAnInstant_NotADate()
    {
        var from = new DateTimeOffset(2025, 11, 14, 10, 0, 0, TimeSpan.FromHours(5));
        Assert.Equal("CAL-0002", Assert.Throws<QyzmetException>(() => WorkingCalendar.Statutory.Compute(from, DeadlineRule.Hours(24))).Error.Code);
        Assert.Equal("CAL-0003", Assert.Throws<QyzmetException>(() => WorkingCalendar.DueInstant(from, DeadlineRule.WorkingDays(1))).Error.Code);

        var due = WorkingCalendar.DueInstant(from, DeadlineRule.Hours(24)); // 24-hour payment window
        Assert.Equal(new DateTimeOffset(2025, 11, 15, 10, 0, 0, TimeSpan.FromHours(5)), due);
        Assert.Equal(TimeSpan.FromHours(5), due.Offset);

        // Across the switch the elapsed time is kept and the wall clock shows the new offset.
        var acrossSwitch = WorkingCalendar.DueInstant(new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.FromHours(6)), DeadlineRule.Hours(24));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 11, 0, 0, TimeSpan.FromHours(5)), acrossSwitch);
    }

    [Fact]
    public void AlmatyTime_SwitchesFromUtcPlus6ToUtcPlus5On2024_03_01()
    {
        Assert.Equal(TimeSpan.FromHours(6), AlmatyTime.OffsetAt(new DateTimeOffset(2024, 2, 29, 17, 59, 59, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(5), AlmatyTime.OffsetAt(new DateTimeOffset(2024, 2, 29, 18, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2024, 2, 29), AlmatyTime.LocalDate(new DateTimeOffset(2024, 2, 29, 18, 30, 0, TimeSpan.Zero))); // 23:30 again
        Assert.Equal(new DateOnly(2024, 2, 29), AlmatyTime.LocalDate(new DateTimeOffset(2024, 2, 29, 17, 30, 0, TimeSpan.Zero))); // 23:30 at UTC+6
        Assert.Equal(new DateOnly(2024, 3, 1), AlmatyTime.LocalDate(new DateTimeOffset(2024, 2, 29, 19, 0, 0, TimeSpan.Zero))); // 00:00 at UTC+5
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.FromHours(6)), AlmatyTime.FromUtc(new DateTime(2023, 12, 31, 17, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(5), AlmatyTime.FromLocal(new DateOnly(2024, 3, 1), new TimeOnly(0, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(6), AlmatyTime.FromLocal(new DateOnly(2024, 2, 29), new TimeOnly(23, 30)).Offset);
    }

    [Fact]
    public void DuplicateTransfersForOneDayAreRejected()
    {
        var day = new DateOnly(2026, 5, 8);
        var ex = Assert.Throws<QyzmetException>(() => new WorkingCalendar(
        [
            new DayOverride(day, DayOverrideKind.DayOff, "a"),
            new DayOverride(day, DayOverrideKind.WorkingDay, "b"),
        ]));
        Assert.Equal("CAL-0004", ex.Error.Code);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
