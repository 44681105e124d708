namespace Qyzmet.PscQueue.Domain;

/// <summary>
/// A public service centre's electronic queue (004.md §2 item 8: "reception by electronic queue without expedited service;
/// the queue can be booked through the portal"): its hours, the length of a booked slot, and the services it queues.
/// The centre itself is the kernel's provider unit of the same id.
/// </summary>
public sealed class QueueCentre
{
    public required string UnitId { get; init; }

    /// <summary>Minutes per bookable slot (D-641).</summary>
    public int SlotMinutes { get; set; } = 15;

    /// <summary>Mon–Fri hours, local time; 004.md item 8: the centre works Mon–Sat 9:00–20:00 without a lunch break.</summary>
    public TimeOnly WeekdayOpens { get; set; } = new(9, 0);

    public TimeOnly WeekdayCloses { get; set; } = new(20, 0);

    /// <summary>Saturday hours; null: closed on Saturdays.</summary>
    public TimeOnly? SaturdayOpens { get; set; } = new(9, 0);

    public TimeOnly? SaturdayCloses { get; set; } = new(20, 0);
}

/// <summary>A service a centre takes in through its queue (catalog id).</summary>
public sealed class QueueCentreService
{
    public required string CentreId { get; init; }
    public required string ServiceId { get; init; }
}

/// <summary>An operator window of a centre, and the operator at it now (null: closed).</summary>
public sealed class QueueWindow
{
    public required string CentreId { get; init; }
    public int Number { get; init; }
    public string? OperatorIin { get; set; }
}

public static class BookingStatus
{
    public const string Active = "active";
    public const string Cancelled = "cancelled";
    public const string CheckedIn = "checked-in";
}

/// <summary>
/// A slot booked on the portal. <see cref="Seat"/> (1..windows) and <see cref="ActiveDay"/> are set while the booking holds
/// its place and cleared on cancellation, so that two unique indexes enforce capacity and "one active booking per person,
/// service and day" in the database itself (D-642, D-643).
/// </summary>
public sealed class QueueBooking
{
    public Guid Id { get; init; }
    public required string Code { get; init; }
    public required string CentreId { get; init; }
    public required string ServiceId { get; init; }
    public required string Iin { get; init; }
    public DateOnly Day { get; init; }
    public DateTime SlotStart { get; init; }
    public int? Seat { get; set; }
    public DateOnly? ActiveDay { get; set; }
    public required string Status { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? CancelledAt { get; set; }
    public DateTime? CheckedInAt { get; set; }
}

public static class TicketStatus
{
    public const string Waiting = "waiting";
    public const string Called = "called";
    public const string Serving = "serving";
    public const string Done = "done";
    public const string NoShow = "no-show";
}

/// <summary>
/// A ticket of the day at a centre: taken at the kiosk, or issued at check-in for a booking. <see cref="WaitFrom"/> is when
/// the 15-minute wait of 004.md item 4 starts counting (D-646); the service time runs from <see cref="ServiceStartedAt"/>
/// to <see cref="FinishedAt"/>.
/// </summary>
public sealed class QueueTicket
{
    public Guid Id { get; init; }
    public required string CentreId { get; init; }
    public DateOnly Day { get; init; }
    public int Number { get; init; }
    public required string ServiceId { get; init; }

    /// <summary>The person's IIN: the booking's, or given at the kiosk or to the operator (D-652); set on a walk-in ticket
    /// when the operator files an application for it (D-653).</summary>
    public string? Iin { get; set; }

    public Guid? BookingId { get; init; }
    public bool Booked { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime WaitFrom { get; init; }
    public required string Status { get; set; }
    public int? WindowNumber { get; set; }
    public string? OperatorIin { get; set; }
    public DateTime? CalledAt { get; set; }
    public DateTime? ServiceStartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Recalls { get; set; }

    /// <summary>The application the operator filed for this ticket's person at the window (D-653).</summary>
    public string? ApplicationNumber { get; set; }

    /// <summary>What the kiosk prints and the board shows: the day's number, three digits.</summary>
    public string Display => Number.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
}

public static class HomeVisitStatus
{
    public const string Requested = "requested";
    public const string Assigned = "assigned";
    public const string Done = "done";
}

/// <summary>
/// A home visit (004.md S1, S3, S4 item 12): the recipient cannot come to the centre for health reasons, so the provider
/// comes to the place of residence and takes the documents on paper. Assigned to an operator of the centre with a date.
/// </summary>
public sealed class QueueHomeVisit
{
    public Guid Id { get; init; }
    public required string Number { get; init; }
    public required string CentreId { get; init; }
    public required string ServiceId { get; init; }
    public required string Iin { get; init; }
    public required string Reason { get; init; }
    public required string Address { get; init; }
    public string? Phone { get; init; }
    public DateTime RequestedAt { get; init; }
    public required string Status { get; set; }
    public string? OperatorIin { get; set; }
    public DateOnly? VisitDate { get; set; }

    /// <summary>When the assigned operator marked the visit done (D-655).</summary>
    public DateTime? DoneAt { get; set; }
}

/// <summary>
/// A centre's weekly hours from a date on, as its head set them (D-654): Monday to Friday, and Saturday when the centre
/// opens then. The row with the latest <see cref="EffectiveFrom"/> on or before a date applies to it; before the first row
/// the centre's own columns (<see cref="QueueCentre.WeekdayOpens"/>…) apply. Which dates are working days stays with the
/// working calendar.
/// </summary>
public sealed class QueueCentreHours
{
    public required string CentreId { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public TimeOnly WeekdayOpens { get; set; }
    public TimeOnly WeekdayCloses { get; set; }
    public TimeOnly? SaturdayOpens { get; set; }
    public TimeOnly? SaturdayCloses { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAt { get; set; }
}
