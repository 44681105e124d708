using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>
/// The application form of a service, drawn from the handler's form declaration. Conditional fields are all shown,
/// grouped under the choice they belong to; the form declaration decides which of them apply when validating.
/// </summary>
[Authorize]
public sealed class ApplyModel(ProcedureRegistry registry, ApplicationService applications) : PortalPage
{
    public const string FieldPrefix = "field.";

    public ServiceStandard Service { get; private set; } = null!;

    public IStateServiceHandler Handler { get; private set; } = null!;

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ApplicantId { get; set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = "";

    public bool IsPscOperator => SignedInUser.Role == Roles.PscOperator;

    /// <summary>The fields without a condition, then one group per condition, in declaration order.</summary>
    public IEnumerable<IGrouping<FieldCondition?, FormField>> Groups =>
        Handler.Form.Fields.GroupBy(f => f.ShownWhen, ConditionComparer.Instance).OrderBy(g => g.Key is null ? 0 : 1);

    public IActionResult OnGet(string id)
    {
        Load(id);
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        Load(id);
        foreach (var field in Handler.Form.Fields)
        {
            var value = Request.Form[FieldPrefix + field.Name].ToString().Trim();
            if (value.Length > 0)
            {
                Values[field.Name] = value;
            }
        }

        if (IdempotencyKey.Length is < 8 or > 100)
        {
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }

        var user = SignedInUser;
        var channel = user.Role == Roles.PscOperator ? "service-centre" : "portal";
        try
        {
            var result = await applications.SubmitAsync(user, channel,
                new SubmitRequest(id, IsPscOperator ? ApplicantId?.Trim() : null, Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), IdempotencyKey), ct);
            return Redirect("/applications/" + Uri.EscapeDataString(result.Application.Number));
        }
        catch (QyzmetException e) when (e.Fields.Count > 0)
        {
            foreach (var (name, text) in e.Fields)
            {
                Errors[name] = text.For(Language.Current);
            }
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            Message = e.LocalizedMessage(Language.Current);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>"Only for: birth" — the labels of the choice values a conditional group applies to.</summary>
    public string ConditionLabel(FieldCondition condition)
    {
        var lang = Language.Current;
        var owner = Handler.Form.Fields.FirstOrDefault(f => f.Name == condition.Field);
        var labels = condition.Values.Select(v => owner?.Options.FirstOrDefault(o => o.Value == v)?.Label.For(lang) ?? v);
        return string.Join(", ", labels);
    }

    public static string Label(LocalizedText text) => text.For(Language.Current);

    private void Load(string id)
    {
        Service = ServiceCatalog.Find(id) ?? throw new QyzmetException(CaseErrors.ServiceUnknown, id);
        Handler = registry.Find(id) ?? throw new QyzmetException(KernelErrors.NotFound, id);
    }

    private sealed class ConditionComparer : IEqualityComparer<FieldCondition?>
    {
        public static readonly ConditionComparer Instance = new();

        public bool Equals(FieldCondition? x, FieldCondition? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Field == y.Field && x.Values.SequenceEqual(y.Values));

        public int GetHashCode(FieldCondition? obj) => obj is null ? 0 : HashCode.Combine(obj.Field, string.Join('|', obj.Values));
    }
}
