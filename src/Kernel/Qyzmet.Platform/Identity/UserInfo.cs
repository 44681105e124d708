namespace Qyzmet.Platform.Identity;

/// <summary>The signed-in person: an applicant (by IIN) or a staff member with a role and a unit.</summary>
public sealed record UserInfo(string Id, string Name, string Role, string? UnitId)
{
    public bool IsApplicant => Role == Roles.Applicant;

    public bool IsStaff => !IsApplicant;

    /// <summary>How the session was opened (<see cref="AuthMethods"/>); null when unknown.</summary>
    public string? AuthMethod { get; init; }
}

/// <summary>How a session was opened.</summary>
public static class AuthMethods
{
    /// <summary>The development sign-in (choose a demo account; Development environment only).</summary>
    public const string Development = "dev";

    /// <summary>A challenge signed with the authentication key of a certificate of the platform CA.</summary>
    public const string Certificate = "certificate";

    /// <summary>IIN and a one-time password sent to the registered mobile number.</summary>
    public const string Otp = "otp";
}
