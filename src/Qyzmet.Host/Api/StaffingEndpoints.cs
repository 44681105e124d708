using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Api;

/// <summary>Monitoring of decision D-214: units that can receive work but have nobody for a step of it.</summary>
internal static class StaffingEndpoints
{
    public static void MapStaffingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/staffing", async (UnitStaffing staffing, ProcedureRegistry registry, CancellationToken ct) =>
        {
            var gaps = await staffing.GapsAsync(registry.All, ct);
            return TypedResults.Ok(new { status = gaps.Count == 0 ? "healthy" : "degraded", unstaffedUnits = gaps.Select(g => g.UnitId).Distinct().Order(StringComparer.Ordinal) });
        }).WithTags("Monitoring").WithSummary("'degraded' (still 200) when a unit can receive applications but has no staff for a step of them (D-214)");

        app.MapGet("/api/admin/staffing", async (HttpContext http, UnitStaffing staffing, ProcedureRegistry registry, CancellationToken ct) =>
        {
            if (CurrentUser.Required(http.User).Role != Roles.Administrator)
            {
                throw new QyzmetException(KernelErrors.Forbidden);
            }

            return TypedResults.Ok(await staffing.GapsAsync(registry.All, ct));
        }).WithTags("Monitoring").WithSummary("Units that can receive a service's applications but lack staff for a role it needs, with their open applications; administrators only (D-214)");
    }
}
