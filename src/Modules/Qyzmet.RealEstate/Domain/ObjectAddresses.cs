using Qyzmet.Platform.Registries;

namespace Qyzmet.RealEstate.Domain;

/// <summary>
/// An object's address comes from the kernel's address register by its code (001b.md §6.3 column 4 "address, address
/// registration code"; issue 14 item 6; D-635): the population, real-estate and land areas then print the same dwelling the
/// same way. The text stored on the object is only for objects without a code in the register (e.g. a parking place).
/// </summary>
internal static class ObjectAddresses
{
    /// <summary>Replaces the stored address text of these (untracked) objects by the register's, where the register has their code.</summary>
    public static Task ResolveAsync(IAddressRegister register, IEnumerable<RealEstateObject> objects, CancellationToken ct) =>
        register.ApplyAsync(objects.ToList(), x => x.AddressCode, (x, address) => { x.AddressKk = address.TextKk; x.AddressRu = address.TextRu; }, ct);
}
