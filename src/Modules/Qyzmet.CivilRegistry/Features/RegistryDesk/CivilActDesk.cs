using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Common;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.CivilRegistry.Features.MarriageApplication;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;
using Qyzmet.Platform.Audit;

namespace Qyzmet.CivilRegistry.Features.RegistryDesk;

public sealed record ActSearch(string? Iin, string? Name, string? Date, string? Number, long? After, int? Limit);

/// <summary>
/// The registry office desk: search and view acts (staff of a civil-registry unit only), and the other future
/// spouse's consent to a marriage application (from their own cabinet, decisions.md D-206).
/// </summary>
public sealed class CivilActDesk(QyzmetDbContext db, ProcedureRegistry registry, CaseServices services, SubmissionConfirmations confirmations, AuditLog audit,
    AccessContext access, PersonAccessLog accessLog)
{
    public const int MaxResults = 50;

    /// <summary>Only executors and heads of a civil-registry unit use the desk.</summary>
    public static void EnsureDeskUser(UserInfo user)
    {
        if (user.Role is not (Roles.ProviderExecutor or Roles.ProviderHead) || user.UnitId?.StartsWith("civil-registry-", StringComparison.Ordinal) != true)
        {
            throw new QyzmetException(CivilRegistryErrors.DeskOnly);
        }
    }

    /// <summary>Acts matching every given criterion, newest id first, at most <see cref="MaxResults"/>; continue with After.</summary>
    public async Task<IReadOnlyList<CivilAct>> SearchAsync(UserInfo user, ActSearch q, CancellationToken ct)
    {
        EnsureDeskUser(user);
        var query = db.Set<CivilAct>().AsNoTracking();
        var any = false;
        if (!string.IsNullOrWhiteSpace(q.Iin))
        {
            var iin = q.Iin.Trim();
            query = query.Where(a => a.SubjectIin == iin || a.HusbandIin == iin || a.WifeIin == iin || a.FatherIin == iin || a.MotherIin == iin
                || a.AdoptiveFatherIin == iin || a.AdoptiveMotherIin == iin);
            any = true;
        }

        if (q.Name?.Trim() is { Length: >= 2 } name)
        {
            var upper = name.ToUpperInvariant();
            query = query.Where(a => a.SubjectName!.StartsWith(upper) || a.HusbandName!.StartsWith(upper) || a.WifeName!.StartsWith(upper));
            any = true;
        }

        if (!string.IsNullOrWhiteSpace(q.Date))
        {
            if (!DateOnly.TryParseExact(q.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new QyzmetException(CivilRegistryErrors.SearchTooBroad);
            }

            query = query.Where(a => a.ActDate == date);
            any = true;
        }

        if (!string.IsNullOrWhiteSpace(q.Number))
        {
            var number = q.Number.Trim().TrimStart('№').Trim();
            query = query.Where(a => a.ActNumber == number);
            any = true;
        }

        if (!any)
        {
            throw new QyzmetException(CivilRegistryErrors.SearchTooBroad);
        }

        if (q.After is { } after)
        {
            query = query.Where(a => a.Id < after);
        }

        var found = await query.OrderByDescending(a => a.Id).Take(Math.Clamp(q.Limit ?? MaxResults, 1, MaxResults)).ToListAsync(ct);
        await RecordReadsAsync(user, found, _ => AccessPurposes.RegistrySearch, ct);
        return found;
    }

    public async Task<CivilAct> GetAsync(UserInfo user, long id, CancellationToken ct)
    {
        EnsureDeskUser(user);
        var act = await db.Set<CivilAct>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new QyzmetException(CivilRegistryErrors.ActNotFound, id.ToString(CultureInfo.InvariantCulture));
        await RecordReadsAsync(user, [act], a => AccessPurposes.ActView(a.ActNumber), ct);
        return act;
    }

    /// <summary>
    /// D-305: a search result or an opened act shows the data of every person named in it, so each of them sees the
    /// read in "who viewed my data" (one row per person and act; a person's reads of their own acts are not logged).
    /// </summary>
    private async Task RecordReadsAsync(UserInfo user, IReadOnlyList<CivilAct> acts, Func<CivilAct, string> purpose, CancellationToken ct)
    {
        if (acts.Count == 0)
        {
            return;
        }

        access.Set(user.Id, user.Role, "civil-registry");
        foreach (var act in acts)
        {
            string?[] named = [act.SubjectIin, act.HusbandIin, act.WifeIin, act.FatherIin, act.MotherIin, act.AdoptiveFatherIin, act.AdoptiveMotherIin];
            foreach (var iin in named.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                accessLog.Record(iin, purpose(act));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marriage applications waiting for this person's consent (they are the "other" spouse).</summary>
    public async Task<IReadOnlyList<Application>> PendingConsentsAsync(UserInfo user, CancellationToken ct)
    {
        if (!user.IsApplicant)
        {
            return [];
        }

        // The consent-request index names this person; the status tells which of those still wait for the answer.
        return await db.Set<MarriageConsentRequest>().AsNoTracking()
            .Where(r => r.OtherIin == user.Id)
            .Join(db.Applications.AsNoTracking(), r => r.ApplicationId, a => a.Id, (r, a) => a)
            .Where(a => a.Status == MarriageApplicationService.AwaitingConsent)
            .OrderByDescending(a => a.SubmittedAt).Take(20).ToListAsync(ct);
    }

    /// <summary>The kind of answer in the canonical form the other future spouse certifies (D-318).</summary>
    public const string ConsentAnswerKind = "marriage-consent";

    /// <summary>What the other future spouse certifies: this application, this answer, by this person (D-318).</summary>
    public static byte[] ConsentCanonicalForm(string number, bool consent, string iin) =>
        SubmissionConfirmations.AnswerCanonicalForm(ConsentAnswerKind, number, consent ? "consent" : "decline", iin);

    /// <summary>
    /// Sends the other future spouse a one-time code for exactly this answer to this application (000.md para 4;
    /// D-301, D-318). Only for an application still waiting for their answer.
    /// </summary>
    public async Task<OtpIssued> RequestConsentOtpAsync(UserInfo user, string number, bool consent, CancellationToken ct)
    {
        var app = await FindAwaitingAnswerAsync(user, number, tracking: false, ct);
        return await confirmations.RequestAnswerOtpAsync(user.Id, ConsentCanonicalForm(app.Number, consent, user.Id), ct);
    }

    /// <summary>
    /// The other future spouse consents or declines; the platform fires it for them (the applicant cannot). The answer
    /// is certified like a request (000.md para 4; ADR 0010; D-318): a signature over <see cref="ConsentCanonicalForm"/>
    /// with their own signing key or the one-time code sent for it; the check comes first, so a refusal changes nothing.
    /// </summary>
    public async Task<Application> AnswerAsync(UserInfo user, string number, bool consent, CancellationToken ct,
        string? signature = null, OtpConfirmation? otp = null)
    {
        var confirmation = await confirmations.CheckAnswerAsync(user, ConsentCanonicalForm(number, consent, user.Id), signature, otp, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await FindAwaitingAnswerAsync(user, number, tracking: true, ct);
        await confirmations.UseUpAsync(confirmation, ct);
        var handler = registry.Get(app.ServiceId);
        var trigger = consent ? "consent" : "decline";
        var ctx = new ProcessContext(user.Id, Roles.System, (consent ? "consent" : "declined") + " by the other future spouse " + user.Id);
        await services.Engine.FireAsync(app, trigger, ctx, ct);
        await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CanceledAt, services.Time.GetUtcNow().UtcDateTime), ct);
        await audit.AppendAsync(ctx, "marriage." + trigger + ".certified", "application:" + app.Number,
            JsonSerializer.Serialize(new { method = confirmation.Method, canonicalSha256 = confirmation.CanonicalSha256, certificate = confirmation.Signer?.Serial, otpChallenge = confirmation.OtpChallengeId }), ct);
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

    private async Task<Application> FindAwaitingAnswerAsync(UserInfo user, string number, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Applications : db.Applications.AsNoTracking();
        var app = user.IsApplicant
            ? await query.SingleOrDefaultAsync(a => a.Number == number && a.ServiceId == MarriageApplicationService.ServiceIdValue, ct)
            : null;
        if (app is null || OtherIin(app) != user.Id)
        {
            throw new QyzmetException(CivilRegistryErrors.NotYourConsent, number);
        }

        return app;
    }

    /// <summary>The signed-in user from the host's claims (the same claims the host's sign-in writes).</summary>
    public static UserInfo? UserOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        // "amr" tells how the session was opened: the development exemption of ADR 0010 depends on it (D-318).
        return id is null || role is null ? null
            : new UserInfo(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, principal.FindFirstValue("qyzmet:unit"))
            {
                AuthMethod = principal.FindFirstValue("amr"),
            };
    }

    private static string? OtherIin(Application app) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(app.FormJson)?.GetValueOrDefault("otherIin");
}
