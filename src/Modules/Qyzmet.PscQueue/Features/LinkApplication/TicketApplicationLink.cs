using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.LinkApplication;

/// <summary>
/// D-653: when a PSC operator files an application (004.md S1 §5 step 3: the operator accepts the documents of the person
/// who came by the e-queue) while a ticket of that person is at the operator's window, the ticket records the application's
/// number; a walk-in ticket without an IIN takes the applicant's. The first application filed for a ticket is the one it
/// records. Runs inside the submission's transaction (the kernel hook), so the link and the application commit together.
/// </summary>
internal sealed class TicketApplicationLink(QyzmetDbContext db, AuditLog audit, TimeProvider time) : IApplicationSubmittedListener
{
    private static readonly string[] AtWindow = [TicketStatus.Called, TicketStatus.Serving];

    public async Task OnSubmittedAsync(Application application, UserInfo submittedBy, CancellationToken ct)
    {
        if (submittedBy.Role != Roles.PscOperator || submittedBy.UnitId is not { } centre)
        {
            return;
        }

        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var ticket = await db.Set<QueueTicket>()
            .Where(t => t.CentreId == centre && t.Day == today && t.OperatorIin == submittedBy.Id && AtWindow.Contains(t.Status)
                && t.ApplicationNumber == null && (t.Iin == null || t.Iin == application.ApplicantId))
            .OrderByDescending(t => t.CalledAt)
            .FirstOrDefaultAsync(ct);
        if (ticket is null)
        {
            return;
        }

        ticket.ApplicationNumber = application.Number;
        ticket.Iin ??= application.ApplicantId;
        await audit.AppendAsync(new ProcessContext(submittedBy.Id, submittedBy.Role, UnitId: centre), "queue.application-linked",
            $"{ticket.CentreId}/{ticket.Day:yyyy-MM-dd}/{ticket.Display}", "application:" + application.Number, ct);
    }
}
