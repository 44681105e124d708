using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;

namespace Qyzmet.Platform.Complaints;

/// <summary>A complaint on an application; <paramref name="OutgoingNumber"/> is a legal entity's letter number (004.md §6.9, D-729).</summary>
public sealed record FileComplaintRequest(string? Addressee, string? Subject, string? Text, string? OutgoingNumber = null);

/// <summary>
/// A complaint about a unit's action or inaction without an application (D-727); a PSC operator names the person in
/// <paramref name="ApplicantId"/> (D-730).
/// </summary>
public sealed record FileUnitComplaintRequest(string? UnitId, string? Addressee, string? Subject, string? Text, string? ApplicantId = null);

/// <summary>One page of the person's complaints, newest first; <paramref name="Next"/> is the number to page on from (D-731).</summary>
public sealed record ComplaintPage(IReadOnlyList<ComplaintView> Items, string? Next);

public sealed record AnswerComplaintRequest(string? Decision, string? Reasons, string? Remedy);

/// <summary>A complaint with what a reader needs: whether it is overdue, answered on time, and may be escalated.</summary>
public sealed record ComplaintView(Complaint Complaint, string? ApplicationNumber, string? ServiceId, bool Overdue, bool? AnsweredOnTime, bool CanEscalate,
    string? EscalatedToNumber, string? EscalatedFromNumber)
{
    /// <summary>The unit complained about without an application (D-727), as a person reads it.</summary>
    public LocalizedText? ConcernsUnit { get; init; }

    /// <summary>The unit that answers (the provider's, the Ministry's, the centre's or the quality authority's; D-728), as a person reads it.</summary>
    public LocalizedText? AddresseeUnit { get; init; }
}

/// <summary>What a complaint is registered on: an application, or a unit without one (D-727).</summary>
internal sealed record ComplaintTarget(string ApplicantId, Guid? ApplicationId, string? ApplicationNumber, string UnitId, string? ServiceId)
{
    /// <summary>The public service centre that took the application (its operator's unit), if one did (D-728).</summary>
    public string? CentreId { get; init; }

    /// <summary>The applicant is a legal entity (a BIN): 004.md §6.9 asks it for its outgoing number (D-729).</summary>
    public bool IsLegalEntity => IsBin(ApplicantId);

    /// <summary>An applicant id that is a BIN, not an IIN (as <c>ApplicationService</c> tells them apart).</summary>
    public static bool IsBin(string id) => !Iin.TryParse(id, out _, out _) && Bin.TryParse(id, out _, out _);

    /// <summary>How the audit and the messages name it: the application's number, or the unit.</summary>
    public string Label => ApplicationNumber ?? UnitId;
}

/// <summary>
/// Complaints about a decision, action or inaction of a provider or its official (003.md para 10-11; 004.md §4.10; ADR 0022):
/// filed from the application (portal or PSC), registered with a number and a term counted by the working calendar, answered
/// by the head of the addressed unit in a signed document delivered to the cabinet, escalated to the quality authority when
/// unanswered in time or rejected; every answer says that court remains open.
/// </summary>
public sealed class ComplaintService(QyzmetDbContext db, ApplicationService applications, CalendarService calendars, NumberSequence numbers,
    DocumentIssuer documents, Notifier notifier, AuditLog audit, TimeProvider time)
{
    public const int MaxText = 4000;

    /// <summary>The complaint's term from its registration instant (D-720): the registration day counts as the acceptance day of ADR 0004.</summary>
    public static DateOnly DueOn(WorkingCalendar calendar, DateTimeOffset registeredAt, int workingDays) =>
        calendar.Compute(registeredAt, DeadlineRule.WorkingDays(workingDays)).DueDate;

    /// <summary>The working days the addressee has under the service's standard (or the kernel default, D-720).</summary>
    public static int TermFor(ServiceStandard? standard, string addressee)
    {
        var terms = ComplaintTerms.For(standard);
        return terms.Find(addressee)?.WorkingDays ?? terms.ProviderHeadWorkingDays;
    }

    /// <summary>The addressees a complaint about the service may go to, as its standard declares them (D-728); no service: the kernel default.</summary>
    public static IReadOnlyList<ComplaintAddressee> AddresseesFor(string? serviceId) =>
        ComplaintTerms.For(serviceId is null ? null : ServiceCatalog.Find(serviceId)).Addressees;

    /// <summary>Whether a complaint about the service asks a legal entity for its outgoing number (004.md §6.9; D-729).</summary>
    public static bool AsksOutgoingNumber(string serviceId, string applicantId) =>
        ComplaintTerms.For(ServiceCatalog.Find(serviceId)).LegalEntityOutgoingNumber
        && ComplaintTarget.IsBin(applicantId);

    /// <summary>
    /// The role that answers a complaint (D-726): the provider's head a complaint to the head, the quality authority's officer
    /// one to the authority (003.md para 10: each addressee answers what is addressed to it). Together with the unit check
    /// of <see cref="AnswerAsync"/>, neither answers the other's complaints.
    /// </summary>
    public static string AnsweringRole(string addressee) => addressee == ComplaintAddressees.QualityAuthority ? Roles.QualityOfficer : Roles.ProviderHead;

    /// <summary>The channel a complaint comes through: the PSC when an operator files it, else the portal.</summary>
    public static string ChannelOf(UserInfo user) => user?.Role == Roles.PscOperator ? "service-centre" : "portal";

    /// <summary>Files a complaint on the application (its applicant, or the PSC operator on their behalf; D-721).</summary>
    public async Task<ComplaintView> FileAsync(UserInfo user, string applicationNumber, FileComplaintRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (user.Role is not (Roles.Applicant or Roles.PscOperator))
        {
            throw new QyzmetException(ComplaintErrors.FilerNotAllowed);
        }

        var addressee = request.Addressee?.Trim();
        if (addressee is null || !ComplaintAddressees.All.Contains(addressee))
        {
            throw AddresseeUnknown();
        }

        var subject = request.Subject?.Trim();
        if (subject is null || !ComplaintSubjects.All.Contains(subject))
        {
            throw new QyzmetException(ComplaintErrors.SubjectUnknown);
        }

        var text = RequireText(request.Text, ComplaintErrors.TextRequired);
        // The one access rule (ApplicationService.VisibleTo): anyone else gets "not found".
        var app = await applications.FindVisibleAsync(user, applicationNumber, tracking: false, ct);
        var complaint = await RegisterAsync(user, await TargetOfApplicationAsync(app, ct), addressee, subject, text, ChannelOf(user), escalatedFrom: null,
            request.OutgoingNumber, ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(complaint, ct);
    }

    /// <summary>
    /// Files a complaint about a provider unit's action or inaction without an application (D-727; 003.md para 10 "action
    /// (inaction) of the provider or its officials"; e.g. a PSC that refused to accept documents): the signed-in applicant
    /// for themselves, or a PSC operator for a person of the population register (D-730: the complaint records the centre and
    /// the operator), addressed and with terms as one on an application (the kernel's default terms: no service's standard applies).
    /// </summary>
    public async Task<ComplaintView> FileAboutUnitAsync(UserInfo user, FileUnitComplaintRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (user.Role is not (Roles.Applicant or Roles.PscOperator)
            || (user.Role == Roles.Applicant && !string.IsNullOrWhiteSpace(request.ApplicantId) && request.ApplicantId.Trim() != user.Id))
        {
            throw new QyzmetException(ComplaintErrors.FilerNotAllowed);
        }

        var applicantId = user.Id;
        if (user.Role == Roles.PscOperator)
        {
            // D-730: the operator registers a citizen's complaint at the centre (004.md §4.10 row 2'); the person must be in the register.
            applicantId = request.ApplicantId?.Trim() ?? "";
            if (!Iin.TryParse(applicantId, out _, out _) || !await db.People.AsNoTracking().AnyAsync(p => p.Iin == applicantId, ct))
            {
                throw new QyzmetException(ComplaintErrors.ApplicantRequired);
            }
        }

        var unitId = request.UnitId?.Trim();
        var unit = string.IsNullOrEmpty(unitId) ? null : await db.ProviderUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.Provider is QualityAuthority.Provider or "platform")
        {
            throw new QyzmetException(ComplaintErrors.UnitUnknown);
        }

        var addressee = request.Addressee?.Trim();
        if (addressee is null || !ComplaintAddressees.All.Contains(addressee))
        {
            throw AddresseeUnknown();
        }

        var subject = request.Subject?.Trim();
        if (subject is not (ComplaintSubjects.Action or ComplaintSubjects.Inaction))
        {
            throw new QyzmetException(ComplaintErrors.SubjectUnknown);
        }

        var text = RequireText(request.Text, ComplaintErrors.TextRequired);
        var complaint = await RegisterAsync(user, new ComplaintTarget(applicantId, null, null, unit.Id, null), addressee, subject, text, ChannelOf(user),
            escalatedFrom: null, null, ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(complaint, ct);
    }

    /// <summary>
    /// Escalates to the higher body, the quality authority (004.md §4.10 row 6; 003.md para 10): allowed when the head's term
    /// passed without an answer or the complaint was rejected, once per complaint (D-723).
    /// </summary>
    public async Task<ComplaintView> EscalateAsync(UserInfo user, string complaintNumber, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role is not (Roles.Applicant or Roles.PscOperator))
        {
            throw new QyzmetException(ComplaintErrors.FilerNotAllowed);
        }

        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Number == complaintNumber, ct)
            ?? throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaintNumber);
        var target = await TargetOfAsync(user, complaint, ct);
        var view = await ViewAsync(complaint, ct);
        if (!view.CanEscalate)
        {
            throw new QyzmetException(ComplaintErrors.EscalationNotAllowed, complaint.Number, PortalDate(complaint.DueOn));
        }

        var body = string.IsNullOrWhiteSpace(text) ? complaint.Text : RequireText(text, ComplaintErrors.TextRequired);
        var escalated = await RegisterAsync(user, target, ComplaintAddressees.QualityAuthority, complaint.Subject, body,
            ChannelOf(user), complaint.Id, complaint.OutgoingNumber, ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(escalated, ct);
    }

    /// <summary>
    /// Answers the complaint: only the answering role (<see cref="AnsweringRole"/>) of the addressed unit, once; the answer is a
    /// document that official signs (D-722, D-726).
    /// </summary>
    public async Task<ComplaintView> AnswerAsync(UserInfo user, string complaintNumber, AnswerComplaintRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Number == complaintNumber, ct)
            ?? throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaintNumber);
        if (!user.IsStaff || user.UnitId != complaint.AddresseeUnitId)
        {
            // Staff of other units, and applicants, do not learn that the number exists.
            throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaintNumber);
        }

        if (user.Role != AnsweringRole(complaint.Addressee))
        {
            throw new QyzmetException(ComplaintErrors.NotAddressee);
        }

        if (complaint.Status != ComplaintStatuses.Registered)
        {
            throw new QyzmetException(ComplaintErrors.AlreadyAnswered, complaint.Number);
        }

        var decision = request.Decision?.Trim();
        if (decision is not (ComplaintStatuses.Upheld or ComplaintStatuses.Rejected))
        {
            throw new QyzmetException(ComplaintErrors.DecisionUnknown);
        }

        var reasons = RequireText(request.Reasons, ComplaintErrors.ReasonsRequired);
        var remedy = decision == ComplaintStatuses.Upheld ? RequireText(request.Remedy, ComplaintErrors.RemedyRequired) : null;
        var app = complaint.ApplicationId is { } appId ? await db.Applications.AsNoTracking().SingleAsync(a => a.Id == appId, ct) : null;
        var concerns = complaint.ConcernsUnitId is { } concernsId ? await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == concernsId, ct) : null;
        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == complaint.AddresseeUnitId, ct);
        var now = time.GetUtcNow();
        complaint.Status = decision;
        complaint.AnsweredAt = now.UtcDateTime;
        complaint.AnsweredBy = user.Id;
        complaint.AnswerText = reasons;
        complaint.Remedy = remedy;
        complaint.Version++;

        var content = AnswerContent(complaint, app, concerns, unit, now);
        var statement = AnswerStatement(complaint, app, concerns, unit);
        var about = app?.Number ?? concerns!.NameRu;
        // D-722, D-726: signed by the official who answers (the head, or the authority's officer, of the addressed unit), never by a platform key; not the application's result.
        var document = await documents.IssueAsync(null, new Trust.ResultSigning(unit.Id, user.Id), "complaint-answer", complaint.ApplicantId, content, statement,
            duplicate: false, ct);
        complaint.AnswerDocumentId = document.Id;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, decision, user.UnitId), "complaint-answered", complaint.Number,
            $"{app?.Number ?? complaint.ConcernsUnitId} {decision} document {document.Number}", ct);
        await notifier.NotifyAsync(complaint.ApplicantId, app?.Id,
            new LocalizedText($"{complaint.Number} шағымына жауап", $"Ответ на жалобу {complaint.Number}", $"Answer to complaint {complaint.Number}"),
            new LocalizedText(
                $"{complaint.Number} шағымыңызға ({about}) қол қойылған жауап жеке кабинетте ({document.Number}). {CourtNote.Kk}",
                $"Подписанный ответ на вашу жалобу {complaint.Number} ({about}) — в личном кабинете ({document.Number}). {CourtNote.Ru}",
                $"The signed answer to your complaint {complaint.Number} ({about}) is in your personal cabinet ({document.Number}). {CourtNote.En}"),
            sms: true, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(ComplaintErrors.AlreadyAnswered, complaint.Number);
        }

        return await ViewAsync(complaint, ct);
    }

    /// <summary>One complaint, for its applicant (through the application's access rule) or the staff of the addressed unit.</summary>
    public async Task<ComplaintView> GetAsync(UserInfo user, string complaintNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Number == complaintNumber, ct)
            ?? throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaintNumber);
        if (!(user.IsStaff && user.UnitId == complaint.AddresseeUnitId))
        {
            await TargetOfAsync(user, complaint, ct);
        }

        return await ViewAsync(complaint, ct);
    }

    /// <summary>The complaints filed on an application the user may see, oldest first.</summary>
    public async Task<IReadOnlyList<ComplaintView>> ForApplicationAsync(UserInfo user, string applicationNumber, CancellationToken ct)
    {
        var app = await applications.FindVisibleAsync(user, applicationNumber, tracking: false, ct);
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ApplicationId == app.Id).ToListAsync(ct);
        return await ViewsAsync([.. complaints.OrderBy(c => c.RegisteredAt)], ct);
    }

    /// <summary>
    /// The person's complaints for the cabinet (D-731; 004.md §4.10 "Portal variant": the personal cabinet shows each complaint's
    /// marks and answer): every complaint whose applicant they are, or which they filed themselves (for a legal entity they
    /// represent), on an application or about a unit, newest first, keyset-paged by the complaint number to continue after.
    /// </summary>
    public async Task<ComplaintPage> MineAsync(UserInfo user, string? after, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsApplicant)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        take = Math.Clamp(take, 1, 100);
        var mine = db.Complaints.AsNoTracking().Where(c => c.ApplicantId == user.Id || c.FiledBy == user.Id);
        if (!string.IsNullOrWhiteSpace(after))
        {
            var cursor = await mine.Where(c => c.Number == after).Select(c => new { c.RegisteredAt, c.Number }).SingleOrDefaultAsync(ct)
                ?? throw new QyzmetException(ComplaintErrors.ComplaintNotFound, after);
            mine = mine.Where(c => c.RegisteredAt < cursor.RegisteredAt || (c.RegisteredAt == cursor.RegisteredAt && string.Compare(c.Number, cursor.Number) < 0));
        }

        var rows = await mine.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Number).Take(take + 1).ToListAsync(ct);
        var page = rows.Take(take).ToList();
        return new ComplaintPage(await ViewsAsync(page, ct), rows.Count > take ? page[^1].Number : null);
    }

    /// <summary>The units a complaint without an application may be about (D-727): all but the quality authority's and the platform's, by name.</summary>
    public async Task<IReadOnlyList<ProviderUnit>> ComplainableUnitsAsync(CancellationToken ct) =>
        [.. (await db.ProviderUnits.AsNoTracking().Where(u => u.Provider != QualityAuthority.Provider && u.Provider != "platform").ToListAsync(ct))
            .OrderBy(u => u.NameRu, StringComparer.Ordinal)];

    /// <summary>
    /// The addressee's desk (D-724): the complaints addressed to the user's unit, those waiting for an answer first with the
    /// oldest due first, then the answered ones, newest first.
    /// </summary>
    public async Task<IReadOnlyList<ComplaintView>> DeskAsync(UserInfo user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsStaff || user.UnitId is null)
        {
            // Issue 17 (D-815): the desk is staff's; an applicant is refused (403), not shown an empty desk.
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        var open = await db.Complaints.AsNoTracking().Where(c => c.AddresseeUnitId == user.UnitId && c.Status == ComplaintStatuses.Registered)
            .OrderBy(c => c.DueOn).ThenBy(c => c.RegisteredAt).Take(200).ToListAsync(ct);
        var answered = await db.Complaints.AsNoTracking().Where(c => c.AddresseeUnitId == user.UnitId && c.Status != ComplaintStatuses.Registered)
            .OrderByDescending(c => c.AnsweredAt).Take(50).ToListAsync(ct);
        return await ViewsAsync([.. open, .. answered], ct);
    }

    /// <summary>
    /// Flags the complaints whose term passed unanswered (D-724), each once however many instances scan: the flag is set by a
    /// conditional update, and only the instance whose update took it notifies the applicant and writes the audit line.
    /// </summary>
    public async Task<int> FlagOverdueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = AlmatyTime.LocalDate(now);
        var due = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatuses.Registered && c.OverdueFlaggedAt == null && c.DueOn < today)
            .OrderBy(c => c.DueOn).Take(200).ToListAsync(ct);
        var flagged = 0;
        foreach (var complaint in due)
        {
            var claimed = await db.Complaints.Where(c => c.Id == complaint.Id && c.OverdueFlaggedAt == null && c.Status == ComplaintStatuses.Registered)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueFlaggedAt, now.UtcDateTime), ct);
            if (claimed == 0)
            {
                continue;
            }

            var number = complaint.ApplicationId is null ? complaint.ConcernsUnitId
                : await db.Applications.AsNoTracking().Where(a => a.Id == complaint.ApplicationId).Select(a => a.Number).SingleAsync(ct);
            await audit.AppendAsync(ProcessContext.System("complaint-term-passed"), "complaint-overdue", complaint.Number, $"{number} due {complaint.DueOn:yyyy-MM-dd}", ct);
            var escalation = complaint.Addressee != ComplaintAddressees.QualityAuthority
                ? new LocalizedText(" Сапаны бағалау және бақылау жөніндегі уәкілетті органға шағымдануға болады.",
                    " Вы можете обратиться в уполномоченный орган по оценке и контролю за качеством.",
                    " You may escalate it to the authority for quality assessment and control.")
                : new LocalizedText("", "", "");
            await notifier.NotifyAsync(complaint.ApplicantId, complaint.ApplicationId,
                new LocalizedText($"{complaint.Number} шағымына мерзімінде жауап берілмеді", $"На жалобу {complaint.Number} не ответили в срок", $"Complaint {complaint.Number} was not answered in time"),
                new LocalizedText(
                    $"{complaint.Number} шағымына жауап беру мерзімі {PortalDate(complaint.DueOn)} өтті.{escalation.Kk} {CourtNote.Kk}",
                    $"Срок ответа на жалобу {complaint.Number} истёк {PortalDate(complaint.DueOn)}.{escalation.Ru} {CourtNote.Ru}",
                    $"The term to answer complaint {complaint.Number} ended on {PortalDate(complaint.DueOn)}.{escalation.En} {CourtNote.En}"),
                sms: false, ct);
            await db.SaveChangesAsync(ct);
            flagged++;
        }

        return flagged;
    }

    /// <summary>Every answer says that court remains open (003.md para 11; 004.md §4.10 row 6).</summary>
    public static readonly LocalizedText CourtNote = new(
        "Шағымды қарау нәтижелерімен келіспесеңіз, Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгіне аласыз.",
        "При несогласии с результатами рассмотрения жалобы вы вправе обратиться в суд в порядке, установленном законодательством Республики Казахстан.",
        "If you disagree with how the complaint was decided, you may go to court as the law of the Republic of Kazakhstan provides.");

    /// <summary>CMP-0002: the kinds by their display names in kk/ru, by the API's tokens in English (issue 14).</summary>
    private static QyzmetException AddresseeUnknown() => new(ComplaintErrors.AddresseeUnknown,
        ComplaintAddressee.Labels(ComplaintAddressees.All), string.Join(", ", ComplaintAddressees.All));

    private async Task<Complaint> RegisterAsync(UserInfo user, ComplaintTarget app, string addressee, string subject, string text, string channel,
        Guid? escalatedFrom, string? outgoingNumber, CancellationToken ct)
    {
        var standard = app.ServiceId is { } serviceId ? ServiceCatalog.Find(serviceId) : null;
        var terms = ComplaintTerms.For(standard);
        // D-728: the addressees are the standard's data; one it does not name is refused, naming the ones it does.
        var route = terms.Find(addressee) ?? throw new QyzmetException(ComplaintErrors.AddresseeNotOffered, ComplaintAddressee.Label(addressee),
            ComplaintAddressee.Labels(terms.Addressees.Select(a => a.Kind)), addressee, string.Join(", ", terms.Addressees.Select(a => a.Kind)));
        var unitId = await AddresseeUnitAsync(app, route, ct);
        var outgoing = OutgoingNumberOf(terms, app, outgoingNumber);
        var days = route.WorkingDays;
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var seq = await numbers.NextAsync("complaint", ct);
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(),
            Number = $"C{AlmatyTime.LocalDate(now).Year}-{seq:D6}",
            ApplicationId = app.ApplicationId,
            ConcernsUnitId = app.ApplicationId is null ? app.UnitId : null,
            ApplicantId = app.ApplicantId,
            FiledBy = user.Id,
            Channel = channel,
            FiledAtUnitId = channel == "service-centre" ? user.UnitId : null,
            OutgoingNumber = outgoing,
            Addressee = addressee,
            AddresseeUnitId = unitId,
            Subject = subject,
            Text = text,
            RegisteredAt = now.UtcDateTime,
            DueOn = DueOn(calendar, now, days),
            TermWorkingDays = days,
            TermSource = terms.Source,
            Status = ComplaintStatuses.Registered,
            EscalatedFromId = escalatedFrom,
        };
        db.Complaints.Add(complaint);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, subject, user.UnitId), escalatedFrom is null ? "complaint-filed" : "complaint-escalated",
            complaint.Number, $"{app.Label} to {addressee} ({unitId}) due {complaint.DueOn:yyyy-MM-dd}", ct);
        // 004.md §4.10: the registration is the confirmation; the personal cabinet shows the complaint's marks.
        await notifier.NotifyAsync(app.ApplicantId, app.ApplicationId,
            new LocalizedText($"{complaint.Number} шағымы тіркелді", $"Жалоба {complaint.Number} зарегистрирована", $"Complaint {complaint.Number} registered"),
            new LocalizedText(
                $"{complaint.Number} шағымы {AlmatyTime.FormatDateTime(now)} (Алматы уақыты) тіркелді; жауап {PortalDate(complaint.DueOn)} дейін беріледі.",
                $"Жалоба {complaint.Number} зарегистрирована {AlmatyTime.FormatDateTime(now)} (время Алматы); ответ — до {PortalDate(complaint.DueOn)}.",
                $"Complaint {complaint.Number} was registered on {AlmatyTime.FormatDateTime(now)} (Almaty time); the answer is due by {PortalDate(complaint.DueOn)}."),
            sms: false, ct);
        return complaint;
    }

    /// <summary>
    /// The unit that answers (D-728): the provider's head (D-721), the unit the standard names for the Ministry's head, the
    /// centre that took the application for the centre's head, or the quality authority's department (D-721). A named unit
    /// without a head is refused (503 CMP-0032): nobody could answer there.
    /// </summary>
    private async Task<string> AddresseeUnitAsync(ComplaintTarget app, ComplaintAddressee route, CancellationToken ct) => route.Kind switch
    {
        ComplaintAddressees.QualityAuthority => await QualityUnitAsync(app.UnitId, ct),
        ComplaintAddressees.ProviderHead => await HeadUnitAsync(app.UnitId, ct),
        ComplaintAddressees.CentreHead => await EnsureHeadAsync(app.CentreId ?? throw new QyzmetException(ComplaintErrors.NotTakenAtCentre, app.Label), ct),
        _ => await EnsureHeadAsync(route.UnitId ?? throw new QyzmetException(ComplaintErrors.AddresseeUnitMissing, route.Kind), ct),
    };

    private async Task<string> EnsureHeadAsync(string unitId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().AnyAsync(s => s.UnitId == unitId && s.Role == Roles.ProviderHead, ct)
            ? unitId
            : throw new QyzmetException(ComplaintErrors.AddresseeUnitMissing, unitId);

    /// <summary>
    /// The legal entity's outgoing number (004.md §6.9: S5 legal entities give name, postal address and outgoing number; D-729):
    /// required where the standard asks for it and the applicant is a legal entity (422 CMP-0031), at most 50 characters;
    /// the name and postal address are the legal-entities register's, as the application's applicant.
    /// </summary>
    private static string? OutgoingNumberOf(ComplaintTerms terms, ComplaintTarget app, string? given)
    {
        var value = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        if (value is { Length: > 50 } || (value is null && terms.LegalEntityOutgoingNumber && app.IsLegalEntity))
        {
            throw new QyzmetException(ComplaintErrors.OutgoingNumberRequired);
        }

        return value;
    }

    /// <summary>What a complaint on the application is registered on, with the centre whose operator took it (D-728).</summary>
    private async Task<ComplaintTarget> TargetOfApplicationAsync(Application app, CancellationToken ct)
    {
        string? centre = null;
        if (app.Channel == "service-centre")
        {
            var unitId = await db.Staff.AsNoTracking().Where(s => s.Iin == app.SubmittedBy).Select(s => s.UnitId).FirstOrDefaultAsync(ct);
            centre = unitId is not null && await db.ProviderUnits.AsNoTracking().AnyAsync(u => u.Id == unitId && u.Provider == ServiceCentres.Provider, ct)
                ? unitId : null;
        }

        return new ComplaintTarget(app.ApplicantId, app.Id, app.Number, app.UnitId, app.ServiceId) { CentreId = centre };
    }

    /// <summary>
    /// The unit whose head answers a complaint to "the head of the provider" (D-721): the application's unit where it has a
    /// head; else, for a provider of structural subdivisions (ADR 0015), its root unit or its management subdivision, which
    /// hold the provider's head; else the application's unit (unanswerable there: the term passes and the applicant escalates).
    /// </summary>
    private async Task<string> HeadUnitAsync(string applicationUnitId, CancellationToken ct)
    {
        var root = UnitStaffing.RootOf(applicationUnitId);
        string[] candidates = [applicationUnitId, root, root + "/management"];
        var withHead = await db.Staff.AsNoTracking().Where(s => s.Role == Roles.ProviderHead && candidates.Contains(s.UnitId)).Select(s => s.UnitId).Distinct().ToListAsync(ct);
        return candidates.FirstOrDefault(withHead.Contains) ?? applicationUnitId;
    }

    /// <summary>The quality authority's unit for the application's region, else its national unit (D-721).</summary>
    private async Task<string> QualityUnitAsync(string applicationUnitId, CancellationToken ct)
    {
        var region = await db.ProviderUnits.AsNoTracking().Where(u => u.Id == applicationUnitId).Select(u => u.RegionCode).SingleOrDefaultAsync(ct);
        var units = await db.ProviderUnits.AsNoTracking().Where(u => u.Provider == QualityAuthority.Provider).ToListAsync(ct);
        var unit = units.FirstOrDefault(u => u.RegionCode == region) ?? units.OrderBy(u => u.RegionCode, StringComparer.Ordinal).FirstOrDefault(u => u.RegionCode == "00")
            ?? throw new QyzmetException(ComplaintErrors.NoQualityAuthority);
        return unit.Id;
    }

    /// <summary>
    /// What the complaint is on, for whom may see it: the application under its access rule; a complaint without one only
    /// to its applicant (D-727). Anyone else gets "not found".
    /// </summary>
    private async Task<ComplaintTarget> TargetOfAsync(UserInfo user, Complaint complaint, CancellationToken ct)
    {
        if (complaint.ApplicationId is null)
        {
            return user.Role == Roles.Applicant && user.Id == complaint.ApplicantId
                ? new ComplaintTarget(complaint.ApplicantId, null, null, complaint.ConcernsUnitId!, null)
                : throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaint.Number);
        }

        var number = await db.Applications.AsNoTracking().Where(a => a.Id == complaint.ApplicationId).Select(a => a.Number).SingleAsync(ct);
        try
        {
            return await TargetOfApplicationAsync(await applications.FindVisibleAsync(user, number, tracking: false, ct), ct);
        }
        catch (QyzmetException e) when (e.Error == CaseErrors.ApplicationNotFound)
        {
            throw new QyzmetException(ComplaintErrors.ComplaintNotFound, complaint.Number);
        }
    }

    private async Task<ComplaintView> ViewAsync(Complaint complaint, CancellationToken ct) => (await ViewsAsync([complaint], ct))[0];

    private async Task<IReadOnlyList<ComplaintView>> ViewsAsync(IReadOnlyList<Complaint> complaints, CancellationToken ct)
    {
        if (complaints.Count == 0)
        {
            return [];
        }

        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var appIds = complaints.Where(c => c.ApplicationId != null).Select(c => c.ApplicationId!.Value).Distinct().ToList();
        var unitIds = complaints.Where(c => c.ConcernsUnitId != null).Select(c => c.ConcernsUnitId!).Concat(complaints.Select(c => c.AddresseeUnitId)).Distinct().ToList();
        var units = await db.ProviderUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        var apps = await db.Applications.AsNoTracking().Where(a => appIds.Contains(a.Id)).Select(a => new { a.Id, a.Number, a.ServiceId }).ToListAsync(ct);
        var ids = complaints.Select(c => c.Id).ToList();
        var escalations = await db.Complaints.AsNoTracking().Where(c => c.EscalatedFromId != null && ids.Contains(c.EscalatedFromId.Value))
            .Select(c => new { From = c.EscalatedFromId!.Value, c.Number }).ToListAsync(ct);
        var fromIds = complaints.Where(c => c.EscalatedFromId != null).Select(c => c.EscalatedFromId!.Value).ToList();
        var origins = await db.Complaints.AsNoTracking().Where(c => fromIds.Contains(c.Id)).Select(c => new { c.Id, c.Number }).ToListAsync(ct);
        return [.. complaints.Select(c =>
        {
            var app = apps.SingleOrDefault(a => a.Id == c.ApplicationId);
            var answeredOn = c.AnsweredAt is { } at ? AlmatyTime.LocalDate(AlmatyTime.FromUtc(at)) : (DateOnly?)null;
            var overdue = c.Status == ComplaintStatuses.Registered ? today > c.DueOn : answeredOn > c.DueOn;
            var escalatedTo = escalations.FirstOrDefault(e => e.From == c.Id)?.Number;
            // D-723: to the higher body when the term passed unanswered or the complaint was rejected; once; from a head only (D-728: any head).
            var canEscalate = c.Addressee != ComplaintAddressees.QualityAuthority && escalatedTo is null
                && (c.Status == ComplaintStatuses.Rejected || (c.Status == ComplaintStatuses.Registered && today > c.DueOn));
            return new ComplaintView(c, app?.Number, app?.ServiceId, overdue, answeredOn is { } on ? on <= c.DueOn : null, canEscalate, escalatedTo,
                origins.FirstOrDefault(o => o.Id == c.EscalatedFromId)?.Number)
            {
                ConcernsUnit = units.FirstOrDefault(u => u.Id == c.ConcernsUnitId)?.Label(),
                AddresseeUnit = units.FirstOrDefault(u => u.Id == c.AddresseeUnitId)?.Label(),
            };
        })];
    }

    private static string RequireText(string? text, ErrorCode error)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) || value.Length > MaxText ? throw new QyzmetException(error) : value;
    }

    private static string PortalDate(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, BilingualText> SubjectNames = new()
    {
        [ComplaintSubjects.Decision] = new("шешім", "решение"),
        [ComplaintSubjects.Action] = new("әрекет", "действие"),
        [ComplaintSubjects.Inaction] = new("әрекетсіздік", "бездействие"),
    };

    private static BilingualText DecisionText(string status) => status == ComplaintStatuses.Upheld
        ? new("Шағым қанағаттандырылды", "Жалоба удовлетворена")
        : new("Шағымды қанағаттандырудан бас тартылды", "В удовлетворении жалобы отказано");

    private static DocumentContent AnswerContent(Complaint c, Application? app, ProviderUnit? concerns, ProviderUnit unit, DateTimeOffset now)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("Шағым", "Жалоба"), BilingualText.Same($"{c.Number}, {AlmatyTime.FormatDateTime(c.RegisteredAt)}")),
        };
        if (app is not null)
        {
            var service = ServiceCatalog.Find(app.ServiceId)?.Name;
            blocks.Add(new DocumentField(new("Өтініш", "Заявление"), BilingualText.Same(app.Number)));
            blocks.Add(new DocumentField(new("Қызмет", "Услуга"), service is null ? BilingualText.Same(app.ServiceId) : new(service.Kk, service.Ru)));
            blocks.Add(new DocumentField(new("Өтініш беруші", "Заявитель"), BilingualText.Same($"{app.ApplicantName} ({app.ApplicantId})")));
        }
        else
        {
            // D-727: a unit's action or inaction without an application.
            blocks.Add(new DocumentField(new("Бөлімше", "Подразделение"), new(concerns!.NameKk, concerns.NameRu)));
            blocks.Add(new DocumentField(new("Өтініш беруші", "Заявитель"), BilingualText.Same(c.ApplicantId)));
        }

        blocks.AddRange(
        [
            new DocumentField(new("Шағымданылатын", "Обжалуется"), SubjectNames[c.Subject]),
            new DocumentField(new("Шешім", "Решение"), DecisionText(c.Status)),
            new DocumentField(new("Дәлелдер", "Мотивы"), BilingualText.Same(c.AnswerText!)),
        ]);
        if (c.Remedy is { } remedy)
        {
            blocks.Add(new DocumentField(new("Қызмет беруші орындауға тиіс", "Услугодатель обязан"), BilingualText.Same(remedy)));
        }

        var footnotes = new List<BilingualText>();
        if (c.Addressee != ComplaintAddressees.QualityAuthority)
        {
            footnotes.Add(new("Жауаппен келіспесеңіз, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға шағымдана аласыз.",
                "При несогласии с ответом вы вправе обратиться в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг."));
        }

        footnotes.Add(new(CourtNote.Kk, CourtNote.Ru));
        return new DocumentContent
        {
            Issuer = [new(unit.NameKk, unit.NameRu)],
            Title = new("ШАҒЫМҒА ЖАУАП", "ОТВЕТ НА ЖАЛОБУ"),
            DocumentNumber = "",
            IssuedAt = now,
            Sections = [new DocumentSection(null, blocks)],
            Footnotes = footnotes,
        };
    }

    private static IReadOnlyList<StatementRow> AnswerStatement(Complaint c, Application? app, ProviderUnit? concerns, ProviderUnit unit) =>
    [
        new(new BilingualText("Шағым", "Жалоба"), c.Number),
        app is not null
            ? new StatementRow(new BilingualText("Өтініш", "Заявление"), app.Number)
            : new StatementRow(new BilingualText("Бөлімше", "Подразделение"), new BilingualText(concerns!.NameKk, concerns.NameRu)),
        new(new BilingualText("Шешім", "Решение"), DecisionText(c.Status)),
        new(new BilingualText("Жауап берген бөлімше", "Ответившее подразделение"), new BilingualText(unit.NameKk, unit.NameRu)),
        new(new BilingualText("Сот", "Суд"), new BilingualText(CourtNote.Kk, CourtNote.Ru)),
    ];
}
