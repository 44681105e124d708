namespace Qyzmet.Platform.Identity;

/// <summary>The signed-in person: an applicant (by IIN) or a staff member with a role and a unit.</summary>
public sealed record UserInfo(string Id, string Name, string Role, string? UnitId)
{
    public bool IsApplicant => Role == Roles.Applicant;

    public bool IsStaff => !IsApplicant;
}
