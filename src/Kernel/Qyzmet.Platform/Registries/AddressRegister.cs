using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Platform.Registries;

/// <summary>
/// An address of the address register: a dwelling or building with a stable identifier, the address registration code
/// (РКА), so that the population, real-estate and land areas name the same dwelling the same way (issue 14 item 6;
/// decisions D-603, D-356). A kernel registry since ADR 0026: every area reads it through <see cref="IAddressRegister"/>.
/// </summary>
public sealed class RegisteredAddress
{
    /// <summary>The address registration code (РКА): 16 digits, stable for the address's life.</summary>
    public required string Id { get; init; }

    public required string RegionCode { get; init; }

    public required string RegionKk { get; init; }
    public required string RegionRu { get; init; }

    /// <summary>District (аудан / район); null for a city of republican significance without one on record.</summary>
    public string? DistrictKk { get; init; }
    public string? DistrictRu { get; init; }

    /// <summary>Settlement (елді мекен / населённый пункт).</summary>
    public required string SettlementKk { get; init; }
    public required string SettlementRu { get; init; }

    public required string StreetKk { get; init; }
    public required string StreetRu { get; init; }

    public required string Building { get; init; }

    /// <summary>Apartment number; null for a house or a whole building.</summary>
    public string? Apartment { get; init; }

    /// <summary>The dwelling's cadastral number in the real-estate register, when it is there (004.md §3.3 item 9.2).</summary>
    public string? CadastralNumber { get; init; }

    /// <summary>The address as every area prints it in Kazakh (D-356: one rendering for population, real estate and land).</summary>
    public string TextKk => string.Join(", ", new[] { RegionKk, DistrictKk, SettlementKk, StreetKk, Building }.Where(s => !string.IsNullOrEmpty(s)))
        + (Apartment is null ? "" : $", {Apartment}-пәтер");

    /// <summary>The address as every area prints it in Russian.</summary>
    public string TextRu => string.Join(", ", new[] { RegionRu, DistrictRu, SettlementRu, StreetRu, "д. " + Building }.Where(s => !string.IsNullOrEmpty(s)))
        + (Apartment is null ? "" : $", кв. {Apartment}");

    public BilingualText Text => new(TextKk, TextRu);
}

/// <summary>One page of a keyset search: the addresses in code order, and the code to pass as <c>after</c> for the next page.</summary>
public sealed record AddressPage(IReadOnlyList<RegisteredAddress> Items, string? Next);

/// <summary>
/// The address register (issue 14 item 6; ADR 0026): the one place every area resolves an address registration code.
/// A submission naming an address is checked with <see cref="RequireAsync"/> where it is submitted and again where the
/// address takes effect (D-357).
/// </summary>
public interface IAddressRegister
{
    /// <summary>The address with this code, or null.</summary>
    Task<RegisteredAddress?> FindAsync(string code, CancellationToken ct = default);

    /// <summary>The addresses with these codes (codes not in the register are absent from the answer).</summary>
    Task<IReadOnlyDictionary<string, RegisteredAddress>> FindManyAsync(IEnumerable<string> codes, CancellationToken ct = default);

    /// <summary>
    /// The address a submission names in <paramref name="field"/>: 422 ADDR-0001 when the value is not 16 digits,
    /// 422 ADDR-0002 when no address has this code.
    /// </summary>
    Task<RegisteredAddress> RequireAsync(string? code, string field, CancellationToken ct = default);

    /// <summary>
    /// Addresses in a settlement (and on a street), named exactly as the register writes them in Kazakh or Russian, in code
    /// order after <paramref name="after"/>; at most <paramref name="limit"/> (1–100). Each page is an index range scan.
    /// </summary>
    Task<AddressPage> SearchAsync(string? settlement, string? street, string? after, int? limit, CancellationToken ct = default);
}

/// <summary>Error codes of the address register (prefix ADDR-, ADR 0026). Never renumber.</summary>
public static class AddressErrors
{
    public static readonly ErrorCode CodeMalformed = new("ADDR-0001", 422, new(
        "Мекенжай тіркеу коды 16 цифрдан тұрады: «{1}» кодты тексеріңіз.",
        "Регистрационный код адреса состоит из 16 цифр: проверьте код «{1}».",
        "Field '{0}': an address registration code is 16 digits; '{1}' is not."));

    public static readonly ErrorCode CodeUnknown = new("ADDR-0002", 422, new(
        "{1} мекенжай тіркеу коды мекенжай тіркелімінде жоқ. Кодты тексеріңіз немесе оны ХҚКО-дан сұраңыз.",
        "Регистрационного кода адреса {1} нет в адресном регистре. Проверьте код или узнайте его в ЦОН.",
        "Field '{0}': the address registration code {1} is not in the address register. Look the address up at /api/addresses."));

    public static readonly ErrorCode NotFound = new("ADDR-0003", 404, new(
        "{0} мекенжай тіркеу коды мекенжай тіркелімінде жоқ.",
        "Регистрационного кода адреса {0} нет в адресном регистре.",
        "The address registration code {0} is not in the address register."));

    public static readonly ErrorCode SearchInvalid = new("ADDR-0004", 400, new(
        "Мекенжайларды іздеу дұрыс берілмеген: {1}",
        "Поиск адресов задан неверно: {1}",
        "Parameter '{0}': {1}"));

    internal static QyzmetException Field(ErrorCode error, string field, object value) =>
        new(error, field, value) { Fields = { [field] = error.Message.With(field, value) } };
}

/// <summary>Reads the address register table (<c>registry_addresses</c>).</summary>
internal sealed class AddressRegister(QyzmetDbContext db) : IAddressRegister
{
    public const int MaxLimit = 100;

    public static bool IsCode(string? code) => code is { Length: 16 } && code.All(char.IsAsciiDigit);

    public Task<RegisteredAddress?> FindAsync(string code, CancellationToken ct = default) =>
        IsCode(code) ? db.Set<RegisteredAddress>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == code, ct) : Task.FromResult<RegisteredAddress?>(null);

    public async Task<IReadOnlyDictionary<string, RegisteredAddress>> FindManyAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var wanted = codes.Where(IsCode).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, RegisteredAddress>();
        }

        var found = await db.Set<RegisteredAddress>().AsNoTracking().Where(a => wanted.Contains(a.Id)).ToListAsync(ct);
        return found.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public async Task<RegisteredAddress> RequireAsync(string? code, string field, CancellationToken ct = default)
    {
        var value = code?.Trim() ?? "";
        if (!IsCode(value))
        {
            throw AddressErrors.Field(AddressErrors.CodeMalformed, field, value);
        }

        return await FindAsync(value, ct) ?? throw AddressErrors.Field(AddressErrors.CodeUnknown, field, value);
    }

    public async Task<AddressPage> SearchAsync(string? settlement, string? street, string? after, int? limit, CancellationToken ct = default)
    {
        var place = settlement?.Trim();
        if (string.IsNullOrEmpty(place))
        {
            throw AddressErrors.Field(AddressErrors.SearchInvalid, "settlement", new LocalizedText(
                "елді мекенді тіркелімдегідей атаңыз (мысалы, «Қосшы қ.» немесе «г. Косшы»)",
                "укажите населённый пункт так, как он записан в регистре (например, «г. Косшы» или «Қосшы қ.»)",
                "name the settlement as the register writes it (e.g. \"г. Косшы\" or \"Қосшы қ.\")"));
        }

        var take = limit ?? 20;
        if (take is < 1 or > MaxLimit)
        {
            throw AddressErrors.Field(AddressErrors.SearchInvalid, "limit", new LocalizedText(
                $"бетте 1-ден {MaxLimit}-ге дейін мекенжай", $"на странице от 1 до {MaxLimit} адресов", $"from 1 to {MaxLimit}"));
        }

        if (after is not null && !IsCode(after))
        {
            throw AddressErrors.Field(AddressErrors.SearchInvalid, "after", new LocalizedText(
                "алдыңғы беттің соңғы мекенжайының 16 цифрлы коды", "16-значный код последнего адреса предыдущей страницы",
                "the 16-digit code of the last address of the previous page"));
        }

        var road = string.IsNullOrWhiteSpace(street) ? null : street.Trim();

        // Two index range scans, one per language, each stopping after `take` rows (indexes (Settlement, Street, Id) and
        // (Settlement, Id)); never more than 2 × take rows are read, whatever the register's size.
        var ru = db.Set<RegisteredAddress>().AsNoTracking().Where(a => a.SettlementRu == place);
        var kk = db.Set<RegisteredAddress>().AsNoTracking().Where(a => a.SettlementKk == place);
        if (road is not null)
        {
            ru = ru.Where(a => a.StreetRu == road);
            kk = kk.Where(a => a.StreetKk == road);
        }

        if (after is not null)
        {
            ru = ru.Where(a => a.Id.CompareTo(after) > 0);
            kk = kk.Where(a => a.Id.CompareTo(after) > 0);
        }

        var rows = (await ru.OrderBy(a => a.Id).Take(take).ToListAsync(ct))
            .Concat(await kk.OrderBy(a => a.Id).Take(take).ToListAsync(ct))
            .DistinctBy(a => a.Id)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Take(take)
            .ToList();
        return new AddressPage(rows, rows.Count == take ? rows[^1].Id : null);
    }
}

/// <summary>The register's table and the indexes its lookups and keyset pages use (ADR 0026).</summary>
internal static class AddressRegisterModel
{
    public static void Configure(ModelBuilder b) => b.Entity<RegisteredAddress>(e =>
    {
        e.ToTable("registry_addresses");
        e.Property(a => a.Id).HasMaxLength(16);
        e.HasIndex(a => a.CadastralNumber);
        e.HasIndex(a => new { a.SettlementRu, a.StreetRu, a.Id });
        e.HasIndex(a => new { a.SettlementKk, a.StreetKk, a.Id });
        e.HasIndex(a => new { a.SettlementRu, a.Id });
        e.HasIndex(a => new { a.SettlementKk, a.Id });
        e.Ignore(a => a.TextKk);
        e.Ignore(a => a.TextRu);
        e.Ignore(a => a.Text);
    });
}

/// <summary>Printing the register's address on what names an address code (ADR 0026).</summary>
public static class AddressRegisterExtensions
{
    /// <summary>
    /// Gives each item the register's address of its code, with one lookup for the lot; items without a code, or whose code
    /// the register lacks, are left as they are.
    /// </summary>
    public static async Task ApplyAsync<T>(this IAddressRegister register, IReadOnlyCollection<T> items, Func<T, string?> codeOf,
        Action<T, RegisteredAddress> apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(register);
        var found = await register.FindManyAsync(items.Select(codeOf).OfType<string>(), ct);
        foreach (var item in items)
        {
            if (codeOf(item) is { } code && found.TryGetValue(code, out var address))
            {
                apply(item, address);
            }
        }
    }
}
