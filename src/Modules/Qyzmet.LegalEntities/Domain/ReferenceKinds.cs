namespace Qyzmet.LegalEntities.Domain;

/// <summary>The four references of 001b.md §3.3 (C1–C4), as values of the form's <c>kind</c> field.</summary>
public static class ReferenceKinds
{
    /// <summary>C1: on a registered legal entity, branch or representative office.</summary>
    public const string RegisteredEntity = "registered-entity";

    /// <summary>C2: on the existence of branches and representative offices of a legal entity.</summary>
    public const string Branches = "branches";

    /// <summary>C3: on an individual's participation in legal entities, branches and representative offices.</summary>
    public const string IndividualParticipation = "individual-participation";

    /// <summary>C4: on a legal entity's participation in other legal entities.</summary>
    public const string EntityParticipation = "entity-participation";
}
