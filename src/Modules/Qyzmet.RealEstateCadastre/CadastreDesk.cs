namespace Qyzmet.RealEstateCadastre;

/// <summary>The technical-inspection desk's part of the clerk's workbench (issue 11).</summary>
public static class CadastreDesk
{
    /// <summary>The services the technical-inspection desk works (000.md S1-A, S1-B, S1-C, S2).</summary>
    public static readonly IReadOnlyList<string> Services =
        ["real-estate.new-object-data", "real-estate.cadastral-passport", "real-estate.discrepancy-conclusion", "real-estate.cadastral-passport-duplicate"];
}
