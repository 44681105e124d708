using Qyzmet.Platform.Registries;

namespace Qyzmet.Land.Domain;

/// <summary>
/// A plot's address comes from the kernel's address register by its code (issue 14 item 6; D-636), so the land, population
/// and real-estate areas print the same place the same way; the stored text is for plots without an address code (land
/// outside a settlement, plots granted before one was assigned).
/// </summary>
internal static class PlotAddresses
{
    /// <summary>Replaces the stored address text of these (untracked) plots by the register's, where the register has their code.</summary>
    public static async Task ResolveAsync(IAddressRegister register, IEnumerable<LandPlot> plots, CancellationToken ct)
    {
        var list = plots.ToList();
        var found = await register.FindManyAsync(list.Where(p => p.AddressCode is not null).Select(p => p.AddressCode!), ct);
        foreach (var p in list)
        {
            if (p.AddressCode is { } code && found.TryGetValue(code, out var address))
            {
                p.AddressKk = address.TextKk;
                p.AddressRu = address.TextRu;
            }
        }
    }
}
