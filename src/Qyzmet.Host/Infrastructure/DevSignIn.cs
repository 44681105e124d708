using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Choose-a-demo-account sign-in for trying the platform (issue 2). Controlled by Qyzmet:DevelopmentSignIn
/// (on by default); a deployment for real citizens turns it off and uses EDS/OTP sign-in instead.
/// </summary>
internal static class DevSignIn
{
    public static bool Enabled(IConfiguration config) => config.GetValue("Qyzmet:DevelopmentSignIn", true);

    public static async Task<UserInfo> FindAsync(QyzmetDbContext db, IConfiguration config, string id, CancellationToken ct)
    {
        if (!Enabled(config))
        {
            throw new QyzmetException(HostErrors.DevSignInDisabled);
        }

        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Iin == id, ct);
        if (staff is not null)
        {
            return new UserInfo(staff.Iin, staff.FullName, staff.Role, staff.UnitId);
        }

        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == id, ct);
        return person is not null
            ? new UserInfo(person.Iin, person.FullName, Roles.Applicant, null)
            : throw new QyzmetException(HostErrors.UnknownAccount);
    }
}
