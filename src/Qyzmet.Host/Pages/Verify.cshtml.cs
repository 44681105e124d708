using Qyzmet.Host.Api;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages;

/// <summary>The public check of a result document (the QR link): what it states and whether it is genuine.</summary>
public sealed class VerifyModel(DocumentVerifier verifier) : PortalPage
{
    public DocumentVerification Document { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Document = await verifier.VerifyAsync(id, ct) ?? throw new QyzmetException(CaseErrors.DocumentNotFound, id);
}
