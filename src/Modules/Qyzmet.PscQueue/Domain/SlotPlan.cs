using Qyzmet.Kernel.Calendar;

namespace Qyzmet.PscQueue.Domain;

/// <summary>
/// The bookable slots of a centre on a date (004.md item 8: the centre works Mon–Sat 9:00–20:00, closed on Sundays and
/// holidays). The day's opening periods come from the working calendar (<see cref="WorkingHours.PeriodsOn"/>), so a
/// holiday, a moved day off or a Government transfer has no slots and a transferred working day has Monday's; a slot
/// starts at the opening and every <c>slotMinutes</c> after it, and ends by closing time.
/// </summary>
public static class SlotPlan
{
    public static WorkingHours HoursOf(QueueCentre centre)
    {
        ArgumentNullException.ThrowIfNull(centre);
        return WorkingHours.CentreWeek(centre.WeekdayOpens, centre.WeekdayCloses,
            centre.SaturdayOpens is { } opens && centre.SaturdayCloses is { } closes ? (opens, closes) : null);
    }

    /// <summary>D-654: a change of the weekly hours the head of the centre made, from its effective date.</summary>
    public static WorkingHours HoursOf(QueueCentreHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return WorkingHours.CentreWeek(hours.WeekdayOpens, hours.WeekdayCloses,
            hours.SaturdayOpens is { } opens && hours.SaturdayCloses is { } closes ? (opens, closes) : null);
    }

    /// <summary>The slot starts (UTC) of a local date; none on a day the centre is closed.</summary>
    public static IReadOnlyList<DateTimeOffset> Slots(WorkingHours hours, WorkingCalendar calendar, DateOnly date, int slotMinutes)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (slotMinutes is < 5 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(slotMinutes), slotMinutes, "A slot is 5 to 120 minutes.");
        }

        var slots = new List<DateTimeOffset>();
        foreach (var p in hours.PeriodsOn(date, calendar))
        {
            var open = (p.Opens.Hour * 60) + p.Opens.Minute;
            var close = (p.Closes.Hour * 60) + p.Closes.Minute;
            for (var m = open; m + slotMinutes <= close; m += slotMinutes)
            {
                slots.Add(AlmatyTime.FromLocal(date, new TimeOnly(m / 60, m % 60)).ToUniversalTime());
            }
        }

        return slots;
    }
}
