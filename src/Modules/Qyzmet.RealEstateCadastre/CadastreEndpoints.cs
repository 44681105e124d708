using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Desk;
using Qyzmet.Platform.Identity;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.CorrectOnRenaming;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre;

public sealed record ExtensionRequest(DateOnly? DueOn, string? Reason);

/// <summary>The cadastre's own endpoints: the register, inventory files, the inspection desk, prices and P2 decisions.</summary>
internal static class CadastreEndpoints
{
    private static readonly string[] CadastreStaff = [Roles.Inspector, Roles.ProviderHead, Roles.ArchiveClerk, Roles.ProviderExecutor, Roles.Administrator];

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cadastre").WithTags("Real-estate cadastre");

        g.MapGet("/objects/{number}", async (string number, HttpContext http, CadastreRegistry registry, QyzmetDbContext db, CancellationToken ct) =>
        {
            var user = Required(http.User);
            var o = await registry.GetAsync(number, tracking: false, ct);
            var holder = o.Holders.Any(h => h.HolderId == user.Id);
            var passport = await registry.CurrentAsync(o.Id, InventoryKinds.Passport, ct);
            // Para 6: a passport withheld until the additional payment is not shown by its document (verification and
            // download give 404 for it anyway); its owner gets the download link once it is released.
            var document = passport?.DocumentId is { } documentId
                ? await db.ReleasedDocuments.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.Id, d.OwnerId }).SingleOrDefaultAsync(ct)
                : null;
            return Results.Ok(new
            {
                o.CadastralNumber,
                o.LandPlotNumber,
                o.ParentNumber,
                o.Kind,
                kindLabel = ObjectKinds.Label(o.Kind),
                primary = o.ParentNumber is null,
                address = o.Address,
                o.AddressCode,
                o.Settlement,
                o.Street,
                o.BuildingNumber,
                o.PremisesNumber,
                o.TotalArea,
                o.LivingArea,
                o.BuiltUpArea,
                o.FloorsAbove,
                o.FloorsBelow,
                o.Floor,
                o.RoomCount,
                o.YearBuilt,
                o.WallMaterial,
                o.CeilingHeight,
                o.LandPlotArea,
                o.Utilities,
                serviceStructures = o.ServiceStructures.OrderBy(s => s.Letter, StringComparer.Ordinal).Select(s => new { s.Letter, s.NameKk, s.NameRu, s.WallMaterial, s.Area, s.Height, s.YearBuilt }),
                // Right holders are shown to themselves and to staff only.
                holders = holder || user.IsStaff ? o.Holders.Select(h => new { h.HolderId, h.HolderName, h.SharePercent, h.Since }) : null,
                passport = passport is null ? null : new
                {
                    passport.Id,
                    documentId = document?.Id,
                    documentUrl = document is not null && document.OwnerId == user.Id ? $"/api/documents/{document.Id}" : null,
                    passport.FiledAt,
                },
            });
        }).WithSummary("A real-estate object of the cadastre with its technical data (App. 9, 10) and current passport");

        g.MapGet("/objects/{number}/inventory", async (string number, long? after, HttpContext http, CadastreRegistry registry, QyzmetDbContext db, CancellationToken ct) =>
        {
            RequireRole(Required(http.User), CadastreStaff);
            var o = await registry.GetAsync(number, tracking: false, ct);
            var entries = await db.Set<InventoryEntry>().AsNoTracking().Where(e => e.ObjectId == o.Id && e.Id > (after ?? 0)).OrderBy(e => e.Id).Take(100)
                .Select(e => new { e.Id, e.FiledAt, e.Kind, e.Title, e.SupersedesId, e.ApplicationId, e.DocumentId, e.FiledBy, hasDrawing = e.Drawing != null, e.ContentJson })
                .ToListAsync(ct);
            var ids = entries.Select(e => e.Id).ToList();
            var documentIds = entries.Where(e => e.DocumentId != null).Select(e => e.DocumentId!.Value).ToList();
            var released = await db.ReleasedDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
            var superseded = await db.Set<InventoryEntry>().AsNoTracking().Where(e => e.SupersedesId != null && ids.Contains(e.SupersedesId.Value))
                .Select(e => e.SupersedesId!.Value).ToListAsync(ct);
            return Results.Ok(entries.Select(e => new
            {
                e.Id,
                e.FiledAt,
                e.Kind,
                e.Title,
                e.SupersedesId,
                cancelled = superseded.Contains(e.Id),
                e.ApplicationId,
                // Para 6: a withheld document is listed by nobody until it is released.
                documentId = e.DocumentId is { } d && released.Contains(d) ? e.DocumentId : null,
                withheld = e.DocumentId is { } w && !released.Contains(w),
                e.FiledBy,
                e.hasDrawing,
                content = System.Text.Json.JsonDocument.Parse(e.ContentJson).RootElement,
            }));
        }).WithSummary("The object's inventory file (App. 8), in chronological order, cancelled materials included (keyset: after=id)");

        g.MapGet("/objects/{number}/inventory/{id:long}/drawing", async (string number, long id, HttpContext http, CadastreRegistry registry, QyzmetDbContext db, CancellationToken ct) =>
        {
            RequireRole(Required(http.User), CadastreStaff);
            var o = await registry.GetAsync(number, tracking: false, ct);
            var e = await db.Set<InventoryEntry>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.ObjectId == o.Id, ct);
            return e?.Drawing is null ? Results.NotFound() : Results.File(e.Drawing, e.DrawingType ?? "application/octet-stream");
        }).WithSummary("The drawing of an inventory-file material (the abris)");

        g.MapGet("/objects/{number}/history", async (string number, HttpContext http, CadastreRegistry registry, QyzmetDbContext db, CancellationToken ct) =>
        {
            Required(http.User);
            var o = await registry.GetAsync(number, tracking: false, ct);
            var corrections = await db.Set<InventoryEntry>().AsNoTracking().Where(e => e.ObjectId == o.Id && e.Kind == InventoryKinds.Correction)
                .OrderBy(e => e.Id).Take(200).ToListAsync(ct);
            return Results.Ok(corrections.Select(e => new { e.Id, e.FiledAt, e.Title, changes = System.Text.Json.JsonDocument.Parse(e.ContentJson).RootElement }));
        }).WithSummary("Corrections of the object's identification data with old and new values (P2 and inspection findings)");

        g.MapPost("/applications/{number}/inspection", async (string number, InspectionRecord body, HttpContext http, InspectionDesk desk, CancellationToken ct) =>
        {
            await desk.RecordInspectionAsync(Required(http.User), number, body, ct);
            return Results.NoContent();
        }).WithSummary("Inspector: record the visit and the measurements (para 7 steps 1–5)");

        g.MapPost("/applications/{number}/abris", async (string number, AbrisRequest body, HttpContext http, InspectionDesk desk, CancellationToken ct) =>
            Results.Ok(new { id = await desk.AttachAbrisAsync(Required(http.User), number, body, ct) }))
            .WithSummary("Inspector: attach the abris (App. 7); a new abris supersedes the previous one, which is kept");

        g.MapPost("/applications/{number}/extension", async (string number, ExtensionRequest body, HttpContext http, InspectionDesk desk, CancellationToken ct) =>
        {
            var x = await desk.ProposeExtensionAsync(Required(http.User), number,
                body.DueOn ?? throw new QyzmetException(CadastreErrors.ExtensionNotLater, "—"), body.Reason ?? "", ct);
            return Results.Ok(new { x.Id, proposedDueOn = x.ProposedDueOn.ToString("yyyy-MM-dd") });
        }).WithSummary("Provider: propose a later due date (para 5); it applies once the applicant agrees");

        g.MapPost("/applications/{number}/extension/agree", async (string number, HttpContext http, InspectionDesk desk, CancellationToken ct) =>
        {
            var a = await desk.AgreeExtensionAsync(Required(http.User), number, ct);
            return Results.Ok(new { a.Number, dueOn = a.DueOn?.ToString("yyyy-MM-dd") });
        }).WithSummary("Applicant: agree to the proposed extension");

        g.MapGet("/desk", async (HttpContext http, string? after, int? limit, DeskQueue queue, CancellationToken ct) =>
        {
            var user = Required(http.User);
            RequireRole(user, CadastreStaff);
            // Issue 16 item 5, issue 11: the platform's workbench queue, filtered in the database by unit and the role's
            // steps (never the unit's newest N filtered afterwards), the oldest due first; the next page's cursor in Link.
            var page = await queue.ListAsync(user, new DeskFilter(After: after, Limit: limit), CadastreDesk.Services, ct);
            if (page.Next is { } next)
            {
                http.Response.Headers.Link = $"</api/cadastre/desk?after={next}>; rel=\"next\"";
            }

            return Results.Ok(page.Items.Select(a => new
            {
                a.Number,
                a.ServiceId,
                a.Status,
                a.ApplicantName,
                a.SubmittedAt,
                dueOn = a.DueOn?.ToString("yyyy-MM-dd"),
                a.Overdue,
                a.DueToday,
                actions = a.Actions.Select(t => t.Trigger),
            }));
        }).WithSummary("The technical-inspection desk: applications of my unit waiting for my role, the oldest due first (next page: the Link header)");

        g.MapPost("/renaming-decisions", async (RenamingDecisionRequest body, HttpContext http, RenamingCorrections corrections, CancellationToken ct) =>
        {
            var d = await corrections.LoadAsync(Required(http.User), body, ct);
            return Results.Created($"/api/cadastre/renaming-decisions/{d.Id}", new { d.Id, d.Number, dueOn = d.DueOn.ToString("yyyy-MM-dd") });
        }).WithSummary("Administrator: load a local bodies' renaming or renumbering decision (P2); corrections run in batches");

        g.MapPost("/renaming-decisions/run", async (HttpContext http, RenamingCorrections corrections, CancellationToken ct) =>
        {
            RequireRole(Required(http.User), [Roles.Administrator]);
            return Results.Ok(new { corrected = await corrections.RunBatchAsync(ct) });
        }).WithSummary("Administrator: run the next correction batch now (the background job does it every 30 seconds)");

        g.MapGet("/renaming-decisions/{id:long}", async (long id, HttpContext http, QyzmetDbContext db, CancellationToken ct) =>
        {
            Required(http.User);
            var d = await db.Set<RenamingDecision>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new QyzmetException(CadastreErrors.DecisionNotFound, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Results.Ok(new { d.Id, d.Number, d.Kind, d.OldValue, d.NewValue, dueOn = d.DueOn.ToString("yyyy-MM-dd"), d.CorrectedCount, d.CompletedAt });
        }).WithSummary("A renaming decision and its progress");
    }

    private static UserInfo Required(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return principal.Identity?.IsAuthenticated != true || id is null || role is null
            ? throw new QyzmetException(KernelErrors.SignInRequired)
            : new UserInfo(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, principal.FindFirstValue("qyzmet:unit"));
    }

    private static void RequireRole(UserInfo user, string[] roles)
    {
        if (!roles.Contains(user.Role))
        {
            throw new QyzmetException(CadastreErrors.Forbidden, string.Join(", ", roles));
        }
    }
}
