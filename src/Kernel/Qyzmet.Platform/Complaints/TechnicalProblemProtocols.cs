using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Complaints;

public sealed record RecordProtocolRequest(string? System, string? Description, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string>? Services);

/// <summary>
/// Technical-problem protocols (003.md para 8, ADR 0022): the unit's ICT-responsible employee records the failure (system,
/// start and end, affected services), the unit's head signs it, and the applications of those services at that unit with a
/// step in progress in the window show it (D-725).
/// </summary>
public sealed class TechnicalProblemProtocols(QyzmetDbContext db, NumberSequence numbers, DocumentIssuer documents, ProcedureRegistry registry,
    AuditLog audit, TimeProvider time)
{
    public async Task<TechnicalProblemProtocol> RecordAsync(UserInfo user, RecordProtocolRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (user.Role != Roles.IctOfficer || user.UnitId is null)
        {
            throw new QyzmetException(ComplaintErrors.NotIctOfficer);
        }

        var system = request.System?.Trim();
        if (string.IsNullOrEmpty(system) || system.Length > 200)
        {
            throw new QyzmetException(ComplaintErrors.SystemRequired);
        }

        var description = request.Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > ComplaintService.MaxText)
        {
            throw new QyzmetException(ComplaintErrors.DescriptionRequired);
        }

        var now = time.GetUtcNow();
        if (request.StartedAt is not { } started || request.EndedAt is not { } ended || started >= ended || ended > now)
        {
            throw new QyzmetException(ComplaintErrors.WindowInvalid);
        }

        var services = (request.Services ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = services.Where(s => ServiceCatalog.Find(s) is null).ToList();
        if (services.Count == 0 || unknown.Count > 0)
        {
            throw new QyzmetException(ComplaintErrors.ServicesInvalid, string.Join(", ", unknown));
        }

        var seq = await numbers.NextAsync("technical-protocol", ct);
        var protocol = new TechnicalProblemProtocol
        {
            Id = Guid.CreateVersion7(),
            Number = $"TP{AlmatyTime.LocalDate(now).Year}-{seq:D5}",
            UnitId = user.UnitId,
            SystemName = system,
            Description = description,
            StartedAt = started.UtcDateTime,
            EndedAt = ended.UtcDateTime,
            ServiceIds = string.Join(' ', services),
            RecordedBy = user.Id,
            RecordedAt = now.UtcDateTime,
        };
        db.TechnicalProblemProtocols.Add(protocol);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, system, user.UnitId), "technical-protocol-recorded", protocol.Number,
            $"{system} {protocol.StartedAt:O}..{protocol.EndedAt:O} {protocol.ServiceIds}", ct);
        await db.SaveChangesAsync(ct);
        return protocol;
    }

    /// <summary>The head of the unit signs the protocol (003.md para 8 "signed by the provider"): a document in the head's signature.</summary>
    public async Task<TechnicalProblemProtocol> SignAsync(UserInfo user, string number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var protocol = await db.TechnicalProblemProtocols.SingleOrDefaultAsync(p => p.Number == number && p.UnitId == user.UnitId, ct)
            ?? throw new QyzmetException(ComplaintErrors.ProtocolNotFound, number);
        if (user.Role != Roles.ProviderHead)
        {
            throw new QyzmetException(ComplaintErrors.NotHeadOfUnit);
        }

        if (protocol.SignedAt is not null)
        {
            throw new QyzmetException(ComplaintErrors.ProtocolAlreadySigned, number);
        }

        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == protocol.UnitId, ct);
        var now = time.GetUtcNow();
        protocol.SignedAt = now.UtcDateTime;
        protocol.SignedBy = user.Id;
        protocol.Version++;
        var services = protocol.Services.Select(s => ServiceCatalog.Find(s)?.Name).Where(n => n is not null).Select(n => new BilingualText(n!.Kk, n.Ru)).ToList();
        var window = BilingualText.Same($"{AlmatyTime.FormatDateTime(protocol.StartedAt)} — {AlmatyTime.FormatDateTime(protocol.EndedAt)}");
        var content = new DocumentContent
        {
            Issuer = [new(unit.NameKk, unit.NameRu)],
            Title = new("ТЕХНИКАЛЫҚ ПРОБЛЕМА ТУРАЛЫ ХАТТАМА", "ПРОТОКОЛ О ТЕХНИЧЕСКОЙ ПРОБЛЕМЕ"),
            DocumentNumber = "",
            IssuedAt = now,
            Sections =
            [
                new DocumentSection(null,
                [
                    new DocumentField(new("Хаттама", "Протокол"), BilingualText.Same(protocol.Number)),
                    new DocumentField(new("Ақпараттық жүйе", "Информационная система"), BilingualText.Same(protocol.SystemName)),
                    new DocumentField(new("Ақау уақыты (Алматы уақыты)", "Время сбоя (время Алматы)"), window),
                    new DocumentField(new("Сипаттамасы", "Описание"), BilingualText.Same(protocol.Description)),
                    new DocumentField(new("Әсер еткен қызметтер", "Затронутые услуги"),
                        new(string.Join("; ", services.Select(s => s.Kk)), string.Join("; ", services.Select(s => s.Ru)))),
                ]),
            ],
            Footnotes = [new("003.md 8-тармақ: ақпараттық жүйе істен шыққан кезде жасалады.", "003.md п. 8: составляется при сбое информационной системы.")],
        };
        var document = await documents.IssueAsync(null, new Trust.ResultSigning(unit.Id, user.Id), "technical-problem-protocol", unit.Id, content,
            [
                new(new BilingualText("Хаттама", "Протокол"), protocol.Number),
                new(new BilingualText("Ақпараттық жүйе", "Информационная система"), protocol.SystemName),
                new(new BilingualText("Ақау уақыты (Алматы уақыты)", "Время сбоя (время Алматы)"), window),
            ], duplicate: false, ct);
        protocol.DocumentId = document.Id;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, "sign", user.UnitId), "technical-protocol-signed", protocol.Number, document.Number, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(ComplaintErrors.ProtocolAlreadySigned, number);
        }

        return protocol;
    }

    /// <summary>The unit's protocols, newest first.</summary>
    public async Task<IReadOnlyList<TechnicalProblemProtocol>> ForUnitAsync(UserInfo user, CancellationToken ct) =>
        user.IsStaff && user.UnitId is { } unit
            ? await db.TechnicalProblemProtocols.AsNoTracking().Where(p => p.UnitId == unit).OrderByDescending(p => p.StartedAt).Take(100).ToListAsync(ct)
            : throw new QyzmetException(KernelErrors.Forbidden); // Issue 17 (D-815): the unit's protocols are staff's, 403 for applicants

    /// <summary>
    /// The signed protocols that concern the application (D-725): of its unit, naming its service, whose window overlaps the
    /// time the application had a step in progress (from submission to its final step, or to now while it is open).
    /// </summary>
    public async Task<IReadOnlyList<TechnicalProblemProtocol>> ForApplicationAsync(Application app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var final = registry.Find(app.ServiceId)?.Procedure.States.FirstOrDefault(s => s.Name == app.Status)?.Kind is { } kind && kind != StateKind.Active;
        var end = final ? app.UpdatedAt : time.GetUtcNow().UtcDateTime;
        var service = app.ServiceId;
        var candidates = await db.TechnicalProblemProtocols.AsNoTracking()
            .Where(p => p.UnitId == app.UnitId && p.SignedAt != null && p.StartedAt <= end && p.EndedAt >= app.SubmittedAt && p.ServiceIds.Contains(service))
            .OrderBy(p => p.StartedAt).ToListAsync(ct);
        return [.. candidates.Where(p => p.Services.Contains(service, StringComparer.Ordinal))];
    }
}
