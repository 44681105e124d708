namespace Qyzmet.Platform.Cases;

/// <summary>Who is acting, in which role, and why: carried by every state change and written with it.</summary>
public sealed record ProcessContext(string ActorId, string ActorRole, string? Reason = null, string? UnitId = null)
{
    public static ProcessContext System(string reason) => new("system", Identity.Roles.System, reason);
}
