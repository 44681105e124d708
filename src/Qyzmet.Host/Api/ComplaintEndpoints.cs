using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Complaints;

namespace Qyzmet.Host.Api;

/// <summary>Complaints and appeals, and technical-problem protocols (ADR 0022; 003.md para 8, 10-11; 004.md §4.10).</summary>
internal static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Complaints");

        group.MapPost("/applications/{number}/complaints", async (string number, FileComplaintRequest request, HttpContext http, ComplaintService complaints,
            CancellationToken ct) =>
        {
            var view = await complaints.FileAsync(CurrentUser.Required(http.User), number, request, ct);
            return TypedResults.Created($"/api/complaints/{view.Complaint.Number}", ToDto(view));
        }).WithSummary("File a complaint about a decision, action or inaction on the application (its applicant, or a PSC operator for them)");

        group.MapGet("/applications/{number}/complaints", async (string number, HttpContext http, ComplaintService complaints, CancellationToken ct) =>
            TypedResults.Ok((await complaints.ForApplicationAsync(CurrentUser.Required(http.User), number, ct)).Select(ToDto)))
            .WithSummary("The complaints filed on the application, with status, term and answer");

        group.MapGet("/applications/{number}/technical-protocols", async (string number, HttpContext http, ApplicationService applications,
            TechnicalProblemProtocols protocols, CancellationToken ct) =>
        {
            var application = await applications.FindVisibleAsync(CurrentUser.Required(http.User), number, false, ct);
            return TypedResults.Ok((await protocols.ForApplicationAsync(application, ct)).Select(ToDto));
        }).WithSummary("The signed technical-problem protocols that concern the application (003.md para 8)");

        group.MapPost("/complaints", async (FileUnitComplaintRequest request, HttpContext http, ComplaintService complaints, CancellationToken ct) =>
        {
            var view = await complaints.FileAboutUnitAsync(CurrentUser.Required(http.User), request, ct);
            return TypedResults.Created($"/api/complaints/{view.Complaint.Number}", ToDto(view));
        }).WithSummary("File a complaint about a provider unit's action or inaction without an application (e.g. a PSC refused documents; D-727); a PSC operator names the person in applicantId (D-730)");

        group.MapGet("/complaints", async (string? after, int? take, HttpContext http, ComplaintService complaints, CancellationToken ct) =>
        {
            var page = await complaints.MineAsync(CurrentUser.Required(http.User), after, take ?? 20, ct);
            return TypedResults.Ok(new { items = page.Items.Select(ToDto), next = page.Next });
        }).WithSummary("The signed-in person's complaints (on applications and about units), newest first; page on with ?after={next} (D-731)");

        group.MapGet("/complaints/{number}", async (string number, HttpContext http, ComplaintService complaints, CancellationToken ct) =>
            TypedResults.Ok(ToDto(await complaints.GetAsync(CurrentUser.Required(http.User), number, ct))));

        group.MapPost("/complaints/{number}/escalation", async (string number, EscalateRequest? request, HttpContext http, ComplaintService complaints,
            CancellationToken ct) =>
        {
            var view = await complaints.EscalateAsync(CurrentUser.Required(http.User), number, request?.Text, ct);
            return TypedResults.Created($"/api/complaints/{view.Complaint.Number}", ToDto(view));
        }).WithSummary("Escalate to the quality authority when the head's term passed unanswered or the complaint was rejected");

        group.MapPost("/complaints/{number}/answer", async (string number, AnswerComplaintRequest request, HttpContext http, ComplaintService complaints,
            CancellationToken ct) =>
            TypedResults.Ok(ToDto(await complaints.AnswerAsync(CurrentUser.Required(http.User), number, request, ct))))
            .WithSummary("The head of the addressed unit answers: upheld (with what the provider must do) or rejected with reasons; signed by the head");

        group.MapGet("/desk/complaints", async (HttpContext http, ComplaintService complaints, CancellationToken ct) =>
            TypedResults.Ok((await complaints.DeskAsync(CurrentUser.Required(http.User), ct)).Select(ToDto)))
            .WithSummary("The complaints addressed to the user's unit: unanswered first, the oldest due first, with the overdue mark");

        group.MapPost("/technical-protocols", async (RecordProtocolRequest request, HttpContext http, TechnicalProblemProtocols protocols, CancellationToken ct) =>
        {
            var protocol = await protocols.RecordAsync(CurrentUser.Required(http.User), request, ct);
            return TypedResults.Created($"/api/technical-protocols/{protocol.Number}", ToDto(protocol));
        }).WithSummary("The unit's ICT-responsible employee records a technical-problem protocol (003.md para 8)");

        group.MapPost("/technical-protocols/{number}/signature", async (string number, HttpContext http, TechnicalProblemProtocols protocols, CancellationToken ct) =>
            TypedResults.Ok(ToDto(await protocols.SignAsync(CurrentUser.Required(http.User), number, ct))))
            .WithSummary("The unit's head signs the protocol");

        group.MapGet("/technical-protocols", async (HttpContext http, TechnicalProblemProtocols protocols, CancellationToken ct) =>
            TypedResults.Ok((await protocols.ForUnitAsync(CurrentUser.Required(http.User), ct)).Select(ToDto)));
    }

    internal sealed record EscalateRequest(string? Text);

    private static object ToDto(ComplaintView v)
    {
        var c = v.Complaint;
        return new
        {
            number = c.Number,
            applicationNumber = v.ApplicationNumber,
            serviceId = v.ServiceId,
            unitId = c.ConcernsUnitId,
            addressee = c.Addressee,
            addresseeUnitId = c.AddresseeUnitId,
            addresseeUnit = v.AddresseeUnit,
            filedBy = c.FiledBy,
            filedAtUnitId = c.FiledAtUnitId,
            outgoingNumber = c.OutgoingNumber,
            subject = c.Subject,
            text = c.Text,
            channel = c.Channel,
            registeredAt = c.RegisteredAt,
            registeredAtAlmaty = AlmatyTime.FormatDateTime(c.RegisteredAt),
            dueOn = c.DueOn,
            termWorkingDays = c.TermWorkingDays,
            termSource = c.TermSource,
            status = c.Status,
            overdue = v.Overdue,
            overdueFlaggedAt = c.OverdueFlaggedAt,
            answeredAt = c.AnsweredAt,
            answeredOnTime = v.AnsweredOnTime,
            reasons = c.AnswerText,
            remedy = c.Remedy,
            answerDocumentId = c.AnswerDocumentId,
            answerUrl = c.AnswerDocumentId is { } id ? $"/api/documents/{id}" : null,
            verifyUrl = c.AnswerDocumentId is { } vid ? $"/verify/{vid}" : null,
            canEscalate = v.CanEscalate,
            escalatedTo = v.EscalatedToNumber,
            escalatedFrom = v.EscalatedFromNumber,
            courtNote = ComplaintService.CourtNote,
        };
    }

    private static object ToDto(TechnicalProblemProtocol p) => new
    {
        number = p.Number,
        system = p.SystemName,
        description = p.Description,
        startedAt = p.StartedAt,
        endedAt = p.EndedAt,
        startedAtAlmaty = AlmatyTime.FormatDateTime(p.StartedAt),
        endedAtAlmaty = AlmatyTime.FormatDateTime(p.EndedAt),
        services = p.Services,
        recordedAt = p.RecordedAt,
        signedAt = p.SignedAt,
        documentId = p.DocumentId,
        verifyUrl = p.DocumentId is { } id ? $"/verify/{id}" : null,
    };
}
