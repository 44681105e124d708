using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Pages;

/// <summary>
/// The application form of a service, drawn from the handler's form declaration. Conditional fields are all shown,
/// grouped under the choice they belong to; the form declaration decides which of them apply when validating.
/// </summary>
[Authorize]
public sealed class ApplyModel(ProcedureRegistry registry, ApplicationService applications, SubmissionConfirmations confirmations,
    IConfiguration config, IHostEnvironment environment) : PortalPage
{
    public const string FieldPrefix = "field.";

    public ServiceStandard Service { get; private set; } = null!;

    public IStateServiceHandler Handler { get; private set; } = null!;

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ApplicantId { get; set; }

    /// <summary>
    /// D-639: at the PSC desk, the person being served as the operator's desk handle (<see cref="DeskSubjects"/>); the form
    /// is filled with the IIN it names, so the address never carries the IIN.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    /// <summary>
    /// D-628: the desk page the PSC operator came from (e.g. the registration-point workstation); after submitting the
    /// operator goes back there with the application's number (<c>submitted</c>) instead of to the application page.
    /// Only a local address of this site is followed.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = "";

    [BindProperty]
    public Guid? OtpChallengeId { get; set; }

    [BindProperty]
    public string? OtpCode { get; set; }

    /// <summary>The detached CMS over the canonical form, made in the browser (NCALayer createCAdESFromBase64, eds.js).</summary>
    [BindProperty]
    public string? Signature { get; set; }

    public string NcaLayerUrls => NcaLayerSettings.Urls(config, environment);

    public string? OtpPhone { get; private set; }

    public bool IsPscOperator => SignedInUser.Role == Roles.PscOperator;

    /// <summary>The fields without a condition, then one group per condition, in declaration order.</summary>
    public IEnumerable<IGrouping<FieldCondition?, FormField>> Groups =>
        Handler.Form.Fields.GroupBy(f => f.ShownWhen, ConditionComparer.Instance).OrderBy(g => g.Key is null ? 0 : 1);

    public IActionResult OnGet(string id)
    {
        Load(id);
        IdempotencyKey = Guid.NewGuid().ToString("N");
        if (IsPscOperator && !string.IsNullOrWhiteSpace(Subject))
        {
            // Another operator's, expired or altered handle: the form opens empty with the reason, naming nobody (D-639).
            ApplicantId = HttpContext.RequestServices.GetRequiredService<DeskSubjects>().Resolve(SignedInUser, Subject);
            if (ApplicantId is null)
            {
                Message = UiTexts.All["DeskSubjectExpired"].For(Language.Current);
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }

        return Page();
    }

    /// <summary>Sends an SMS code confirming exactly the request as filled in, then shows the form again with a code field.</summary>
    public async Task<IActionResult> OnPostRequestOtpAsync(string id, CancellationToken ct)
    {
        ReadForm(id);
        try
        {
            var applicant = IsPscOperator ? ApplicantId?.Trim() ?? throw new QyzmetException(CaseErrors.ApplicantRequired)
                : ApplicationService.OwnApplicantId(SignedInUser, ApplicantId);
            var issued = await confirmations.RequestOtpAsync(id, applicant, Fields, ct);
            OtpChallengeId = issued.ChallengeId;
            OtpPhone = issued.MaskedPhone;
            return Page();
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    /// <summary>
    /// Applies. With a signature (made on the citizen's side through NCALayer; the server never sees a key) or an SMS
    /// code the request is certified; with neither only a development session may apply (ADR 0010).
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        ReadForm(id);
        if (IdempotencyKey.Length is < 8 or > 100)
        {
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }

        var user = SignedInUser;
        var channel = user.Role == Roles.PscOperator ? "service-centre" : "portal";
        try
        {
            // An applicant may give a company's BIN (head or attorney, D-308); otherwise they apply for themself.
            var applicantId = IsPscOperator ? ApplicantId?.Trim() : ApplicationService.OwnApplicantId(user, ApplicantId);
            var signature = string.IsNullOrWhiteSpace(Signature) ? null : Signature.Trim();
            var otp = OtpChallengeId is { } challenge && !string.IsNullOrWhiteSpace(OtpCode) ? new OtpConfirmation(challenge, OtpCode.Trim()) : null;
            var result = await applications.SubmitAsync(user, channel, new SubmitRequest(id, applicantId, Fields, IdempotencyKey, signature, otp), ct);
            if (IsPscOperator && ReturnAddress(ReturnTo) is { } back)
            {
                return Redirect(back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "submitted=" + Uri.EscapeDataString(result.Application.Number));
            }

            return Redirect("/applications/" + Uri.EscapeDataString(result.Application.Number));
        }
        catch (QyzmetException e) when (e.Fields.Count > 0)
        {
            foreach (var (name, text) in e.Fields)
            {
                Errors[name] = _badDates.Contains(name) ? DateError(name) : text.For(Language.Current);
            }
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403) || e.Error == TrustErrors.NotEntitledForLegalEntity)
        {
            Message = e.LocalizedMessage(Language.Current);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>D-628: a path of this site ("/population/psc?subject=…"), never another host ("//x", "/\\x", "https://…"); else null.</summary>
    public static string? ReturnAddress(string? returnTo)
    {
        var value = returnTo?.Trim();
        return !string.IsNullOrEmpty(value) && value.Length <= 500 && value[0] == '/' && (value.Length == 1 || (value[1] != '/' && value[1] != '\\'))
            && !value.Any(char.IsControl) ? value : null;
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

    private string DateError(string name)
    {
        var label = Handler.Form.Fields.First(f => f.Name == name).Label;
        return new LocalizedText($"«{label.Kk}»: күнді кк.аа.жжжж түрінде жазыңыз, мысалы 24.08.2009.",
            $"«{label.Ru}»: укажите дату в виде дд.мм.гггг, например 24.08.2009.",
            $"'{label.En}': write the date as dd.mm.yyyy, e.g. 24.08.2009.").For(Language.Current);
    }

    private readonly HashSet<string> _badDates = [];

    private Dictionary<string, string?> Fields => Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);

    private void ReadForm(string id)
    {
        Load(id);
        foreach (var field in Handler.Form.Fields)
        {
            var value = Request.Form[FieldPrefix + field.Name].ToString().Trim();
            if (value.Length > 0)
            {
                // D-316: a date is typed as dd.mm.yyyy and goes to the service form as ISO; a text that is no date
                // goes as typed and its error names the dd.mm.yyyy form.
                if (field.Type == FieldType.Date && PortalFormat.IsoDate(value) is { } iso)
                {
                    value = iso;
                }
                else if (field.Type == FieldType.Date)
                {
                    _badDates.Add(field.Name);
                }

                Values[field.Name] = value;
            }
        }
    }

    private void Load(string id)
    {
        Service = ServiceCatalog.Find(id) ?? throw new QyzmetException(CaseErrors.ServiceUnknown, id);
        Handler = registry.ForNewApplication(id);
    }

    private sealed class ConditionComparer : IEqualityComparer<FieldCondition?>
    {
        public static readonly ConditionComparer Instance = new();

        public bool Equals(FieldCondition? x, FieldCondition? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Field == y.Field && x.Values.SequenceEqual(y.Values));

        public int GetHashCode(FieldCondition? obj) => obj is null ? 0 : HashCode.Combine(obj.Field, string.Join('|', obj.Values));
    }
}
