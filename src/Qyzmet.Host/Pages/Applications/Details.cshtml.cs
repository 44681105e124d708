using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages.Applications;

/// <summary>One application: status, dates, payment, result document and history.</summary>
[Authorize]
public sealed class DetailsModel(ApplicationService applications, ApplicationViews views, ProcedureRegistry registry, AttachmentService attachments,
    RefusalService refusals, ComplaintService complaints, TechnicalProblemProtocols protocols,
    Qyzmet.Platform.Monitoring.QualityQuestionnaire questionnaire, CaseTaskService tasks) : PortalPage
{
    /// <summary>The complaints filed on the application (ADR 0022), with status, term and answer.</summary>
    public IReadOnlyList<ComplaintView> Complaints { get; private set; } = [];

    /// <summary>The signed technical-problem protocols that concern the application (003.md para 8, D-725).</summary>
    public IReadOnlyList<TechnicalProblemProtocol> Protocols { get; private set; } = [];

    /// <summary>The applicant, or the PSC operator for them, may file a complaint (D-721).</summary>
    public bool CanComplain { get; private set; }

    /// <summary>The addressees the service's standard offers, with their terms (D-728; 004.md §7: the provider's, the Ministry's, the centre's head).</summary>
    public IReadOnlyList<Qyzmet.Kernel.Catalog.ComplaintAddressee> ComplaintAddressees { get; private set; } = [];

    /// <summary>The form asks the legal entity for its outgoing number (004.md §6.9, S5; D-729).</summary>
    public bool AsksOutgoingNumber { get; private set; }

    public Task<IActionResult> OnPostComplainAsync(string number, string? addressee, string? subject, string? text, string? outgoingNumber, CancellationToken ct) =>
        ActAsync(number, () => complaints.FileAsync(SignedInUser, number, new FileComplaintRequest(addressee, subject, text, outgoingNumber), ct), ct);

    public Task<IActionResult> OnPostEscalateAsync(string number, string complaint, CancellationToken ct) =>
        ActAsync(number, () => complaints.EscalateAsync(SignedInUser, complaint, null, ct), ct);

    /// <summary>The quality questionnaire (001a.md §6.8): offered after the result until answered; the answers given.</summary>
    public Qyzmet.Platform.Monitoring.QuestionnaireState? Questionnaire { get; private set; }

    public Task<IActionResult> OnPostQuestionnaireAsync(string number, int? process, int? information, CancellationToken ct) =>
        ActAsync(number, () => questionnaire.AnswerAsync(SignedInUser, number, process, information, ct), ct);

    public ApplicationDto Application { get; private set; } = null!;

    /// <summary>What the page shows beyond the DTO: fields, due dates, who acts now, appointment, localized history.</summary>
    public ApplicationPageView View { get; private set; } = null!;

    public bool CanPay { get; private set; }

    /// <summary>The stage of a two-stage procedure (D-553), as a page text key; null when the procedure has none.</summary>
    public string? Stage { get; private set; }

    /// <summary>The case's parallel tasks: the approvals' progress (ADR 0015).</summary>
    public IReadOnlyList<CaseTaskLine> Tasks { get; private set; } = [];

    /// <summary>The steps the applicant takes now other than paying (003.md para 6 step 8: agree the final act), as declared.</summary>
    public IReadOnlyList<(string Trigger, string Label)> ApplicantSteps { get; private set; } = [];

    /// <summary>
    /// The applicant's own step (e.g. agreeing the final choice act): fired through the platform like any other, which
    /// refuses a step the applicant may not take now.
    /// </summary>
    public Task<IActionResult> OnPostStepAsync(string number, string trigger, CancellationToken ct) =>
        ActAsync(number, () => applications.FireAsync(SignedInUser, number, trigger, null, ct), ct);

    public string? PaymentError { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken ct) => await LoadAsync(number, ct);

    public async Task<IActionResult> OnPostPayAsync(string number, CancellationToken ct)
    {
        try
        {
            // ADR 0020: the card is entered at the gateway, never here; the browser goes there and comes back.
            var attempt = await applications.StartPaymentAsync(SignedInUser, number, ct);
            return Redirect(attempt.NextUrl);
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            PaymentError = e.LocalizedMessage(Language.Current);
        }

        await LoadAsync(number, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The applicant may attach e-copies (e.g. 000.md App. 1 row 8) while the application is open.</summary>
    public bool CanAttach { get; private set; }

    /// <summary>An open preliminary refusal decision the applicant may object to (000.md para 5-1).</summary>
    public Hearing? OpenHearing { get; private set; }

    public string? ActionError { get; private set; }

    /// <summary>The provider asked to extend the term and the applicant has not answered (000.md para 5).</summary>
    public bool ExtensionAwaitsAgreement { get; private set; }

    public Task<IActionResult> OnPostAttachAsync(string number, IFormFile? file, CancellationToken ct) =>
        ActAsync(number, async () =>
        {
            using var buffer = new MemoryStream();
            if (file is not null && file.Length <= AttachmentErrors.MaxBytes)
            {
                await file.CopyToAsync(buffer, ct);
            }

            if (file is not null && file.Length > AttachmentErrors.MaxBytes)
            {
                throw new QyzmetException(AttachmentErrors.TooLarge);
            }

            await attachments.AddAsync(SignedInUser, number, file?.FileName ?? "file", file?.ContentType ?? "", buffer.ToArray(), ct);
        }, ct);

    public Task<IActionResult> OnPostObjectAsync(string number, string? objection, CancellationToken ct) =>
        ActAsync(number, () => refusals.ObjectAsync(SignedInUser, number, objection ?? "", ct), ct);

    private async Task<IActionResult> ActAsync(string number, Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect("/applications/" + Uri.EscapeDataString(number));
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            ActionError = e.LocalizedMessage(Language.Current);
        }

        await LoadAsync(number, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(string number, CancellationToken ct)
    {
        var application = await applications.FindVisibleAsync(SignedInUser, number, false, ct);
        View = await views.ToPageAsync(application, ct);
        Application = View.Application;
        CanPay = registry.Find(application.ServiceId)?.Procedure.Find(application.Status, "pay") is not null && Application.Payment is { Status: "requested" };
        var procedure = registry.Get(application.ServiceId).Procedure;
        Stage = ProcedureStages.Of(procedure, application.Status);
        Tasks = await views.TasksAsync(application, tasks, ct);
        ApplicantSteps = SignedInUser.IsApplicant
            ? [.. procedure.From(application.Status).Where(t => t.Trigger != "pay" && t.Roles.Contains(Qyzmet.Platform.Identity.Roles.Applicant))
                .Select(t => (t.Trigger, procedure.Label(t.Trigger)?.Action.For(Language.Current) ?? t.Trigger))]
            : [];
        var active = registry.Find(application.ServiceId)?.Procedure.States.FirstOrDefault(s => s.Name == application.Status)?.Kind == StateKind.Active;
        // Only a service whose form declares e-copies to attach offers the upload box (ServiceForm.Attachments).
        CanAttach = active && SignedInUser.IsApplicant && View.Attachments.Count > 0;
        var hearing = await refusals.LatestHearingAsync(application.Id, ct);
        OpenHearing = hearing is { Decision: null } && SignedInUser.IsApplicant ? hearing : null;
        var extensionSteps = (Application.History ?? []).Where(h => h.Action is "propose-extension" or "agree-extension").ToList();
        ExtensionAwaitsAgreement = active && SignedInUser.IsApplicant && extensionSteps.Count > 0 && extensionSteps[^1].Action == "propose-extension";
        Complaints = await complaints.ForApplicationAsync(SignedInUser, number, ct);
        CanComplain = SignedInUser.Role is Roles.Applicant or Roles.PscOperator;
        ComplaintAddressees = ComplaintService.AddresseesFor(application.ServiceId);
        AsksOutgoingNumber = ComplaintService.AsksOutgoingNumber(application.ServiceId, application.ApplicantId);
        Protocols = await protocols.ForApplicationAsync(application, ct);
        Questionnaire = active ? null : await questionnaire.StateAsync(SignedInUser, number, ct);
    }
}
