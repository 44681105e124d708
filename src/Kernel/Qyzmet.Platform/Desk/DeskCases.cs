using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Desk;

/// <summary>A file the applicant attached, for the clerk to open inline.</summary>
public sealed record DeskAttachment(Guid Id, string FileName, string ContentType, long Size, DateTime UploadedAt);

/// <summary>A payment of the application: requested, paid, failed or expired.</summary>
public sealed record DeskPayment(long AmountTiyn, string Status, DateTime RequestedAt, DateTime? PaidAt, string? ReceiptNumber)
{
    public Guid Id { get; init; }

    /// <summary>An exemption or payment e-copy put to staff (D-709, D-711): kind, status, ground, proof, the e-copy, why rejected.</summary>
    public string? ClaimKind { get; init; }

    public string? ClaimStatus { get; init; }

    public string? ClaimGround { get; init; }

    public string? ClaimProof { get; init; }

    public Guid? ClaimAttachmentId { get; init; }

    public string? ClaimRejection { get; init; }
}

/// <summary>Another application of the same applicant to the same unit (newest first).</summary>
public sealed record DeskPreviousApplication(string Number, LocalizedText Service, LocalizedText Status, StateKind Kind, DateTime SubmittedAt);

/// <summary>A statutory refusal ground a refusal action offers (the service standard's list).</summary>
public sealed record DeskGround(string Code, LocalizedText Text);

/// <summary>
/// What the clerk needs to decide beyond the application's own view (fields, history): the actions allowed now for the
/// role with their inputs, the attachments, the payments, the applicant's previous applications to this unit, the
/// refusal grounds, and whether the step's result can be previewed before signing (issue 11).
/// </summary>
public sealed record DeskCase(
    Application Application, IReadOnlyList<DeskAction> Actions, IReadOnlyList<DeskAttachment> Attachments, IReadOnlyList<DeskPayment> Payments,
    IReadOnlyList<DeskPreviousApplication> Previous, IReadOnlyList<DeskGround> Grounds, bool CanPreview);

/// <summary>
/// One application at the workbench. Opening it goes through <see cref="ApplicationService.FindVisibleAsync"/>: staff of
/// another unit get "not found" (CASE-0006), and the read of the applicant is in their access log (D-305).
/// </summary>
public sealed class DeskCases(QyzmetDbContext db, ApplicationService applications, RefusalService refusals, ProcedureRegistry registry, DeskQueue queue,
    PdfRenderer renderer, IOptions<PlatformOptions> options, TimeProvider time, IServiceScopeFactory scopes)
{
    public const int PreviousLimit = 20;

    /// <summary>The draft's mark across the preview's pages (decision D-322).</summary>
    public const string DraftMark = "ЖОБА / ПРОЕКТ";

    public async Task<DeskCase> OpenAsync(UserInfo user, string number, CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(user);
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ApplicationId == app.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new DeskAttachment(a.Id, a.FileName, a.ContentType, (long)a.Content.Length, a.UploadedAt)).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.ApplicationId == app.Id).OrderBy(p => p.RequestedAt)
            .Select(p => new DeskPayment(p.AmountTiyn, p.Status, p.RequestedAt, p.PaidAt, p.ReceiptNumber)
            {
                Id = p.Id,
                ClaimKind = p.ClaimKind,
                ClaimStatus = p.ClaimStatus,
                ClaimGround = p.ClaimGround,
                ClaimProof = p.ClaimProof,
                ClaimAttachmentId = p.ClaimAttachmentId,
                ClaimRejection = p.ClaimRejection,
            }).ToListAsync(ct);
        var previous = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == app.ApplicantId && a.UnitId == app.UnitId && a.Id != app.Id)
            .OrderByDescending(a => a.SubmittedAt).Take(PreviousLimit)
            .Select(a => new { a.Number, a.ServiceId, a.Status, a.SubmittedAt }).ToListAsync(ct);
        var actions = queue.ActionsFor(app, user.Role);
        var grounds = actions.Any(a => a.NeedsGround)
            ? ServiceCatalog.Find(app.ServiceId)?.RefusalGrounds.Select(g => new DeskGround(g.Code, g.Text)).ToList() ?? []
            : [];
        return new DeskCase(app, actions, attachments, payments,
            [.. previous.Select(p => registry.Find(p.ServiceId)?.Procedure is { } proc
                ? new DeskPreviousApplication(p.Number, DeskQueue.ServiceLabel(p.ServiceId), proc.State(p.Status).Label, proc.State(p.Status).Kind, p.SubmittedAt)
                : new DeskPreviousApplication(p.Number, DeskQueue.ServiceLabel(p.ServiceId), new("—", "—", "—"), StateKind.Active, p.SubmittedAt))],
            grounds,
            await DraftAsync(user, app, actions, ct) is not null);
    }

    /// <summary>The declared label of a trigger of the service's procedure (D-317), for what the desk says was done.</summary>
    public StepLabel? StepLabel(string serviceId, string trigger) => registry.Find(serviceId)?.Procedure.Label(trigger);

    /// <summary>
    /// Takes one action from the workbench: a refusal of a service that uses the refusal capability goes through it with
    /// its ground, reason and hearing (ADR 0013, 000.md para 4 and 5-1); any other action is fired as the procedure
    /// declares, with the clerk's note as its reason. The same rules as the API's action and refusal endpoints.
    /// </summary>
    public async Task<Application> ActAsync(UserInfo user, string number, string trigger, DeskActionInput input, CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(user);
        var serviceId = await db.Applications.AsNoTracking().Where(a => a.Number == number).Select(a => a.ServiceId).SingleOrDefaultAsync(ct)
            ?? throw new QyzmetException(CaseErrors.ApplicationNotFound, number);
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        try
        {
            if (!RefusalService.MustGoThroughRefusals(registry.Get(serviceId).Procedure, trigger))
            {
                return await applications.FireAsync(user, number, trigger, reason, ct);
            }

            return trigger switch
            {
                RefusalTriggers.StopConsideration => await refusals.StopConsiderationAsync(user, number, reason ?? "", ct),
                RefusalTriggers.HearingProvide or RefusalTriggers.HearingRefuse => await refusals.DecideAsync(user, number, trigger == RefusalTriggers.HearingProvide, reason ?? "", ct),
                _ => await refusals.RefuseAsync(user, number, new RefusalRequest(input.Ground?.Trim() ?? "", reason ?? "", input.HearingAt, input.Place?.Trim()), ct),
            };
        }
        catch
        {
            // A refused action rolled its transaction back, but the request's context still tracks what it changed (the
            // new status, the history line): the page goes on to read and log (D-305), and a later save must never
            // write the refused action after all (no partial write).
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The result the role's next action would issue, rendered as a PDF and nothing else: not numbered, not signed, not
    /// stored, and marked «ЖОБА / ПРОЕКТ» on every page (decision D-322). CASE-0030 where the step issues no document.
    /// </summary>
    public async Task<byte[]> PreviewAsync(UserInfo user, string number, CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(user);
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        var content = await DraftAsync(user, app, queue.ActionsFor(app, user.Role), ct)
            ?? throw new QyzmetException(DeskErrors.NoPreview, number);
        return renderer.Render(content with { DocumentNumber = DraftMark, IssuedAt = AlmatyTime.ToLocal(time.GetUtcNow()), Watermark = DraftMark },
            options.Value.PublicBase + "/verify/draft");
    }

    /// <summary>
    /// The document the role's next action would issue, found the one way that cannot disagree with the real step (D-346):
    /// each action the role may take now (the service's result first, refusals through the refusal capability never) is
    /// run in a throw-away scope and transaction exactly as the desk would run it, with a drafting document issuer that
    /// stops the step at its first document and hands its content back; the transaction is then rolled back, so nothing
    /// the step did (status, history, audit, inbox, registry rows) remains. Null where no action issues a document now.
    /// </summary>
    private async Task<DocumentContent?> DraftAsync(UserInfo user, Application app, IReadOnlyList<DeskAction> actions, CancellationToken ct)
    {
        var procedure = registry.Get(app.ServiceId).Procedure;
        var candidates = actions.Where(a => !a.IsRefusal)
            .OrderBy(a => procedure.Find(app.Status, a.Trigger) is { } t ? procedure.State(t.To).Kind switch { StateKind.Completed => 1, StateKind.Active => 0, _ => 2 } : 3);
        foreach (var action in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var draftDb = sp.GetRequiredService<QyzmetDbContext>();
            var services = sp.GetRequiredService<CaseServices>();
            services.Documents.CaptureDrafts();
            await using var tx = await draftDb.Database.BeginTransactionAsync(ct);
            try
            {
                var copy = await draftDb.Applications.SingleAsync(a => a.Id == app.Id, ct);
                var handler = sp.GetRequiredService<ProcedureRegistry>().Get(copy.ServiceId);
                var ctx = new ProcessContext(user.Id, user.Role, null, user.UnitId);
                await services.Engine.FireAsync(copy, action.Trigger, ctx, ct);
                await handler.ReactAsync(new CaseContext(copy, ctx, handler, services), ct);
            }
            catch (DocumentDraftCaptured draft)
            {
                return draft.Content;
            }
            catch (QyzmetException)
            {
                // The action cannot be taken as the application stands (e.g. an inspection not yet entered): no draft from it.
            }
            finally
            {
                await tx.RollbackAsync(CancellationToken.None);
            }
        }

        return null;
    }
}

/// <summary>What the clerk typed for an action: a note or reason, and for a refusal on a ground the ground and the hearing.</summary>
public sealed record DeskActionInput(string? Reason = null, string? Ground = null, DateTimeOffset? HearingAt = null, string? Place = null);

/// <summary>Error codes of the clerk's workbench (CASE-0030..CASE-0039), published in docs/error-codes.md.</summary>
public static class DeskErrors
{
    public static readonly ErrorCode NoPreview = new("CASE-0030", 409, new(
        "№ {0} өтінішінің осы қадамында қол қойылатын құжат жоқ: алдын ала қарау мүмкін емес.",
        "На этом шаге заявления № {0} нет документа на подпись: предварительный просмотр недоступен.",
        "Application {0} has no document to sign at this step, so there is nothing to preview."));
}
