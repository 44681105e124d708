using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Trust;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;
using Qyzmet.RealEstateCadastre.Domain;
using Quartz;

namespace Qyzmet.RealEstateCadastre.Features.CorrectOnRenaming;

public sealed record RenamingDecisionRequest(string? Number, DateOnly? DecidedOn, string? Authority, string? Kind, string? Settlement, string? Street, string? OldValue, string? NewValue);

/// <summary>One change P2 made to an object: which characteristic, its old and new value, under which decision.</summary>
public sealed record CorrectionRecord(long DecisionId, string DecisionNumber, string Field, string OldValue, string NewValue);

/// <summary>
/// 000.md para 7 (P2): when local bodies rename a settlement or street, renumber buildings or change cadastral
/// numbers, the State Corporation corrects every affected passport within one working day, free and without a
/// visit, and the owners are told. Objects are processed in keyset batches, never loaded all at once.
/// </summary>
public sealed class RenamingCorrections(QyzmetDbContext db, CadastreRegistry registry, DocumentIssuer documents, Notifier notifier,
    AuditLog audit, CalendarService calendars, TimeProvider time)
{
    public const int BatchSize = 200;

    public async Task<RenamingDecision> LoadAsync(UserInfo user, RenamingDecisionRequest r, CancellationToken ct)
    {
        if (user.Role != Roles.Administrator)
        {
            throw new QyzmetException(CadastreErrors.Forbidden, Roles.Administrator);
        }

        string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var kind = Clean(r.Kind);
        var (oldValue, newValue) = (Clean(r.OldValue), Clean(r.NewValue));
        var bad = new List<string>();
        if (Clean(r.Number) is null) { bad.Add("number"); }
        if (r.DecidedOn is null) { bad.Add("decidedOn"); }
        if (Clean(r.Authority) is null) { bad.Add("authority"); }
        if (kind is null || !RenamingKinds.All.Contains(kind)) { bad.Add("kind (" + string.Join("|", RenamingKinds.All) + ")"); }
        if (oldValue is null || newValue is null || oldValue == newValue) { bad.Add("oldValue/newValue"); }
        if (kind is RenamingKinds.Street or RenamingKinds.BuildingNumber && Clean(r.Settlement) is null) { bad.Add("settlement"); }
        if (kind is RenamingKinds.BuildingNumber && Clean(r.Street) is null) { bad.Add("street"); }
        if (kind is RenamingKinds.CadastralNumber && (!CadastralNumber.TryParse(oldValue, out _, out _) || !CadastralNumber.TryParse(newValue, out _, out _)))
        {
            bad.Add("oldValue/newValue must be cadastral numbers");
        }

        if (bad.Count > 0)
        {
            throw new QyzmetException(CadastreErrors.BadDecision, string.Join(", ", bad));
        }

        var now = time.GetUtcNow();
        var calendar = await calendars.GetAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var decision = new RenamingDecision
        {
            Number = Clean(r.Number)!,
            DecidedOn = r.DecidedOn!.Value,
            Authority = Clean(r.Authority)!,
            Kind = kind!,
            Settlement = Clean(r.Settlement),
            Street = Clean(r.Street),
            OldValue = oldValue!,
            NewValue = newValue!,
            LoadedAt = now.UtcDateTime,
            LoadedBy = user.Id,
            // Para 7: within one working day (counted from the day the decision is loaded, D-407).
            DueOn = calendar.AddWorkingDays(calendar.AcceptanceDay(now), 1),
        };
        db.Set<RenamingDecision>().Add(decision);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, "renaming decision " + decision.Number, user.UnitId),
            "cadastre.renaming-decision", "renaming:" + decision.Id, JsonSerializer.Serialize(r), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return decision;
    }

    /// <summary>Corrects the next batch of one open decision; returns the number of objects corrected (0 when none is open).</summary>
    public async Task<int> RunBatchAsync(CancellationToken ct, int batchSize = BatchSize)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var decision = await db.Set<RenamingDecision>().Where(d => d.CompletedAt == null).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        if (decision is null)
        {
            return 0;
        }

        var objects = await Affected(decision).Where(o => o.Id > decision.LastObjectId).OrderBy(o => o.Id).Take(batchSize)
            .Include(o => o.Holders).Include(o => o.ServiceStructures).AsSplitQuery().ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var o in objects)
        {
            await CorrectAsync(decision, o, now, ct);
        }

        decision.LastObjectId = objects.Count == 0 ? decision.LastObjectId : objects[^1].Id;
        decision.CorrectedCount += objects.Count;
        decision.Version++;
        if (objects.Count < batchSize)
        {
            decision.CompletedAt = now.UtcDateTime;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance took this batch; it will be picked up from the cursor next time.
            return 0;
        }

        await tx.CommitAsync(ct);
        return Math.Max(objects.Count, 1);
    }

    private IQueryable<CadastreObject> Affected(RenamingDecision d)
    {
        var all = db.Set<CadastreObject>();
        return d.Kind switch
        {
            RenamingKinds.Settlement => all.Where(o => o.Settlement == d.OldValue),
            RenamingKinds.Street => all.Where(o => o.Settlement == d.Settlement && o.Street == d.OldValue),
            RenamingKinds.BuildingNumber => all.Where(o => o.Settlement == d.Settlement && o.Street == d.Street && o.BuildingNumber == d.OldValue),
            _ => all.Where(o => o.CadastralNumber == d.OldValue || o.ParentNumber == d.OldValue),
        };
    }

    private async Task CorrectAsync(RenamingDecision d, CadastreObject o, DateTimeOffset now, CancellationToken ct)
    {
        var changes = new List<CorrectionRecord>();
        void Change(string field, string oldValue, string newValue) => changes.Add(new CorrectionRecord(d.Id, d.Number, field, oldValue, newValue));
        switch (d.Kind)
        {
            case RenamingKinds.Settlement:
                Change("settlement", o.Settlement, d.NewValue);
                o.Settlement = d.NewValue;
                break;
            case RenamingKinds.Street:
                Change("street", o.Street, d.NewValue);
                o.Street = d.NewValue;
                break;
            case RenamingKinds.BuildingNumber:
                Change("buildingNumber", o.BuildingNumber, d.NewValue);
                o.BuildingNumber = d.NewValue;
                break;
            default:
                if (o.CadastralNumber == d.OldValue)
                {
                    Change("cadastralNumber", o.CadastralNumber, d.NewValue);
                    o.CadastralNumber = d.NewValue;
                }
                else
                {
                    // A secondary object in the renumbered building keeps its premises number under the new prefix.
                    var renumbered = d.NewValue + o.CadastralNumber[d.OldValue.Length..];
                    Change("cadastralNumber", o.CadastralNumber, renumbered);
                    o.CadastralNumber = renumbered;
                    o.ParentNumber = d.NewValue;
                }

                break;
        }

        o.Version++;
        var note = $"Шешім / Решение № {d.Number} ({d.DecidedOn:dd.MM.yyyy}, {d.Authority}): " + string.Join("; ", changes.Select(c => $"{c.OldValue} → {c.NewValue}"));
        registry.File(o.Id, InventoryKinds.Correction, "Атауын өзгерту бойынша түзету / Исправление при переименовании", changes, "system");
        var current = await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct);
        if (current is not null)
        {
            // Para 7: the passport itself is corrected (free, no visit): a corrected passport supersedes the old one in the file.
            var old = CadastreRegistry.Read<PassportSnapshot>(current);
            await registry.ResolveAddressesAsync([o], ct);
            var snapshot = PassportSnapshot.From(o, old.InspectedOn, "Түзетілді / Исправлено. " + note);
            // D-412: the corrected passport goes to whoever received the passport it corrects, if still a right holder;
            // otherwise (a passport from before the platform, D-410) to the holder with the largest share, then the
            // earliest holding, then the lowest IIN/BIN. That owner downloads it (GET /api/documents/{id}).
            var previousOwner = current.DocumentId is { } previous
                ? await db.Documents.AsNoTracking().Where(x => x.Id == previous).Select(x => x.OwnerId).SingleOrDefaultAsync(ct)
                : null;
            var owner = o.Holders.Any(h => h.HolderId == previousOwner)
                ? previousOwner!
                : o.Holders.OrderByDescending(h => h.SharePercent).ThenBy(h => h.Since).ThenBy(h => h.HolderId, StringComparer.Ordinal)
                    .FirstOrDefault()?.HolderId ?? "state";
            IReadOnlyList<StatementRow> statement = [.. PassportDocument.Statement(snapshot, new("Кадастрлық паспорт (түзетілген)", "Кадастровый паспорт (исправлен)")), new(new("Негіздеме", "Основание"), note)];
            var content = PassportDocument.Passport(snapshot, duplicate: false, now);
            // Para 6: a passport still withheld until its additional payment is corrected withheld too, for the same
            // application, and released with it; a correction never releases what has not been paid for.
            var pending = current.DocumentId is { } currentDocument && current.ApplicationId is { } applicationId
                && !await db.ReleasedDocuments.AnyAsync(x => x.Id == currentDocument, ct)
                ? await db.Applications.SingleAsync(a => a.Id == applicationId, ct)
                : null;
            // D-304: an automated correction, signed by the official the object's cadastre unit authorises for automated issuance.
            var signing = new ResultSigning(await Features.IssuePassport.CadastreUnits.ForObjectAsync(db, o.CadastralNumber, ct));
            var document = pending is null
                ? await documents.IssueAsync(null, signing, "real-estate.cadastral-passport", owner, content, statement, duplicate: false, ct)
                : await documents.IssueWithheldAsync(pending, signing, "real-estate.cadastral-passport", pending.ApplicantId, content, statement, duplicate: false, ct);
            registry.File(o.Id, InventoryKinds.Passport, "Кадастрлық паспорт (түзетілген) / Кадастровый паспорт (исправлен)", snapshot, "system",
                pending?.Id, documentId: document.Id, supersedes: current.Id);
        }

        foreach (var holder in o.Holders)
        {
            await notifier.NotifyAsync(holder.HolderId, null,
                new($"{o.CadastralNumber}: кадастрлық паспорт түзетілді", $"{o.CadastralNumber}: кадастровый паспорт исправлен", $"{o.CadastralNumber}: cadastral passport corrected"),
                new($"Жергілікті органдардың шешімі бойынша тегін түзетілді. {note}", $"Исправлено бесплатно по решению местных органов. {note}", $"Corrected free of charge under the local bodies' decision. {note}"),
                sms: true, ct);
        }

        await audit.AppendAsync(ProcessContext.System("renaming " + d.Number), "cadastre.renaming-correction", "cadastre-object:" + o.Id, JsonSerializer.Serialize(changes), ct);
    }
}

/// <summary>Runs the open renaming decisions batch by batch (Quartz; one instance at a time).</summary>
[DisallowConcurrentExecution]
public sealed class RenamingCorrectionJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 50; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<RenamingCorrections>().RunBatchAsync(cancellationToken) == 0)
            {
                return;
            }
        }
    }
}
