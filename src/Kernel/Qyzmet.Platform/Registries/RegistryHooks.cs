namespace Qyzmet.Platform.Registries;

/// <summary>
/// Kinship as the civil registry proves it (004.md §3.5 item 9: "marriage or birth certificate to confirm kinship";
/// close relatives are parents, children and spouse). Implemented by the module that keeps the acts, so that other
/// areas ask the registry rather than read its tables (decision D-606).
/// </summary>
public interface IKinshipSource
{
    /// <summary>
    /// How <paramref name="relativeIin"/> is related to <paramref name="personIin"/> by the acts on record:
    /// <see cref="Kinship.Parent"/>, <see cref="Kinship.Child"/>, <see cref="Kinship.Spouse"/>, or null when no act proves it.
    /// </summary>
    Task<string?> CloseRelationAsync(string personIin, string relativeIin, CancellationToken ct);
}

/// <summary>The close relations of 004.md §3.5 item 9 (ата-аналары, балалары, жұбайы).</summary>
public static class Kinship
{
    public const string Parent = "parent";
    public const string Child = "child";
    public const string Spouse = "spouse";
}

/// <summary>
/// Rights to dwellings held in the state register of rights to real estate: the "relevant state IS" from which the
/// provider obtains the document giving the right to live in a dwelling (004.md §3.3 item 9.2; decision D-604).
/// </summary>
public interface IDwellingRightsSource
{
    /// <summary>The IINs/BINs holding a current ownership right on the object, or empty when the register has none.</summary>
    Task<IReadOnlyList<string>> CurrentOwnersAsync(string cadastralNumber, CancellationToken ct);
}
