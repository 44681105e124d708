using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Platform.Data;

namespace Qyzmet.CivilRegistry.Common;

/// <summary>
/// Finds the applicant's own act matching what they stated (decisions.md D-003, D-201): dates are compared exactly,
/// the surname before a change case-insensitively; free-text places and names are not compared.
/// </summary>
internal static class ActFinder
{
    public static async Task<CivilAct?> FindAsync(QyzmetDbContext db, string iin, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var acts = db.Set<CivilAct>().AsNoTracking();
        switch (form["kind"])
        {
            case CivilActKind.Birth:
                var birthDate = ParseDate(form["birthDate"]);
                return await acts.Where(a => a.Kind == CivilActKind.Birth && a.SubjectIin == iin && a.SubjectBirthDate == birthDate)
                    .OrderByDescending(a => a.ActDate).FirstOrDefaultAsync(ct);
            case CivilActKind.Marriage:
                var marriageDate = ParseDate(form["marriageDate"]);
                return await acts.Where(a => a.Kind == CivilActKind.Marriage && (a.HusbandIin == iin || a.WifeIin == iin) && a.ActDate == marriageDate)
                    .OrderByDescending(a => a.ActDate).FirstOrDefaultAsync(ct);
            case CivilActKind.Divorce:
                var dissolved = ParseDate(form["marriageDate"]);
                return await acts.Where(a => a.Kind == CivilActKind.Divorce && (a.HusbandIin == iin || a.WifeIin == iin) && a.MarriageDate == dissolved)
                    .OrderByDescending(a => a.ActDate).FirstOrDefaultAsync(ct);
            case CivilActKind.Paternity:
                // D-201: the child's date of birth; the applicant is the child, the father or the mother.
                var childBorn = ParseDate(form["childBirthDate"]);
                return await acts.Where(a => a.Kind == CivilActKind.Paternity && a.SubjectBirthDate == childBorn
                        && (a.SubjectIin == iin || a.FatherIin == iin || a.MotherIin == iin))
                    .OrderByDescending(a => a.ActDate).FirstOrDefaultAsync(ct);
            case CivilActKind.Adoption:
                // D-201: the child's date of birth; the applicant is the adopted child or an adoptive parent.
                var adoptedBorn = ParseDate(form["childBirthDate"]);
                return await acts.Where(a => a.Kind == CivilActKind.Adoption && a.SubjectBirthDate == adoptedBorn
                        && (a.SubjectIin == iin || a.AdoptiveFatherIin == iin || a.AdoptiveMotherIin == iin))
                    .OrderByDescending(a => a.ActDate).FirstOrDefaultAsync(ct);
            default:
                var before = form["surnameBefore"].Trim().ToUpperInvariant();
                var candidates = await acts.Where(a => a.Kind == CivilActKind.NameChange && a.SubjectIin == iin)
                    .OrderByDescending(a => a.ActDate).Take(20).ToListAsync(ct);
                return candidates.FirstOrDefault(a => string.Equals(a.LastNameBefore?.Trim(), before, StringComparison.OrdinalIgnoreCase));
        }
    }

    public static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
