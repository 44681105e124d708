using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;

namespace Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;

/// <summary>The hand-over at the centre: the coupon, who receives, and their authority (004.md §3.1 item 6).</summary>
public sealed record HandOverRequest(string? Coupon, string? ReceivedBy, string? RepresentativeIin, string? PowerOfAttorney);

/// <summary>
/// 004.md §3.1 item 6, §4.2 step 7, §4.3 step 5 (D-617): the centre hands the ready document over against the coupon to
/// the recipient in person, a legal representative (a parent the civil registry names) or a trusted person with a
/// notarised power of attorney; a portal-route document only to the recipient in person.
/// </summary>
internal sealed class HandOverDesk(QyzmetDbContext db, ProcedureRegistry registry, CaseServices services, AuditLog audit, IEnumerable<IKinshipSource> kinship)
{
    public async Task<Application> HandOverAsync(UserInfo user, string number, HandOverRequest body, CancellationToken ct)
    {
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(PopulationErrors.PscOnly);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Number == number && a.ServiceId == PassportIdCardService.ServiceIdValue, ct);
        if (app is null || app.Status != PassportIdCardService.Ready)
        {
            throw new QyzmetException(PopulationErrors.NotReady, number);
        }

        if (body.Coupon?.Trim().TrimStart('№').Trim() != app.Number)
        {
            throw new QyzmetException(PopulationErrors.CouponMismatch);
        }

        var receivedBy = body.ReceivedBy ?? "in-person";
        if (app.Channel != Channels.ServiceCentre && receivedBy != "in-person")
        {
            throw new QyzmetException(PopulationErrors.InPersonOnly);
        }

        var who = receivedBy switch
        {
            "in-person" => "the recipient in person",
            "legal-representative" => await RepresentativeAsync(app, body.RepresentativeIin, ct),
            "proxy" when !string.IsNullOrWhiteSpace(body.PowerOfAttorney) => "a trusted person under the notarised power of attorney " + body.PowerOfAttorney.Trim(),
            "proxy" => throw new QyzmetException(PopulationErrors.RepresentativeNotEntitled, "powerOfAttorney",
                "сенімді адам нотариат куәландырған сенімхатты ұсынады (нөмірі, күні).", "доверенное лицо предъявляет нотариально удостоверенную доверенность (номер, дата).", "a trusted person shows a notarised power of attorney (number, date)."),
            _ => throw new QyzmetException(PopulationErrors.RepresentativeNotEntitled, "receivedBy",
                "in-person, legal-representative немесе proxy.", "in-person, legal-representative или proxy.", "in-person, legal-representative or proxy."),
        };

        var handler = registry.Get(app.ServiceId);
        var ctx = new ProcessContext(user.Id, user.Role, "handed over against coupon " + app.Number + " to " + who, user.UnitId);
        await services.Engine.FireAsync(app, "hand-over", ctx, ct);
        await audit.AppendAsync(ctx, "passport-id-card.hand-over", "application:" + app.Number, System.Text.Json.JsonSerializer.Serialize(new { receivedBy, body.RepresentativeIin, body.PowerOfAttorney }), ct);
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

    /// <summary>004.md §2.2 "legal representative": a parent (by the civil registry's acts; guardians are not on the platform, D-617).</summary>
    private async Task<string> RepresentativeAsync(Application app, string? iin, CancellationToken ct)
    {
        var relation = string.IsNullOrWhiteSpace(iin) || kinship.FirstOrDefault() is not { } source ? null : await source.CloseRelationAsync(app.ApplicantId, iin.Trim(), ct);
        return relation == Kinship.Parent
            ? "the legal representative (parent) " + iin!.Trim()
            : throw new QyzmetException(PopulationErrors.RepresentativeNotEntitled, "representativeIin",
                "АХАЖ актілері бойынша ол алушының ата-анасы емес.", "по актам гражданского состояния это не родитель получателя.", "the civil-status acts do not name this person as the recipient's parent.");
    }
}
