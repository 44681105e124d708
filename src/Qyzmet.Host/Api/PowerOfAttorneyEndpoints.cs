using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Api;

internal sealed record RegisterPowerOfAttorneyRequest(string? Bin, string? RepresentativeIin, string? Number, DateOnly? IssuedOn, DateOnly? ValidUntil);

public sealed record PowerOfAttorneyDto(Guid Id, string Bin, string RepresentativeIin, string Number, DateOnly IssuedOn, DateOnly ValidUntil,
    DateTime RegisteredAt, DateTime? RevokedAt)
{
    public static PowerOfAttorneyDto Of(PowerOfAttorney p) => new(p.Id, p.Bin, p.RepresentativeIin, p.Number, p.IssuedOn, p.ValidUntil, p.RegisteredAt, p.RevokedAt);
}

/// <summary>The register of powers of attorney (decision D-308): administrators and PSC operators register, revoke and list.</summary>
internal static class PowerOfAttorneyEndpoints
{
    public static void MapPowerOfAttorneyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/registries/powers-of-attorney").WithTags("Registries");
        group.MapGet("", async (string? bin, Guid? after, int? limit, HttpContext http, PowersOfAttorney powers, CancellationToken ct) =>
        {
            RequireRegistrar(http);
            if (string.IsNullOrWhiteSpace(bin))
            {
                throw new QyzmetException(KernelErrors.Validation) { Fields = { ["bin"] = new("БСН-ді көрсетіңіз.", "Укажите БИН.", "Give the legal entity's BIN.") } };
            }

            return TypedResults.Ok((await powers.ListAsync(bin.Trim(), after, limit ?? 100, ct)).Select(PowerOfAttorneyDto.Of));
        }).WithSummary("A legal entity's powers of attorney (administrators, PSC operators), by id; pass the last id as 'after' for the next page");
        group.MapPost("", async (RegisterPowerOfAttorneyRequest body, HttpContext http, PowersOfAttorney powers, CancellationToken ct) =>
        {
            var user = RequireRegistrar(http);
            var row = await powers.RegisterAsync(new PowerOfAttorneyInput(body.Bin, body.RepresentativeIin, body.Number, body.IssuedOn, body.ValidUntil),
                new ProcessContext(user.Id, user.Role, "power of attorney registered", user.UnitId), ct);
            return TypedResults.Created($"/api/registries/powers-of-attorney?bin={row.Bin}", PowerOfAttorneyDto.Of(row));
        }).WithSummary("Register a power of attorney: the representative may then apply for the legal entity until 'validUntil' (audited)");
        group.MapPost("/{id:guid}/revoke", async (Guid id, HttpContext http, PowersOfAttorney powers, CancellationToken ct) =>
        {
            var user = RequireRegistrar(http);
            return TypedResults.Ok(PowerOfAttorneyDto.Of(await powers.RevokeAsync(id, new ProcessContext(user.Id, user.Role, "power of attorney revoked", user.UnitId), ct)));
        }).WithSummary("Revoke a power of attorney: from now on the representative's applications for the entity are refused (TRUST-0021; audited)");
    }

    private static UserInfo RequireRegistrar(HttpContext http)
    {
        var user = CurrentUser.Required(http.User);
        return user.Role is Roles.Administrator or Roles.PscOperator ? user : throw new QyzmetException(KernelErrors.Forbidden);
    }
}
