using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// A kernel hook: told of each new application in the submission's own transaction, before it commits (ADR 0021
/// "Consequences"; D-653). A module that must link its own rows to an application (the PSC queue's ticket at the
/// operator's window) implements it, so the kernel and the service modules need not know that module. It writes through
/// the same context and must not save or commit itself; a failure fails the submission and nothing is stored.
/// </summary>
public interface IApplicationSubmittedListener
{
    Task OnSubmittedAsync(Application application, UserInfo submittedBy, CancellationToken ct);
}
