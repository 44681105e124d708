using System.Security.Claims;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal;

public static class CurrentUser
{
    public const string UnitClaim = "qyzmet:unit";

    /// <summary>How the session was opened (<see cref="AuthMethods"/>).</summary>
    public const string AuthMethodClaim = "amr";

    public static UserInfo? Of(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return id is null || role is null ? null
            : new UserInfo(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, principal.FindFirstValue(UnitClaim))
            {
                AuthMethod = principal.FindFirstValue(AuthMethodClaim),
            };
    }

    public static UserInfo Required(ClaimsPrincipal principal) => Of(principal) ?? throw new QyzmetException(KernelErrors.SignInRequired);

    public static ClaimsPrincipal Principal(UserInfo user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.UnitId is not null)
        {
            claims.Add(new Claim(UnitClaim, user.UnitId));
        }

        if (user.AuthMethod is not null)
        {
            claims.Add(new Claim(AuthMethodClaim, user.AuthMethod));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "qyzmet"));
    }
}
