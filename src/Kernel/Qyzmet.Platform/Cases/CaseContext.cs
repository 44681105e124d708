using System.Text.Json;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Registries;

namespace Qyzmet.Platform.Cases;

/// <summary>Everything a service's automated step needs, bound to one application and one transaction.</summary>
public sealed class CaseContext(
    Application application,
    ProcessContext process,
    IStateServiceHandler handler,
    CaseServices services)
{
    public Application Application { get; } = application;

    public ProcessContext Process { get; } = process;

    public IReadOnlyDictionary<string, string> Form { get; } =
        JsonSerializer.Deserialize<Dictionary<string, string>>(application.FormJson) ?? [];

    public QyzmetDbContext Db => services.Db;

    public IGateway Gateway => services.Gateway;

    public PaymentService Payments => services.Payments;

    public DocumentIssuer Documents => services.Documents;

    public Notifier Notifier => services.Notifier;

    public TimeProvider Time => services.Time;

    public string Status => Application.Status;

    /// <summary>Fires a transition as the platform itself, then lets the service react to the new state.</summary>
    public async Task FireAsync(string trigger, string? reason, CancellationToken ct)
    {
        var ctx = ProcessContext.System(reason ?? trigger);
        await services.Engine.FireAsync(Application, trigger, ctx, ct);
        await services.NotifyStatusAsync(Application, handler, ct);
        await handler.ReactAsync(new CaseContext(Application, ctx, handler, services), ct);
    }

    /// <summary>Ends the application without a result and records why, in the applicant's languages.</summary>
    public Task RefuseAsync(string trigger, LocalizedText reason, CancellationToken ct)
    {
        Application.OutcomeReasonJson = JsonSerializer.Serialize(reason);
        return FireAsync(trigger, reason.En, ct);
    }
}

/// <summary>The scoped services a <see cref="CaseContext"/> hands to modules.</summary>
public sealed class CaseServices(
    QyzmetDbContext db,
    IGateway gateway,
    PaymentService payments,
    DocumentIssuer documents,
    Notifier notifier,
    TimeProvider time,
    ProcedureEngine engine)
{
    public QyzmetDbContext Db { get; } = db;
    public IGateway Gateway { get; } = gateway;
    public PaymentService Payments { get; } = payments;
    public DocumentIssuer Documents { get; } = documents;
    public Notifier Notifier { get; } = notifier;
    public TimeProvider Time { get; } = time;
    public ProcedureEngine Engine { get; } = engine;

    /// <summary>Tells the applicant (cabinet inbox; SMS/e-mail when the application has ended) its new status.</summary>
    public Task NotifyStatusAsync(Application app, IStateServiceHandler handler, CancellationToken ct)
    {
        var state = handler.Procedure.State(app.Status);
        var subject = new LocalizedText(
            $"№ {app.Number} өтініш: {state.Label.Kk}",
            $"Заявление № {app.Number}: {state.Label.Ru}",
            $"Application {app.Number}: {state.Label.En}");
        var reason = app.OutcomeReasonJson is null || state.Kind == StateKind.Active ? null : JsonSerializer.Deserialize<LocalizedText>(app.OutcomeReasonJson);
        // The body says what the subject does not (issue 11: not the title twice): the service, the new status, and why.
        var service = Kernel.Catalog.ServiceCatalog.Find(app.ServiceId) is { } standard
            ? standard.Variant is { } variant
                ? new LocalizedText(standard.Name.Kk + ": " + variant.Kk, standard.Name.Ru + ": " + variant.Ru, standard.Name.En + ": " + variant.En)
                : standard.Name
            : new LocalizedText(app.ServiceId, app.ServiceId, app.ServiceId);
        var text = new LocalizedText(
            $"«{service.Kk}» қызметіне № {app.Number} өтініштің жаңа мәртебесі: «{state.Label.Kk}».",
            $"Новый статус заявления № {app.Number} на услугу «{service.Ru}»: «{state.Label.Ru}».",
            $"Application {app.Number} for '{service.En}' has a new status: '{state.Label.En}'.");
        var body = reason is null ? text : new LocalizedText(text.Kk + " " + reason.Kk, text.Ru + " " + reason.Ru, text.En + " " + reason.En);
        return Notifier.NotifyAsync(app.ApplicantId, app.Id, subject, body, sms: state.Kind != StateKind.Active, ct);
    }
}
