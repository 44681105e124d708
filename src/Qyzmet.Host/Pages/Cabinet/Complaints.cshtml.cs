using Microsoft.AspNetCore.Authorization;
using Qyzmet.Platform.Complaints;

namespace Qyzmet.Host.Pages.Cabinet;

/// <summary>
/// "My complaints" (D-731; 004.md §4.10 "Portal variant": the personal cabinet shows each complaint's registration, term,
/// execution and answer): every complaint of the signed-in person, on an application or about a unit, newest first.
/// </summary>
[Authorize]
public sealed class ComplaintsModel(ComplaintService complaints) : PortalPage
{
    public const int PageSize = 20;

    public IReadOnlyList<ComplaintView> Rows { get; private set; } = [];

    /// <summary>The complaint number the next page continues after (keyset); null on the last page.</summary>
    public string? Next { get; private set; }

    /// <summary>The number of the complaint just filed from <c>/complaints/new</c>, to confirm it.</summary>
    public string? Filed { get; private set; }

    public async Task OnGetAsync(string? after, string? filed, CancellationToken ct)
    {
        // Staff are refused (403 page): the list is the person's own (ComplaintService.MineAsync).
        var page = await complaints.MineAsync(SignedInUser, after, PageSize, ct);
        Rows = page.Items;
        Next = page.Next;
        Filed = Rows.Any(r => r.Complaint.Number == filed) ? filed : null;
    }
}
