using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Features.CaptureBiometrics;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;

namespace Qyzmet.PopulationDocuments.Pages.Population;

/// <summary>
/// The registration-point workstation at the centre (004.md §2.1 ХҚТ ТП АЖ; §3.1–§3.5 item 3): the operator enters the
/// citizen's IIN, the person's name and date of birth are read from the register (the read is in the person's access log,
/// D-305), and only then the five services open, each on its form with every field the standard requires. Below are the
/// person's population applications: the S1 photograph and signature capture (D-618), the coupon or receipt to print, and
/// the hand-over of a ready document against the coupon (004.md §3.1 item 6, D-617).
/// </summary>
[Authorize]
public sealed class WorkstationModel(ApplicationService applications, QyzmetDbContext db, ProcedureRegistry registry) : PortalPage
{
    public static readonly string[] Services =
    [
        PassportIdCardService.ServiceIdValue,
        Features.IssueTemporaryIdCard.TemporaryIdCardService.ServiceIdValue,
        Features.RegisterResidence.ResidenceRegistrationService.ServiceIdValue,
        Features.DeregisterResidence.DeregistrationService.ServiceIdValue,
        Features.IssueAddressReference.AddressReferenceService.ServiceIdValue,
    ];

    /// <summary>The IIN being served: typed and posted by the operator, or named by <see cref="Subject"/>; never in the address.</summary>
    public string? Iin { get; private set; }

    /// <summary>D-639: the person being served as this operator's desk handle (the workstation's addresses carry it, not the IIN).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    public RegisteredApplicant? Person { get; private set; }

    public string? IinError { get; private set; }

    public string? Message { get; private set; }

    public bool Done { get; private set; }

    /// <summary>D-628: the application the operator has just submitted from this workstation (back from the form).</summary>
    public Application? Submitted { get; private set; }

    public IReadOnlyList<Row> Items { get; private set; } = [];

    /// <summary>One application of the person with what the workstation may still do with it.</summary>
    public sealed record Row(Application Application, string ServiceName, string StatusText, bool IsPassport, IReadOnlyDictionary<string, Guid> Biometrics)
    {
        public bool CanCapture => IsPassport && BiometricCapture.OpenStatuses.Contains(Application.Status);

        public bool CanHandOver => IsPassport && Application.Status == PassportIdCardService.Ready;
    }

    public static string ServiceName(string id) => ServiceCatalog.Find(id)?.Name.For(Language.Current) ?? id;

    public async Task<IActionResult> OnGetAsync(bool? done, string? submitted, CancellationToken ct)
    {
        Done = done == true;
        var page = await LoadAsync(ct);
        // Only a number of this person's population applications is confirmed (the list just read holds them).
        Submitted = Items.Select(r => r.Application).FirstOrDefault(a => a.Number == submitted?.Trim());
        return page;
    }

    /// <summary>The IIN typed by the operator comes in the form's body; the workstation answers at an address with the handle (PRG).</summary>
    public async Task<IActionResult> OnPostAsync(string? iin, CancellationToken ct)
    {
        Iin = iin?.Trim();
        Subject = null;
        if (SignedInUser.Role == Roles.PscOperator && DeskSubjects.IsIdentifier(Iin))
        {
            // The register is read on the page the handle opens: one identification, one read in the access log (D-305).
            Subject = HttpContext.RequestServices.GetRequiredService<DeskSubjects>().Issue(SignedInUser, Iin);
            return Redirect(Self(done: false));
        }

        return await LoadAsync(ct); // a malformed number: the identifier's message, with no read
    }

    /// <summary>The photograph or signature of an S1 application, checked as the API checks it (D-618).</summary>
    public async Task<IActionResult> OnPostBiometricAsync(string number, string kind, IFormFile? file, CancellationToken ct)
    {
        try
        {
            var content = await BiometricFiles.ReadAsync(kind, file, ct);

            await HttpContext.RequestServices.GetRequiredService<BiometricCapture>().AddAsync(SignedInUser, number, kind, content, ct);
            return Redirect(Self(done: true));
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(ct);
        }
    }

    /// <summary>Hands the ready document over against the coupon (004.md §3.1 item 6).</summary>
    public async Task<IActionResult> OnPostHandOverAsync(string number, string? coupon, string? receivedBy, string? representativeIin, string? powerOfAttorney, CancellationToken ct)
    {
        try
        {
            await HttpContext.RequestServices.GetRequiredService<HandOverDesk>()
                .HandOverAsync(SignedInUser, number, new HandOverRequest(coupon, receivedBy, representativeIin, powerOfAttorney), ct);
            return Redirect(Self(done: true));
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(ct);
        }
    }

    private string Self(bool done) => "/population/psc?subject=" + Uri.EscapeDataString(Subject ?? "") + (done ? "&done=true" : "");

    /// <summary>The address of an application form for the person, coming back here with the number (D-628, D-639).</summary>
    public string ApplyLink(string serviceId) =>
        $"/apply/{serviceId}?subject={Uri.EscapeDataString(Subject ?? "")}&returnTo={Uri.EscapeDataString("/population/psc?subject=" + Subject)}";

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        if (Iin is null && !string.IsNullOrWhiteSpace(Subject))
        {
            Iin = HttpContext.RequestServices.GetRequiredService<DeskSubjects>().Resolve(user, Subject);
            if (Iin is null)
            {
                // Another operator's, expired or altered handle: nothing about anyone, the IIN is asked again (D-639).
                Subject = null;
                IinError = UiTexts.All["DeskSubjectExpired"].For(Language.Current);
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
        }

        Iin = Iin?.Trim();
        if (string.IsNullOrEmpty(Iin))
        {
            return Page();
        }

        try
        {
            Person = await applications.IdentifyAtDeskAsync(user, Iin, ct);
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            IinError = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (Person.IsLegalEntity)
        {
            // S1–S5 at the centre serve individuals (004.md §3.0); a company's address reference goes through the portal.
            IinError = CaseErrors.ApplicantRequired.Message.For(Language.Current);
            Person = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Subject ??= HttpContext.RequestServices.GetRequiredService<DeskSubjects>().Issue(user, Person.Id);
        var apps = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == Person.Id && Services.Contains(a.ServiceId))
            .OrderByDescending(a => a.SubmittedAt).Take(20).ToListAsync(ct);
        var capture = HttpContext.RequestServices.GetRequiredService<BiometricCapture>();
        var rows = new List<Row>();
        foreach (var a in apps)
        {
            var passport = a.ServiceId == PassportIdCardService.ServiceIdValue;
            rows.Add(new Row(a, ServiceName(a.ServiceId), registry.Get(a.ServiceId).Procedure.State(a.Status).Label.For(Language.Current), passport,
                passport ? await capture.PresentAsync(a.Id, ct) : new Dictionary<string, Guid>()));
        }

        Items = rows;
        return Page();
    }
}
