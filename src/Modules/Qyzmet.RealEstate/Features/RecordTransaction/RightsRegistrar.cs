using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.RealEstate.Domain;

namespace Qyzmet.RealEstate.Features.RecordTransaction;

/// <summary>
/// What a registrar sends to record a registered transaction: <c>transfer</c> (the right of one holder passes to
/// another), <c>encumber</c> (a mortgage, arrest, lease… is registered) or <c>release</c> (an encumbrance ends).
/// </summary>
public sealed record TransactionRequest(
    string? Kind,
    string? CadastralNumber,
    string? FromHolderId = null,
    string? ToHolderId = null,
    string? EncumbranceKind = null,
    string? InterestedParty = null,
    string? InterestedPartyId = null,
    string? ContentKk = null,
    string? ContentRu = null,
    string? BasisKk = null,
    string? BasisRu = null,
    long? EncumbranceId = null);

public sealed record TransactionResult(string Kind, string CadastralNumber, long RecordId, DateTime RegisteredAt);

/// <summary>
/// Records a transaction in the rights register and its audit row in one database transaction, so that the next
/// reference (001b.md Services A and B, read from the register at the moment of issue) shows it immediately.
/// Nothing is deleted: an ended right or encumbrance keeps its dates and basis for the "previously registered" block.
/// </summary>
internal sealed class RightsRegistrar(QyzmetDbContext db, AuditLog audit, IGateway gateway, TimeProvider time)
{
    public async Task<TransactionResult> RecordAsync(UserInfo user, TransactionRequest request, CancellationToken ct)
    {
        if (user.Role != Roles.Administrator && !(user.Role == Roles.ProviderExecutor && user.UnitId?.StartsWith("real-estate-", StringComparison.Ordinal) == true))
        {
            throw new QyzmetException(RealEstateErrors.RegistrarOnly);
        }

        if (string.IsNullOrWhiteSpace(request.BasisKk) || string.IsNullOrWhiteSpace(request.BasisRu))
        {
            throw new QyzmetException(RealEstateErrors.TransactionInvalid, "basisKk, basisRu (the registered document, in Kazakh and Russian) are required");
        }

        if (!CadastralNumber.TryParse(request.CadastralNumber ?? "", out var parsed, out var error))
        {
            throw new QyzmetException(error!);
        }

        var number = parsed.Value;
        if (!await db.Set<RealEstateObject>().AnyAsync(o => o.CadastralNumber == number, ct))
        {
            throw new QyzmetException(RealEstateErrors.ObjectNotFound, number);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (recordId, details) = request.Kind switch
        {
            "transfer" => await TransferAsync(request, number, now, ct),
            "encumber" => Encumber(request, number, now),
            "release" => await ReleaseAsync(request, number, now, ct),
            _ => throw new QyzmetException(RealEstateErrors.TransactionInvalid, "kind must be transfer, encumber or release"),
        };
        await db.SaveChangesAsync(ct);
        var ctx = new ProcessContext(user.Id, user.Role, "rights register: " + request.Kind, user.UnitId);
        await audit.AppendAsync(ctx, "real-estate." + request.Kind, number, details, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new TransactionResult(request.Kind!, number, recordId(), now);
    }

    private async Task<(Func<long>, string)> TransferAsync(TransactionRequest request, string number, DateTime now, CancellationToken ct)
    {
        var from = request.FromHolderId?.Trim() ?? "";
        var right = await db.Set<RealEstateRight>().SingleOrDefaultAsync(r => r.CadastralNumber == number && r.HolderId == from && r.EndedAt == null, ct)
            ?? throw new QyzmetException(RealEstateErrors.RightNotFound, number, from);
        var to = request.ToHolderId?.Trim() ?? "";
        var name = Iin.TryParse(to, out _, out _) ? (await gateway.FindPersonAsync(to, ct))?.FullName
            : Bin.TryParse(to, out _, out _) ? (await gateway.FindLegalEntityAsync(to, ct))?.NameRu : null;
        if (name is null)
        {
            throw new QyzmetException(RealEstateErrors.HolderNotFound, to);
        }

        right.EndedAt = now;
        right.EndBasisKk = request.BasisKk;
        right.EndBasisRu = request.BasisRu;
        db.Set<RealEstateRight>().Add(new RealEstateRight
        {
            CadastralNumber = number,
            Kind = right.Kind,
            HolderId = to,
            HolderName = name,
            OwnershipForm = right.OwnershipForm,
            Share = right.Share,
            BasisKk = request.BasisKk!,
            BasisRu = request.BasisRu!,
            RegisteredAt = now,
        });
        return (() => right.Id, $"right {right.Id} ({right.Kind}, share {right.Share ?? "sole"}) {from} -> {to}; basis: {request.BasisRu}");
    }

    private (Func<long>, string) Encumber(TransactionRequest request, string number, DateTime now)
    {
        if (request.EncumbranceKind is null || !EncumbranceKinds.Names.ContainsKey(request.EncumbranceKind))
        {
            throw new QyzmetException(RealEstateErrors.TransactionInvalid, "encumbranceKind must be one of " + string.Join(", ", EncumbranceKinds.Names.Keys));
        }

        if (string.IsNullOrWhiteSpace(request.InterestedParty))
        {
            throw new QyzmetException(RealEstateErrors.TransactionInvalid, "interestedParty (the right holder or authorised body) is required");
        }

        var name = EncumbranceKinds.Names[request.EncumbranceKind];
        var added = new RealEstateEncumbrance
        {
            CadastralNumber = number,
            Kind = request.EncumbranceKind,
            ContentKk = request.ContentKk ?? name.Kk,
            ContentRu = request.ContentRu ?? name.Ru,
            InterestedParty = request.InterestedParty.Trim(),
            InterestedPartyId = request.InterestedPartyId,
            BasisKk = request.BasisKk!,
            BasisRu = request.BasisRu!,
            RegisteredAt = now,
        };
        db.Set<RealEstateEncumbrance>().Add(added);
        return (() => added.Id, $"{request.EncumbranceKind} for {request.InterestedParty}; basis: {request.BasisRu}");
    }

    private async Task<(Func<long>, string)> ReleaseAsync(TransactionRequest request, string number, DateTime now, CancellationToken ct)
    {
        var encumbrance = await db.Set<RealEstateEncumbrance>()
            .SingleOrDefaultAsync(e => e.Id == request.EncumbranceId && e.CadastralNumber == number && e.EndedAt == null, ct)
            ?? throw new QyzmetException(RealEstateErrors.EncumbranceNotFound, request.EncumbranceId);
        encumbrance.EndedAt = now;
        encumbrance.EndBasisKk = request.BasisKk;
        encumbrance.EndBasisRu = request.BasisRu;
        return (() => encumbrance.Id, $"encumbrance {encumbrance.Id} ({encumbrance.Kind}) ended; basis: {request.BasisRu}");
    }
}
