namespace Qyzmet.Kernel.Catalog;

/// <summary>
/// How long each body has to answer a complaint about the service (шағым / жалоба), in working days from the complaint's
/// registration (decision D-720). A service's standard states its own figures where it has a complaints chapter
/// (003.md para 10: head 5, quality authority 15; 004.md §4.10: 15 and 15); where the spec states none (000, 001a, 001b,
/// 002) the kernel default of the Law on state services Art. 25 applies (<see cref="Default"/>).
/// </summary>
/// <param name="ProviderHeadWorkingDays">The head of the provider (услугодатель) answers within this many working days.</param>
/// <param name="QualityAuthorityWorkingDays">The authorised body for assessing and controlling the quality of state services.</param>
/// <param name="Source">Where the figures come from, e.g. "003.md para 10".</param>
public sealed record ComplaintTerms(int ProviderHeadWorkingDays, int QualityAuthorityWorkingDays, string Source)
{
    /// <summary>Law on state services Art. 25 para 2 and 3 (as 003.md §7 quotes it): 5 working days, 15 for the quality authority.</summary>
    public static readonly ComplaintTerms Default = new(5, 15, "Law on state services Art. 25 (003.md §7)");

    /// <summary>The terms of <paramref name="standard"/>, or the kernel default where its spec states none.</summary>
    public static ComplaintTerms For(ServiceStandard? standard) => standard?.ComplaintTerms ?? Default;
}
