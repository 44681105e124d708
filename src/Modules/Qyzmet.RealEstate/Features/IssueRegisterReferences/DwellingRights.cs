using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;
using Qyzmet.RealEstate.Domain;

namespace Qyzmet.RealEstate.Features.IssueRegisterReferences;

/// <summary>
/// The rights register answering the population area's question "who owns this dwelling" (004.md §3.3 item 9.2: the
/// provider obtains the right-to-live document from the relevant state IS; decision D-604).
/// </summary>
internal sealed class DwellingRights(QyzmetDbContext db) : IDwellingRightsSource
{
    public async Task<IReadOnlyList<string>> CurrentOwnersAsync(string cadastralNumber, CancellationToken ct) =>
        await db.Set<RealEstateRight>().AsNoTracking()
            .Where(r => r.CadastralNumber == cadastralNumber && r.Kind == RightKinds.Ownership && r.EndedAt == null)
            .Select(r => r.HolderId).Distinct().ToListAsync(ct);
}
