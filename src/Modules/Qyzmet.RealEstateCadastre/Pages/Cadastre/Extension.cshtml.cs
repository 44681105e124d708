using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;

namespace Qyzmet.RealEstateCadastre.Pages.Cadastre;

/// <summary>
/// 000.md para 5: the provider may extend the term only with the applicant's agreement. The applicant reads the
/// proposed date and reason here and agrees (or simply does not, and the original due date stands).
/// </summary>
[Authorize]
public sealed class ExtensionModel(QyzmetDbContext db, ApplicationService applications, InspectionDesk desk) : PortalPage
{
    public string Number { get; private set; } = "";

    public DateOnly? CurrentDueOn { get; private set; }

    public TermExtension? Proposal { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        await LoadAsync(number, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        try
        {
            await desk.AgreeExtensionAsync(SignedInUser, number, ct);
            return Redirect("/applications/" + Uri.EscapeDataString(number));
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            Error = e.LocalizedMessage(Language.Current);
        }

        await LoadAsync(number, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(string number, CancellationToken ct)
    {
        // The access rule of every application: someone else's number is not found.
        var app = await applications.FindVisibleAsync(SignedInUser, number, tracking: false, ct);
        Number = app.Number;
        CurrentDueOn = app.DueOn;
        Proposal = await db.Set<TermExtension>().AsNoTracking().Where(x => x.ApplicationId == app.Id && x.AgreedAt == null)
            .OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
    }
}
