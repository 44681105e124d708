namespace Qyzmet.Platform.Audit;

/// <summary>
/// One row of the tamper-evident audit log. Each row's hash covers its content and the previous row's hash,
/// so deleting or editing any row breaks every later hash (checked by <see cref="AuditLog.VerifyChainAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTime At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? Details { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}

/// <summary>The head of the chain: one row, locked by each append so that the chain never forks.</summary>
public sealed class AuditChainHead
{
    public int Id { get; init; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}

/// <summary>
/// An audit row recorded in the transaction of the change it records and not yet chained (ADR 0018). The single chain
/// writer (<see cref="AuditLog.ChainPendingAsync"/>) moves it into <see cref="AuditEntry"/> in insertion order, in one
/// transaction with its deletion here, so no row is lost or chained twice.
/// </summary>
public sealed class AuditPending
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? Details { get; init; }
}
