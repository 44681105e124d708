using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Choose-a-demo-account sign-in for trying the platform (issue 2). Only in the Development environment, and there
/// only while Qyzmet:DevelopmentSignIn is on (the default); everywhere else people sign in with a certificate or a
/// one-time password (issue 3). Sessions it opens are marked <see cref="AuthMethods.Development"/>.
/// </summary>
internal static class DevSignIn
{
    public static bool Enabled(IConfiguration config, IHostEnvironment environment) =>
        environment.IsDevelopment() && config.GetValue("Qyzmet:DevelopmentSignIn", true);

    public static async Task<UserInfo> FindAsync(QyzmetDbContext db, IConfiguration config, IHostEnvironment environment, string id, CancellationToken ct)
    {
        if (!Enabled(config, environment))
        {
            throw new QyzmetException(HostErrors.DevSignInDisabled);
        }

        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Iin == id, ct);
        if (staff is not null)
        {
            return new UserInfo(staff.Iin, staff.FullName, staff.Role, staff.UnitId) { AuthMethod = AuthMethods.Development };
        }

        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == id, ct);
        return person is not null
            ? new UserInfo(person.Iin, person.FullName, Roles.Applicant, null) { AuthMethod = AuthMethods.Development }
            : throw new QyzmetException(HostErrors.UnknownAccount);
    }
}
