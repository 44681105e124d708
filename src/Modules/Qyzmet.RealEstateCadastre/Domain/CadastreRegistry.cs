using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Registries;

namespace Qyzmet.RealEstateCadastre.Domain;

/// <summary>Reads and writes of the cadastre register and inventory files shared by the services and desks.</summary>
public sealed class CadastreRegistry(QyzmetDbContext db, TimeProvider time, FeeRuleService fees, IAddressRegister addresses)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A cadastral number given in a request, normalised. A malformed one is the same 400 format error an application
    /// form gives (K-0001 naming the field, with ID-0010's message), never "no such object" (CAD-0001).
    /// </summary>
    public static string ParseNumber(string? number, string field = "number")
    {
        if (CadastralNumber.TryParse(number, out var parsed, out var error))
        {
            return parsed.Value;
        }

        throw new QyzmetException(KernelErrors.Validation) { Fields = new Dictionary<string, LocalizedText> { [field] = error.Message } };
    }

    // D-368: an object read without tracking is kept for the rest of the request (this registry is scoped): a submission
    // reads it for the term and the fee.
    // A tracked read (a step that changes the object) forgets what was kept.
    private readonly Dictionary<string, CadastreObject> _read = new(StringComparer.Ordinal);

    public async Task<CadastreObject?> FindAsync(string number, bool tracking, CancellationToken ct)
    {
        number = ParseNumber(number);
        if (!tracking && _read.TryGetValue(number, out var kept))
        {
            return kept;
        }

        if (tracking)
        {
            _read.Clear();
        }

        // One statement (D-368): an object has a few holders and structures, so joining them costs less than three round trips.
        var query = db.Set<CadastreObject>().Include(o => o.Holders).Include(o => o.ServiceStructures).AsSingleQuery();
        var found = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(o => o.CadastralNumber == number, ct);
        if (found is not null)
        {
            await ResolveAddressesAsync([found], ct);
        }

        if (!tracking && found is not null)
        {
            _read[number] = found;
        }

        return found;
    }

    /// <summary>
    /// Gives each object with an address code its address from the kernel's register (issue 14 item 6; ADR 0026, D-414),
    /// one lookup by primary key for the lot, so pages and documents print the register's text.
    /// </summary>
    public Task ResolveAddressesAsync(IReadOnlyCollection<CadastreObject> objects, CancellationToken ct) =>
        addresses.ApplyAsync(objects, o => o.AddressCode, (o, address) => o.RegisteredAddress = address, ct);

    /// <summary>The address a submission names in <paramref name="field"/>: 422 ADDR-0001/ADDR-0002 naming the field (D-357).</summary>
    public Task<RegisteredAddress> RequireAddressAsync(string? code, string field, CancellationToken ct) => addresses.RequireAsync(code, field, ct);

    public async Task<CadastreObject> GetAsync(string number, bool tracking, CancellationToken ct) =>
        await FindAsync(number, tracking, ct) ?? throw new QyzmetException(CadastreErrors.ObjectNotFound, number);

    /// <summary>
    /// ADR 0011: a new primary object on a plot takes the next building number of that plot
    /// (<c>plot:B</c>); a secondary object takes the next premises number in its building (<c>plot:B:N</c>).
    /// The unique index on the number catches a concurrent allocation of the same number.
    /// </summary>
    public async Task<string> NextNumberAsync(string landPlotNumber, string? buildingNumber, CancellationToken ct)
    {
        var prefix = buildingNumber is null ? landPlotNumber + ":" : buildingNumber + ":";
        var numbers = buildingNumber is null
            ? await db.Set<CadastreObject>().AsNoTracking().Where(o => o.LandPlotNumber == landPlotNumber && o.ParentNumber == null)
                .Select(o => o.CadastralNumber).ToListAsync(ct)
            : await db.Set<CadastreObject>().AsNoTracking().Where(o => o.ParentNumber == buildingNumber)
                .Select(o => o.CadastralNumber).ToListAsync(ct);
        var max = numbers.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (max + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Files a material in the object's inventory file (000.md para 7 step 9): appended, never changed.</summary>
    public InventoryEntry File(long objectId, string kind, string title, object content, string filedBy, Guid? applicationId = null,
        Guid? documentId = null, long? supersedes = null, byte[]? drawing = null, string? drawingType = null)
    {
        var entry = new InventoryEntry
        {
            ObjectId = objectId,
            FiledAt = time.GetUtcNow().UtcDateTime,
            Kind = kind,
            Title = title,
            SupersedesId = supersedes,
            ApplicationId = applicationId,
            DocumentId = documentId,
            ContentJson = JsonSerializer.Serialize(content, Json),
            Drawing = drawing,
            DrawingType = drawingType,
            FiledBy = filedBy,
        };
        db.Set<InventoryEntry>().Add(entry);
        return entry;
    }

    /// <summary>The newest material of a kind in the object's file that no later material supersedes.</summary>
    public Task<InventoryEntry?> CurrentAsync(long objectId, string kind, CancellationToken ct) =>
        db.Set<InventoryEntry>().AsNoTracking()
            .Where(e => e.ObjectId == objectId && e.Kind == kind && !db.Set<InventoryEntry>().Any(s => s.SupersedesId == e.Id))
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);

    public Task<InventoryEntry?> ForApplicationAsync(Guid applicationId, string kind, CancellationToken ct) =>
        db.Set<InventoryEntry>().AsNoTracking().Where(e => e.ApplicationId == applicationId && e.Kind == kind)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);

    /// <summary>The price list's price on the payment date (today, Almaty) through the platform's fee-rule service (D-707).</summary>
    public Task<Tenge> PriceAsync(string code, decimal? area, CancellationToken ct) => fees.PriceTodayAsync(code, area, ct);

    public static T Read<T>(InventoryEntry entry) => JsonSerializer.Deserialize<T>(entry.ContentJson, Json)!;
}
