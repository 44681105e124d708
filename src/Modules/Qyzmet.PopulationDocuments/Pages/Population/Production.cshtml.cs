using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;
using Qyzmet.PopulationDocuments.Features.IssueTemporaryIdCard;

namespace Qyzmet.PopulationDocuments.Pages.Population;

/// <summary>
/// The migration-police desk (004.md §4.2 step 6, §4.3 step 3; D-616, ADR 0025): the unit's passport and ID card applications
/// from acceptance to "ready", each with the one step the officer takes next (send to production; after a factory defect, send
/// again, with the factory's reasons shown). Production itself is the document factory's task (its staff answer it at
/// /desk/tasks); the ready ones wait for the hand-over at the centre. Temporary ID cards (S2) are issued within the 30 minutes of the visit and are
/// listed with their status.
/// </summary>
[Authorize]
public sealed class ProductionModel(QyzmetDbContext db, ApplicationService applications, ProcedureRegistry registry) : PortalPage
{
    private static readonly string[] Shown = [PassportIdCardService.Accepted, PassportIdCardService.InProduction, PassportIdCardService.ProductionDefect, PassportIdCardService.Ready];

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public IReadOnlyList<Row> TemporaryCards { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>One application with its status text and the officer's next step (trigger and its button label), if any.</summary>
    public sealed record Row(Application Application, string StatusText, string? Trigger, string? Action, string? Note = null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string number, string trigger, CancellationToken ct)
    {
        if (trigger is not "start-production")
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        try
        {
            await applications.FireAsync(SignedInUser, number, trigger, null, ct);
            return Redirect("/population/production");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(ct);
        }
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        if (user.Role is not (Roles.ProviderExecutor or Roles.ProviderHead) || user.UnitId?.StartsWith(MigrationPolice.Prefix, StringComparison.Ordinal) != true)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        var passports = await db.Applications.AsNoTracking()
            .Where(a => a.UnitId == user.UnitId && a.ServiceId == PassportIdCardService.ServiceIdValue && Shown.Contains(a.Status))
            .OrderBy(a => a.SubmittedAt).Take(100).ToListAsync(ct);
        var temporary = await db.Applications.AsNoTracking()
            .Where(a => a.UnitId == user.UnitId && a.ServiceId == TemporaryIdCardService.ServiceIdValue)
            .OrderByDescending(a => a.SubmittedAt).Take(20).ToListAsync(ct);
        var procedure = registry.Get(PassportIdCardService.ServiceIdValue).Procedure;
        // D-625: the factory's reasons for the latest defect, shown where the officer sends the formulyar again.
        var defective = passports.Where(a => a.Status == PassportIdCardService.ProductionDefect).Select(a => a.Id).ToList();
        var reasons = defective.Count == 0 ? [] : (await db.CaseTasks.AsNoTracking()
            .Where(t => defective.Contains(t.ApplicationId) && t.Kind == PassportIdCardService.ProductionTask && t.Positive == false)
            .Select(t => new { t.ApplicationId, t.Round, t.Comment }).ToListAsync(ct))
            .GroupBy(t => t.ApplicationId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Round).Last().Comment);
        Items = [.. passports.Select(a =>
        {
            var trigger = a.Status is PassportIdCardService.Accepted or PassportIdCardService.ProductionDefect && user.Role == Roles.ProviderExecutor
                ? "start-production" : null;
            return new Row(a, procedure.State(a.Status).Label.For(Language.Current), trigger,
                trigger is null ? null : procedure.Label(trigger)?.Action.For(Language.Current), reasons.GetValueOrDefault(a.Id));
        })];
        var temporaryProcedure = registry.Get(TemporaryIdCardService.ServiceIdValue).Procedure;
        TemporaryCards = [.. temporary.Select(a => new Row(a, temporaryProcedure.State(a.Status).Label.For(Language.Current), null, null))];
        return Page();
    }
}
