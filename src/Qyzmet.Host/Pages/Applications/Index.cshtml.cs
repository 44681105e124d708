using Microsoft.AspNetCore.Authorization;
using Qyzmet.Host.Api;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages.Applications;

/// <summary>The signed-in user's applications, newest first, a page at a time (keyset cursor as in the API).</summary>
[Authorize]
public sealed class IndexModel(ApplicationService applications, ApplicationViews views) : PortalPage
{
    public const int PageSize = 20;

    public IReadOnlyList<ApplicationDto> Items { get; private set; } = [];

    public string? Next { get; private set; }

    public async Task OnGetAsync(string? after, CancellationToken ct)
    {
        var page = await applications.ListWithPaymentsAsync(SignedInUser, Cursor.Decode(after), PageSize, ct);
        Items = [.. page.Select(i => views.ToDto(i.Application, i.LatestPayment, history: null))];
        Next = page.Count == PageSize ? Cursor.Encode(page[^1].Application.SubmittedAt, page[^1].Application.Id) : null;
    }
}
