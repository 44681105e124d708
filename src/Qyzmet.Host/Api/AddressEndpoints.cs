using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Registries;

namespace Qyzmet.Host.Api;

/// <summary>
/// The address register's read API (issue 14 item 6; ADR 0026): one address by its registration code, and the addresses of
/// a settlement (and street) in keyset pages. Signed-in users only; never more than one page is read.
/// </summary>
internal static class AddressEndpoints
{
    public static void MapAddressEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/addresses").WithTags("Address register");

        group.MapGet("/{code}", async (string code, HttpContext http, IAddressRegister register, CancellationToken ct) =>
        {
            CurrentUser.Required(http.User);
            var address = await register.FindAsync(code, ct) ?? throw new QyzmetException(AddressErrors.NotFound, code);
            return TypedResults.Ok(View(address));
        }).WithSummary("One address of the register by its 16-digit registration code (RKA): its parts and its text in kk and ru (404 ADDR-0003 when unknown)");

        group.MapGet("", async (string? settlement, string? street, string? after, int? limit, HttpContext http, IAddressRegister register, CancellationToken ct) =>
        {
            CurrentUser.Required(http.User);
            var page = await register.SearchAsync(settlement, street, after, limit, ct);
            return TypedResults.Ok(new { items = page.Items.Select(View), next = page.Next });
        }).WithSummary("Addresses of a settlement (and street), named exactly as the register writes them in kk or ru, in code order; keyset paging: pass the answer's 'next' as 'after' (limit 1-100, default 20)");
    }

    private static object View(RegisteredAddress a) => new
    {
        code = a.Id,
        a.RegionCode,
        region = new { kk = a.RegionKk, ru = a.RegionRu },
        district = a.DistrictKk is null && a.DistrictRu is null ? null : new { kk = a.DistrictKk, ru = a.DistrictRu },
        settlement = new { kk = a.SettlementKk, ru = a.SettlementRu },
        street = new { kk = a.StreetKk, ru = a.StreetRu },
        a.Building,
        a.Apartment,
        a.CadastralNumber,
        text = new { kk = a.TextKk, ru = a.TextRu },
    };
}
