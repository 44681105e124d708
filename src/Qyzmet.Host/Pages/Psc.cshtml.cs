using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>
/// The PSC operator's desk (001b.md §4.2 step 1; 002.md §4.2 Condition 1): the operator enters the citizen's IIN, the
/// desk checks it (the IIN is posted, D-639) and shows the person's name and date of birth from the register, and only then offers the services;
/// below, the applications submitted here.
/// </summary>
[Authorize]
public sealed class PscModel(ProcedureRegistry registry, ApplicationService applications, ApplicationViews views, DeskSubjects subjects) : PortalPage
{
    /// <summary>The services that can be applied for, by area (the catalogue's order), for the service choice.</summary>
    public IReadOnlyList<IGrouping<ServiceArea, ServiceStandard>> ServiceGroups { get; private set; } = [];

    public IReadOnlyList<ApplicationDto> Items { get; private set; } = [];

    public string? ApplicantId { get; private set; }

    /// <summary>The person (or company) found in the register for the IIN entered; null until one is found.</summary>
    public RegisteredApplicant? Applicant { get; private set; }

    /// <summary>Why the IIN was refused (wrong number or not in the register), in the page's language.</summary>
    public string? IinError { get; private set; }

    /// <summary>D-639: the person being served, as this operator's desk handle (the address never carries the IIN).</summary>
    public string? Subject { get; private set; }

    /// <summary>The desk with the person a handle names (after identification, or from the queue window's apply link).</summary>
    public async Task<IActionResult> OnGetAsync(string? subject, string? service, CancellationToken ct)
    {
        var user = Operator();
        if (!string.IsNullOrWhiteSpace(subject))
        {
            var iin = subjects.Resolve(user, subject);
            if (iin is null)
            {
                // Another operator's, expired or altered: nothing about anyone, the IIN is asked again (D-639).
                IinError = UiTexts.All["DeskSubjectExpired"].For(Language.Current);
                Response.StatusCode = StatusCodes.Status404NotFound;
                return await DeskAsync(user, ct);
            }

            ApplicantId = iin;
            Subject = subject.Trim();
            await IdentifyAsync(user, ct);
        }

        if (Applicant is not null && !string.IsNullOrEmpty(service) && registry.Find(service) is not null)
        {
            return Redirect($"/apply/{Uri.EscapeDataString(service)}?subject={Uri.EscapeDataString(Subject!)}");
        }

        return await DeskAsync(user, ct);
    }

    /// <summary>The IIN typed by the operator comes in the form's body; the desk answers at an address with the handle (PRG).</summary>
    public async Task<IActionResult> OnPostAsync(string? applicantId, CancellationToken ct)
    {
        var user = Operator();
        ApplicantId = applicantId?.Trim();
        if (string.IsNullOrEmpty(ApplicantId))
        {
            return await DeskAsync(user, ct);
        }

        if (DeskSubjects.IsIdentifier(ApplicantId))
        {
            return Redirect("/psc?subject=" + Uri.EscapeDataString(subjects.Issue(user, ApplicantId)));
        }

        await IdentifyAsync(user, ct); // a malformed number: the identifier's own message, at once and with no read
        return await DeskAsync(user, ct);
    }

    private UserInfo Operator()
    {
        var user = SignedInUser;
        return user.Role == Roles.PscOperator ? user : throw new QyzmetException(KernelErrors.Forbidden);
    }

    private async Task IdentifyAsync(UserInfo user, CancellationToken ct)
    {
        try
        {
            Applicant = await applications.IdentifyAtDeskAsync(user, ApplicantId!, ct);
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            IinError = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }

    private async Task<IActionResult> DeskAsync(UserInfo user, CancellationToken ct)
    {
        ServiceGroups = [.. ServiceCatalog.All.Where(s => registry.Find(s.Id) is not null).GroupBy(s => s.Area).OrderBy(g => g.Key)];
        Items = [.. (await applications.ListWithPaymentsAsync(user, null, Applications.IndexModel.PageSize, ct))
            .Select(i => views.ToDto(i.Application, i.LatestPayment, history: null))];
        return Page();
    }
}
