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
    public static Task ResolveAsync(IAddressRegister register, IEnumerable<LandPlot> plots, CancellationToken ct) =>
        register.ApplyAsync(plots.ToList(), x => x.AddressCode, (x, address) => { x.AddressKk = address.TextKk; x.AddressRu = address.TextRu; }, ct);
}
