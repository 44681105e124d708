using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;

namespace Qyzmet.CivilRegistry.Common;

/// <summary>
/// Close kinship proven by the acts on record (004.md §3.5 item 9: a marriage or birth certificate confirms kinship;
/// decision D-606): parents and children by birth, paternity and adoption acts; spouses by a marriage act not followed
/// by a divorce of the same couple.
/// </summary>
internal sealed class KinshipFromActs(QyzmetDbContext db) : IKinshipSource
{
    public async Task<string?> CloseRelationAsync(string personIin, string relativeIin, CancellationToken ct)
    {
        var acts = db.Set<CivilAct>().AsNoTracking();
        string[] parentKinds = [CivilActKind.Birth, CivilActKind.Paternity, CivilActKind.Adoption];
        if (await acts.AnyAsync(a => parentKinds.Contains(a.Kind) && a.SubjectIin == personIin
            && (a.FatherIin == relativeIin || a.MotherIin == relativeIin || a.AdoptiveFatherIin == relativeIin || a.AdoptiveMotherIin == relativeIin), ct))
        {
            return Kinship.Parent;
        }

        if (await acts.AnyAsync(a => parentKinds.Contains(a.Kind) && a.SubjectIin == relativeIin
            && (a.FatherIin == personIin || a.MotherIin == personIin || a.AdoptiveFatherIin == personIin || a.AdoptiveMotherIin == personIin), ct))
        {
            return Kinship.Child;
        }

        var couple = await acts.Where(a => (a.Kind == CivilActKind.Marriage || a.Kind == CivilActKind.Divorce)
                && ((a.HusbandIin == personIin && a.WifeIin == relativeIin) || (a.HusbandIin == relativeIin && a.WifeIin == personIin)))
            .Select(a => new { a.Kind, a.ActDate }).ToListAsync(ct);
        var married = couple.Where(a => a.Kind == CivilActKind.Marriage).Select(a => (DateOnly?)a.ActDate).Max();
        var divorced = couple.Where(a => a.Kind == CivilActKind.Divorce).Select(a => (DateOnly?)a.ActDate).Max();
        return married is not null && (divorced is null || divorced < married) ? Kinship.Spouse : null;
    }
}
