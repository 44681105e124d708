using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;

namespace Qyzmet.CivilRegistry.Features.MarriageApplication;

/// <summary>
/// The facts that prevent marriage registration (001a.md §3.2 refusal ground 3; the facts themselves are not listed
/// there — decisions.md D-207 takes them from the Code on Marriage and Family, art. 10–11), checked against the registry.
/// </summary>
internal static class MarriageImpediments
{
    public const int MinimumAge = 18;

    public static async Task<LocalizedText?> FindAsync(QyzmetDbContext db, Person a, Person b, DateOnly date, CancellationToken ct)
    {
        // Order (D-207): the facts that can never change first, then the current marriage.
        if (a.Sex == b.Sex)
        {
            return MarriageTexts.SameSex;
        }

        foreach (var p in new[] { a, b })
        {
            if (AgeOn(p.BirthDate, date) < MinimumAge)
            {
                return MarriageTexts.UnderAge(p.FullName, date);
            }
        }

        var acts = db.Set<CivilAct>().AsNoTracking();
        var iins = new[] { a.Iin, b.Iin };
        var births = await acts.Where(x => (x.Kind == CivilActKind.Birth || x.Kind == CivilActKind.Paternity) && x.SubjectIin != null && iins.Contains(x.SubjectIin))
            .Select(x => new { x.SubjectIin, x.FatherIin, x.MotherIin }).ToListAsync(ct);
        HashSet<string> ParentsOf(string iin) =>
            [.. births.Where(x => x.SubjectIin == iin).SelectMany(x => new[] { x.FatherIin, x.MotherIin }).OfType<string>()];
        var parentsA = ParentsOf(a.Iin);
        var parentsB = ParentsOf(b.Iin);
        if (parentsA.Contains(b.Iin) || parentsB.Contains(a.Iin))
        {
            return MarriageTexts.ParentAndChild;
        }

        if (parentsA.Overlaps(parentsB))
        {
            return MarriageTexts.Siblings;
        }

        var adopted = await acts.AnyAsync(x => x.Kind == CivilActKind.Adoption
            && ((x.SubjectIin == a.Iin && (x.AdoptiveFatherIin == b.Iin || x.AdoptiveMotherIin == b.Iin))
                || (x.SubjectIin == b.Iin && (x.AdoptiveFatherIin == a.Iin || x.AdoptiveMotherIin == a.Iin))), ct);
        if (adopted)
        {
            return MarriageTexts.Adoption;
        }

        foreach (var p in new[] { a, b })
        {
            if (await HasUndissolvedMarriageAsync(acts, p.Iin, ct))
            {
                return MarriageTexts.ExistingMarriage(p.FullName);
            }
        }

        return null;
    }

    /// <summary>A marriage act of the person with no divorce act of the same couple on or after its date (one query).</summary>
    private static Task<bool> HasUndissolvedMarriageAsync(IQueryable<CivilAct> acts, string iin, CancellationToken ct) =>
        acts.AnyAsync(m => m.Kind == CivilActKind.Marriage && (m.HusbandIin == iin || m.WifeIin == iin)
            && !acts.Any(d => d.Kind == CivilActKind.Divorce && d.HusbandIin == m.HusbandIin && d.WifeIin == m.WifeIin && d.ActDate >= m.ActDate), ct);

    private static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }
}
