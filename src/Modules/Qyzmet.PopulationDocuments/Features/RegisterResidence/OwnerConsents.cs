using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.RegisterResidence;

/// <summary>The owner's answer: a base64 detached CMS signature over the answer's canonical form (004.md §3.3 item 9: EDS).</summary>
public sealed record OwnerAnswerRequest(string? Signature, OtpConfirmation? Otp);

/// <summary>
/// The dwelling owner's co-signature of a portal registration (004.md §3.3 item 9, §4.6 step 2; D-607), given from the
/// owner's own cabinet. It reuses the answer certification of the marriage consent (D-318) with one difference the
/// standard makes: the owner signs with their EDS; a one-time code is not accepted.
/// </summary>
internal sealed class OwnerConsents(QyzmetDbContext db, ProcedureRegistry registry, CaseServices services, SubmissionConfirmations confirmations, AuditLog audit)
{
    public const string AnswerKind = "residence-registration-owner-consent";

    /// <summary>What the owner certifies: this application, this answer, by this person.</summary>
    public static byte[] CanonicalForm(string number, bool consent, string iin) =>
        SubmissionConfirmations.AnswerCanonicalForm(AnswerKind, number, consent ? "consent" : "decline", iin);

    public async Task<IReadOnlyList<Application>> PendingAsync(UserInfo user, CancellationToken ct)
    {
        if (!user.IsApplicant)
        {
            return [];
        }

        return await db.Set<OwnerConsentRequest>().AsNoTracking()
            .Where(r => r.OwnerIin == user.Id)
            .Join(db.Applications.AsNoTracking(), r => r.ApplicationId, a => a.Id, (r, a) => a)
            .Where(a => a.Status == ResidenceRegistrationService.AwaitingOwnerConsent)
            .OrderByDescending(a => a.SubmittedAt).Take(20).ToListAsync(ct);
    }

    /// <summary>The owner consents or declines; the signature is checked first, so a refusal changes nothing.</summary>
    public async Task<Application> AnswerAsync(UserInfo user, string number, bool consent, OwnerAnswerRequest? body, CancellationToken ct)
    {
        if (body?.Otp is not null)
        {
            throw new QyzmetException(PopulationErrors.OwnerMustSign);
        }

        var confirmation = await confirmations.CheckAnswerAsync(user, CanonicalForm(number, consent, user.Id), body?.Signature, null, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindAsync(user, number, ct);
        var handler = registry.Get(app.ServiceId);
        var trigger = consent ? "owner-consent" : "owner-decline";
        var ctx = new ProcessContext(user.Id, Roles.System, (consent ? "consent" : "refusal") + " signed by the dwelling owner " + user.Id);
        await services.Engine.FireAsync(app, trigger, ctx, ct);
        await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CanceledAt, services.Time.GetUtcNow().UtcDateTime), ct);
        await audit.AppendAsync(ctx, "residence-registration." + trigger + ".certified", "application:" + app.Number,
            JsonSerializer.Serialize(new { method = confirmation.Method, canonicalSha256 = confirmation.CanonicalSha256, certificate = confirmation.Signer?.Serial }), ct);
        await services.NotifyStatusAsync(app, handler, ct);
        await handler.ReactAsync(new CaseContext(app, ctx, handler, services), ct);
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

    private async Task<Application> FindAsync(UserInfo user, string number, CancellationToken ct)
    {
        var app = user.IsApplicant
            ? await db.Applications.SingleOrDefaultAsync(a => a.Number == number && a.ServiceId == ResidenceRegistrationService.ServiceIdValue, ct)
            : null;
        if (app is null || app.Status != ResidenceRegistrationService.AwaitingOwnerConsent
            || !await db.Set<OwnerConsentRequest>().AnyAsync(r => r.ApplicationId == app.Id && r.OwnerIin == user.Id, ct))
        {
            throw new QyzmetException(PopulationErrors.NotYourConsent, number);
        }

        return app;
    }

    /// <summary>The signed-in user from the host's claims.</summary>
    public static UserInfo? UserOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return id is null || role is null ? null
            : new UserInfo(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, principal.FindFirstValue("qyzmet:unit"))
            {
                AuthMethod = principal.FindFirstValue("amr"),
            };
    }
}
