using Qyzmet.Kernel.Calendar;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.Tests.Queue;

/// <summary>
/// Slot generation on the working calendar (004.md item 8: the centre works Mon–Sat 9:00–20:00 without a lunch break,
/// except Sundays and holidays): no slots on a non-working day, a transferred working day has Monday's hours.
/// </summary>
public sealed class SlotPlanTests
{
    private static readonly QueueCentre SixDays = new() { UnitId = "c", SlotMinutes = 15 };
    private static readonly QueueCentre FiveDays = new() { UnitId = "c", SlotMinutes = 15, SaturdayOpens = null, SaturdayCloses = null };

    private static IReadOnlyList<DateTimeOffset> Slots(QueueCentre centre, DateOnly date, WorkingCalendar? calendar = null) =>
        SlotPlan.Slots(SlotPlan.HoursOf(centre), calendar ?? WorkingCalendar.Statutory, date, centre.SlotMinutes);

    [Fact]
    public void WorkingDay_SlotsFromOpeningToClosing_AlmatyLocal()
    {
        // Monday 23 November 2026: 9:00–20:00 in 15-minute slots = 44 slots; 9:00 Almaty (UTC+5) is 4:00 UTC.
        var slots = Slots(SixDays, new DateOnly(2026, 11, 23));
        Assert.Equal(44, slots.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 4, 0, 0, TimeSpan.Zero), slots[0]);
        Assert.Equal(new TimeOnly(19, 45), AlmatyTime.LocalTime(slots[^1]));
    }

    [Fact]
    public void Sunday_NoSlots() => Assert.Empty(Slots(SixDays, new DateOnly(2026, 11, 29)));

    [Fact]
    public void PublicHoliday_NoSlots()
    {
        // 16 December (Independence Day) 2026 is a Wednesday: a statutory holiday, the centre is closed (004.md item 8).
        Assert.Empty(Slots(SixDays, new DateOnly(2026, 12, 16)));
    }

    [Fact]
    public void Saturday_OnlyWhereTheCentreWorksSaturdays()
    {
        Assert.Equal(44, Slots(SixDays, new DateOnly(2026, 11, 28)).Count);
        Assert.Empty(Slots(FiveDays, new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public void GovernmentDayOffTransfer_NoSlots_TransferredWorkingDay_MondayHours()
    {
        // A Government transfer makes Friday 4 December a day off and Sunday 13 December a working day.
        var calendar = new WorkingCalendar(
        [
            new DayOverride(new DateOnly(2026, 12, 4), DayOverrideKind.DayOff, "transfer"),
            new DayOverride(new DateOnly(2026, 12, 13), DayOverrideKind.WorkingDay, "transfer"),
        ]);
        Assert.Empty(Slots(SixDays, new DateOnly(2026, 12, 4), calendar));
        Assert.Equal(44, Slots(FiveDays, new DateOnly(2026, 12, 13), calendar).Count);
    }

    [Fact]
    public void SlotLength_LastSlotEndsByClosingTime()
    {
        var centre = new QueueCentre { UnitId = "c", SlotMinutes = 25 };
        var slots = Slots(centre, new DateOnly(2026, 11, 23));
        Assert.Equal(26, slots.Count); // 660 minutes / 25 = 26 whole slots
        Assert.True(AlmatyTime.LocalTime(slots[^1]).AddMinutes(25) <= new TimeOnly(20, 0));
    }
}
