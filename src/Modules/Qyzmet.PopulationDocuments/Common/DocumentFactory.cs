namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The document factory (004.md §4.2 step 6, §4.11 "In production"): the national unit of the Ministry of Internal Affairs
/// that produces passports and ID cards from the electronic formulyar. It answers the production task of every S1
/// application (ADR 0025, D-624); its staff work the task at <c>/desk/tasks</c>.
/// </summary>
internal static class DocumentFactory
{
    public const string UnitId = "document-factory";

    public const string Provider = "document-factory";
}
