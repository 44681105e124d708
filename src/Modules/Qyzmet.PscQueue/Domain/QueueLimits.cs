namespace Qyzmet.PscQueue.Domain;

/// <summary>
/// The queue limits of 004.md item 4 of each standard, measured per ticket: the maximum wait to hand in the documents is
/// 15 minutes in every standard; the maximum service time is S1 30, S2 20, S3 20, S4 30 and S5 15 minutes (004.md §7).
/// </summary>
public static class QueueLimits
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);

    private static readonly Dictionary<string, int> ServiceMinutes = new(StringComparer.Ordinal)
    {
        ["population-documents.passport-id-card"] = 30, // S1 item 4.3
        ["population-documents.temporary-id-card"] = 20, // S2 item 4.3
        ["population-documents.residence-registration"] = 20, // S3 item 4.3
        ["population-documents.residence-deregistration"] = 30, // S4 item 4.3
        ["population-documents.address-reference"] = 15, // S5 item 4.3
    };

    /// <summary>The service services whose standard allows a home visit for health reasons: S1, S3, S4 (item 12; not S2, S5).</summary>
    public static readonly IReadOnlySet<string> HomeVisitServices = new HashSet<string>(StringComparer.Ordinal)
    {
        "population-documents.passport-id-card",
        "population-documents.residence-registration",
        "population-documents.residence-deregistration",
    };

    /// <summary>The maximum service time of a service; null where its standard states none.</summary>
    public static TimeSpan? MaxService(string serviceId) =>
        ServiceMinutes.TryGetValue(serviceId, out var m) ? TimeSpan.FromMinutes(m) : null;

    public static IEnumerable<string> QueuedServices => ServiceMinutes.Keys;
}
