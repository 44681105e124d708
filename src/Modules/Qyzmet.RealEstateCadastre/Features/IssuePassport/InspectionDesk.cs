using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;
using Qyzmet.RealEstateCadastre.Domain;

namespace Qyzmet.RealEstateCadastre.Features.IssuePassport;

public sealed record AbrisRequest(string? DrawingBase64, string? ContentType, string? Note);

/// <summary>
/// The technical-inspection desk (000.md para 7): the inspector records the visit and measurements and attaches the
/// abris; the provider proposes an extension and the applicant agrees to it (para 5). Each action is filed in the
/// inventory file and written to the application's history and the audit log in one transaction.
/// </summary>
public sealed class InspectionDesk(QyzmetDbContext db, ApplicationService applications, CadastreRegistry registry, ProcedureEngine engine,
    AuditLog audit, Notifier notifier, TimeProvider time)
{
    private static readonly string[] InspectionServices = ["real-estate.cadastral-passport", "real-estate.discrepancy-conclusion"];

    public Task RecordInspectionAsync(UserInfo user, string number, InspectionRecord record, CancellationToken ct) =>
        InspectionStepAsync(user, number, "record-inspection", async (app, o) =>
        {
            Validate(record);
            var previous = await registry.ForApplicationAsync(app.Id, InventoryKinds.Inspection, ct);
            registry.File(o.Id, InventoryKinds.Inspection, "Зерттеп-қарау және өлшеу нәтижелері / Результаты обследования и обмеров",
                record, user.Id, app.Id, supersedes: previous?.Id);
            return "visited " + record.VisitedOn.ToString("yyyy-MM-dd");
        }, ct);

    /// <summary>Para 7 step 3: an abris is never corrected; a new one supersedes the previous, which stays in the file.</summary>
    public async Task<long> AttachAbrisAsync(UserInfo user, string number, AbrisRequest request, CancellationToken ct)
    {
        long id = 0;
        await InspectionStepAsync(user, number, "attach-abris", async (app, o) =>
        {
            byte[] drawing;
            try
            {
                drawing = Convert.FromBase64String(request.DrawingBase64 ?? "");
            }
            catch (FormatException)
            {
                throw new QyzmetException(CadastreErrors.BadDrawing);
            }

            var isSvg = request.ContentType == "image/svg+xml" && System.Text.Encoding.UTF8.GetString(drawing).TrimStart().StartsWith('<');
            var isPng = request.ContentType == "image/png" && drawing.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
            if (drawing.Length is 0 or > 5 * 1024 * 1024 || !(isSvg || isPng))
            {
                throw new QyzmetException(CadastreErrors.BadDrawing);
            }

            var previous = await registry.CurrentAsync(o.Id, InventoryKinds.Abris, ct);
            var entry = registry.File(o.Id, InventoryKinds.Abris, "Абрис (7-қосымша) / Абрис (приложение 7)", new { note = request.Note }, user.Id, app.Id,
                supersedes: previous?.Id, drawing: drawing, drawingType: request.ContentType);
            await db.SaveChangesAsync(ct);
            id = entry.Id;
            return previous is null ? "abris" : "abris superseding #" + previous.Id;
        }, ct);
        return id;
    }

    /// <summary>Para 5: the provider proposes a later due date; it takes effect only when the applicant agrees.</summary>
    public async Task<TermExtension> ProposeExtensionAsync(UserInfo user, string number, DateOnly dueOn, string reason, CancellationToken ct)
    {
        if (user.Role is not (Roles.ProviderExecutor or Roles.Inspector or Roles.ProviderHead))
        {
            throw new QyzmetException(CadastreErrors.Forbidden, string.Join(", ", Roles.ProviderExecutor, Roles.Inspector, Roles.ProviderHead));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await applications.FindVisibleAsync(user, number, tracking: true, ct);
        if (!InspectionServices.Contains(app.ServiceId) || app.DueOn is not { } due)
        {
            throw new QyzmetException(CadastreErrors.NotInInspection);
        }

        if (dueOn <= due)
        {
            throw new QyzmetException(CadastreErrors.ExtensionNotLater, due.ToString("dd.MM.yyyy"));
        }

        // Para 5: the total term never exceeds two months from the day of application.
        var limit = AlmatyTime.LocalDate(new DateTimeOffset(app.SubmittedAt, TimeSpan.Zero)).AddMonths(2);
        if (dueOn > limit)
        {
            throw new QyzmetException(CadastreErrors.ExtensionBeyondTwoMonths, limit.ToString("dd.MM.yyyy"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new QyzmetException(RefusalErrors.ReasonRequired);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var extension = new TermExtension { ApplicationId = app.Id, ProposedDueOn = dueOn, Reason = reason.Trim(), ProposedBy = user.Id, ProposedAt = now };
        db.Set<TermExtension>().Add(extension);
        var ctx = new ProcessContext(user.Id, user.Role, $"extension to {dueOn:yyyy-MM-dd} proposed: {reason.Trim()}", user.UnitId);
        engine.RecordHistory(app, ctx, "propose-extension", app.Status, now);
        await audit.AppendAsync(ctx, "cadastre.extension-proposed", "application:" + app.Number, JsonSerializer.Serialize(new { dueOn, reason }), ct);
        await notifier.NotifyAsync(app.ApplicantId, app.Id,
            new($"№ {app.Number}: мерзімді ұзартуға келісім сұралады", $"№ {app.Number}: запрошено согласие на продление срока", $"{app.Number}: your agreement to extend the term is asked"),
            new($"Жаңа мерзім: {dueOn:dd.MM.yyyy}. Себебі: {reason.Trim()}. Келісу үшін жеке кабинетте растаңыз.",
                $"Новый срок: {dueOn:dd.MM.yyyy}. Причина: {reason.Trim()}. Для согласия подтвердите в личном кабинете.",
                $"New due date: {dueOn:yyyy-MM-dd}. Reason: {reason.Trim()}. Confirm in your cabinet to agree."),
            sms: true, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return extension;
    }

    public async Task<Application> AgreeExtensionAsync(UserInfo user, string number, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await applications.FindVisibleAsync(user, number, tracking: true, ct);
        if (!user.IsApplicant)
        {
            throw new QyzmetException(CadastreErrors.Forbidden, Roles.Applicant);
        }

        var extension = await db.Set<TermExtension>().Where(x => x.ApplicationId == app.Id && x.AgreedAt == null)
            .OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct) ?? throw new QyzmetException(CadastreErrors.NoExtensionProposed);
        var now = time.GetUtcNow().UtcDateTime;
        extension.AgreedAt = now;
        var old = app.DueOn;
        app.DueOn = extension.ProposedDueOn;
        app.UpdatedAt = now;
        app.Version++;
        var ctx = new ProcessContext(user.Id, user.Role, $"extension agreed: {old:yyyy-MM-dd} → {extension.ProposedDueOn:yyyy-MM-dd}", user.UnitId);
        engine.RecordHistory(app, ctx, "agree-extension", app.Status, now);
        await audit.AppendAsync(ctx, "cadastre.extension-agreed", "application:" + app.Number, JsonSerializer.Serialize(new { old, extension.ProposedDueOn }), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(CaseErrors.ConcurrentChange);
        }

        await tx.CommitAsync(ct);
        return app;
    }

    private async Task InspectionStepAsync(UserInfo user, string number, string action, Func<Application, CadastreObject, Task<string>> work, CancellationToken ct)
    {
        if (user.Role != Roles.Inspector)
        {
            throw new QyzmetException(CadastreErrors.Forbidden, Roles.Inspector);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await applications.FindVisibleAsync(user, number, tracking: true, ct);
        if (!InspectionServices.Contains(app.ServiceId) || app.Status != PassportService.Inspection)
        {
            throw new QyzmetException(CadastreErrors.NotInInspection);
        }

        var form = JsonSerializer.Deserialize<Dictionary<string, string>>(app.FormJson)!;
        var o = await registry.GetAsync(form["cadastralNumber"], tracking: false, ct);
        var reason = await work(app, o);
        var now = time.GetUtcNow().UtcDateTime;
        var ctx = new ProcessContext(user.Id, user.Role, reason, user.UnitId);
        engine.RecordHistory(app, ctx, action, app.Status, now);
        await audit.AppendAsync(ctx, "cadastre." + action, "application:" + app.Number, reason, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static void Validate(InspectionRecord r)
    {
        var bad = new List<string>();
        if (r.TotalArea is <= 0 or > 10_000_000)
        {
            bad.Add("totalArea");
        }

        if (r.LivingArea is { } living && (living < 0 || living > r.TotalArea))
        {
            bad.Add("livingArea");
        }

        if (r.FloorsAbove is < 1 or > 200 || r.FloorsBelow is < 0 or > 20)
        {
            bad.Add("floors");
        }

        if (r.RoomCount is < 0 or > 10_000)
        {
            bad.Add("roomCount");
        }

        if (r.WallMaterial is { } m && !WallMaterials.All.Contains(m))
        {
            bad.Add("wallMaterial");
        }

        if (r.Structures?.Any(s => string.IsNullOrWhiteSpace(s.Letter) || string.IsNullOrWhiteSpace(s.NameRu) || s.Area <= 0) == true)
        {
            bad.Add("structures");
        }

        if (bad.Count > 0)
        {
            throw new QyzmetException(CadastreErrors.BadMeasurement, string.Join(", ", bad));
        }
    }
}
