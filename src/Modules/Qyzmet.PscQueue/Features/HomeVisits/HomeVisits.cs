using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.HomeVisits;

public sealed record HomeVisitDto(string Number, string CentreId, string ServiceId, string Iin, string? PersonName, string Reason, string Address,
    string? Phone, DateTimeOffset RequestedAt, string Status, string? OperatorIin, string? OperatorName, DateOnly? VisitDate, DateTimeOffset? DoneAt = null);

/// <summary>
/// Home visits (004.md S1, S3, S4 item 12): "if the recipient cannot come to the centre for health reasons, the provider
/// goes to the recipient's place of residence and accepts the documents". The citizen asks on the portal with the reason
/// and the address; the head of the centre assigns an operator and a working day (D-649). Not for S2 and S5, whose
/// standards have no such item.
/// </summary>
public sealed class HomeVisits(QyzmetDbContext db, Centres centres, AuditLog audit, TimeProvider time)
{
    public async Task<HomeVisitDto> RequestAsync(UserInfo user, string? centreId, string? serviceId, string? reason, string? address, string? phone, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        var service = BookSlot.Bookings.RequireService(centre, serviceId);
        if (!QueueLimits.HomeVisitServices.Contains(service))
        {
            throw new QyzmetException(QueueErrors.HomeVisitNotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "reason");
        }

        if (string.IsNullOrWhiteSpace(address))
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "address");
        }

        var now = time.GetUtcNow();
        var visit = new QueueHomeVisit
        {
            Id = Guid.CreateVersion7(),
            Number = AlmatyTime.LocalDate(now).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-"
                + System.Security.Cryptography.RandomNumberGenerator.GetInt32(1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture),
            CentreId = centre.Id,
            ServiceId = service,
            Iin = user.Id,
            Reason = Trim(reason, 1000),
            Address = Trim(address, 500),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : Trim(phone, 32),
            RequestedAt = now.UtcDateTime,
            Status = HomeVisitStatus.Requested,
        };
        db.Add(visit);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role), "queue.home-visit-requested", visit.Number, $"{centre.Id} {service}", ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(visit, ct);
    }

    public async Task<IReadOnlyList<HomeVisitDto>> MineAsync(UserInfo user, CancellationToken ct)
    {
        var rows = await db.Set<QueueHomeVisit>().AsNoTracking().Where(v => v.Iin == user.Id).ToListAsync(ct);
        return await ToDtosAsync(rows.OrderByDescending(v => v.RequestedAt), ct);
    }

    /// <summary>The centre's requests, for its head (all) or an operator (those assigned to them).</summary>
    public async Task<IReadOnlyList<HomeVisitDto>> OfCentreAsync(UserInfo user, CancellationToken ct)
    {
        var q = db.Set<QueueHomeVisit>().AsNoTracking().Where(v => v.CentreId == user.UnitId);
        if (user.Role == Roles.PscOperator)
        {
            q = q.Where(v => v.OperatorIin == user.Id);
        }
        else if (user.Role != Roles.ProviderHead)
        {
            throw new QyzmetException(QueueErrors.SupervisorOnly);
        }

        var rows = await q.ToListAsync(ct);
        return await ToDtosAsync(rows.OrderBy(v => v.VisitDate ?? DateOnly.MaxValue).ThenBy(v => v.RequestedAt), ct);
    }

    /// <summary>The head of the centre assigns an operator of the centre and a working day, today or later.</summary>
    public async Task<HomeVisitDto> AssignAsync(UserInfo user, string? number, string? operatorIin, string? date, CancellationToken ct)
    {
        var visit = await db.Set<QueueHomeVisit>().FirstOrDefaultAsync(v => v.Number == number, ct)
            ?? throw new QyzmetException(QueueErrors.HomeVisitNotFound, number ?? "");
        if (user.Role != Roles.ProviderHead || user.UnitId != visit.CentreId)
        {
            throw new QyzmetException(QueueErrors.SupervisorOnly);
        }

        if (visit.Status == HomeVisitStatus.Done)
        {
            throw new QyzmetException(QueueErrors.VisitAlreadyDone, visit.Number);
        }

        if (string.IsNullOrWhiteSpace(operatorIin))
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "operator");
        }

        var day = BookSlot.Bookings.ParseDate(date, "date");
        var operators = await centres.OperatorsAsync(visit.CentreId, ct);
        if (operators.All(o => o.Iin != operatorIin))
        {
            throw new QyzmetException(QueueErrors.OperatorNotOfCentre);
        }

        // The visit is on a working day of the working calendar, not in the past (D-649).
        var calendar = await centres.CalendarAsync(ct);
        if (day < AlmatyTime.LocalDate(time.GetUtcNow()) || !calendar.IsWorkingDay(day))
        {
            throw new QyzmetException(QueueErrors.VisitDateNotWorking, day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        visit.OperatorIin = operatorIin;
        visit.VisitDate = day;
        visit.Status = HomeVisitStatus.Assigned;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, UnitId: user.UnitId), "queue.home-visit-assigned", visit.Number, $"{operatorIin} {day:yyyy-MM-dd}", ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(visit, ct);
    }

    /// <summary>
    /// D-655: the operator assigned to a home visit marks it done once the documents were taken at the person's home (004.md
    /// S1, S3, S4 item 12), on or after the visit day; the citizen sees the mark with its time. Only that operator may mark it,
    /// once.
    /// </summary>
    public async Task<HomeVisitDto> MarkDoneAsync(UserInfo user, string? number, CancellationToken ct)
    {
        var visit = await db.Set<QueueHomeVisit>().FirstOrDefaultAsync(v => v.Number == number, ct)
            ?? throw new QyzmetException(QueueErrors.HomeVisitNotFound, number ?? "");
        if (user.Role != Roles.PscOperator || visit.OperatorIin != user.Id)
        {
            throw new QyzmetException(QueueErrors.VisitNotYours);
        }

        var now = time.GetUtcNow();
        if (visit.Status != HomeVisitStatus.Assigned || visit.VisitDate is not { } day || day > AlmatyTime.LocalDate(now))
        {
            throw new QyzmetException(QueueErrors.VisitNotDue, visit.Number);
        }

        // A conditional update: two taps mark it once.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Set<QueueHomeVisit>().Where(v => v.Id == visit.Id && v.Status == HomeVisitStatus.Assigned && v.OperatorIin == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, HomeVisitStatus.Done).SetProperty(v => v.DoneAt, now.UtcDateTime), ct);
        if (changed == 0)
        {
            throw new QyzmetException(QueueErrors.VisitNotDue, visit.Number);
        }

        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, UnitId: user.UnitId), "queue.home-visit-done", visit.Number, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        visit.Status = HomeVisitStatus.Done;
        visit.DoneAt = now.UtcDateTime;
        return await ToDtoAsync(visit, ct);
    }

    private static string Trim(string value, int max)
    {
        var v = value.Trim();
        return v.Length <= max ? v : v[..max];
    }

    private async Task<HomeVisitDto> ToDtoAsync(QueueHomeVisit v, CancellationToken ct) => (await ToDtosAsync([v], ct))[0];

    private async Task<IReadOnlyList<HomeVisitDto>> ToDtosAsync(IEnumerable<QueueHomeVisit> visits, CancellationToken ct)
    {
        var list = visits.ToList();
        var iins = list.Select(v => v.Iin).Concat(list.Where(v => v.OperatorIin != null).Select(v => v.OperatorIin!)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => iins.Contains(p.Iin)).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => iins.Contains(s.Iin)).ToListAsync(ct);
        string? NameOf(string iin) => staff.FirstOrDefault(s => s.Iin == iin)?.FullName
            ?? (people.FirstOrDefault(p => p.Iin == iin) is { } p ? $"{p.LastName} {p.FirstName} {p.Patronymic}".Trim() : null);
        return [.. list.Select(v => new HomeVisitDto(v.Number, v.CentreId, v.ServiceId, v.Iin, NameOf(v.Iin), v.Reason, v.Address, v.Phone,
            new DateTimeOffset(DateTime.SpecifyKind(v.RequestedAt, DateTimeKind.Utc)), v.Status, v.OperatorIin,
            v.OperatorIin is { } o ? NameOf(o) : null, v.VisitDate,
            v.DoneAt is { } done ? new DateTimeOffset(DateTime.SpecifyKind(done, DateTimeKind.Utc)) : null))];
    }
}
