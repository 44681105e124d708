using System.Globalization;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Forms;

public enum FieldType
{
    Text,
    Date,
    Iin,
    Bin,
    IinOrBin,
    CadastralNumber,
    Choice,
}

public sealed record FieldOption(string Value, LocalizedText Label);

public sealed record FieldCondition(string Field, params string[] Values);

/// <summary>
/// One field of a service's request form, as the regulation lists it. The same declaration drives the portal page,
/// the PSC desk page and the API validation, so the three channels cannot drift apart.
/// </summary>
public sealed record FormField(string Name, LocalizedText Label, FieldType Type, bool Required = true)
{
    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    /// <summary>Only asked (and only required) when another field has one of some values, e.g. per reference kind.</summary>
    public FieldCondition? ShownWhen { get; init; }

    public LocalizedText? Hint { get; init; }

    public int MaxLength { get; init; } = 200;
}

public sealed class ServiceForm(params FormField[] fields)
{
    public IReadOnlyList<FormField> Fields { get; } = fields;

    /// <summary>
    /// The electronic copies the applicant attaches to the application, as the standard's list of required documents
    /// names them (e.g. 000.md App. 1 row 8). Empty when the service takes none: then no upload box is offered (decisions.md D-315).
    /// </summary>
    public IReadOnlyList<LocalizedText> Attachments { get; init; } = [];

    /// <summary>
    /// The value of <paramref name="field"/> as a person reads it in <paramref name="lang"/>: a choice by its label, a date
    /// as dd.MM.yyyy, anything else as entered.
    /// </summary>
    public static string Display(FormField field, string value, string lang) => field.Type switch
    {
        FieldType.Choice => field.Options.FirstOrDefault(o => o.Value == value)?.Label.For(lang) ?? value,
        FieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) =>
            d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => value,
    };

    public bool IsShown(FormField field, IReadOnlyDictionary<string, string> values) =>
        field.ShownWhen is not { } cond || (values.TryGetValue(cond.Field, out var v) && cond.Values.Contains(v));

    /// <summary>
    /// Checks every field and returns the cleaned values (trimmed, only the fields that apply) or throws one
    /// validation error listing every field that is wrong, so the applicant fixes all of them at once.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string?> input)
    {
        var values = input.Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.Trim(), StringComparer.Ordinal);
        var errors = new Dictionary<string, LocalizedText>();
        var clean = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var unknown in values.Keys.Where(k => Fields.All(f => f.Name != k)))
        {
            errors[unknown] = new LocalizedText(
                "Бұл қызметте мұндай өріс жоқ; оны алып тастаңыз.",
                "У этой услуги нет такого поля; уберите его.",
                $"This service has no field '{unknown}'; remove it. Fields: {string.Join(", ", Fields.Select(f => f.Name))}.");
        }

        foreach (var field in Fields)
        {
            if (!IsShown(field, values))
            {
                continue;
            }

            values.TryGetValue(field.Name, out var value);
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required)
                {
                    errors[field.Name] = new LocalizedText(
                        $"«{field.Label.Kk}» өрісін толтырыңыз.",
                        $"Заполните поле «{field.Label.Ru}».",
                        $"Fill in '{field.Label.En}' ({field.Name}).");
                }

                continue;
            }

            var problem = Check(field, value);
            if (problem is not null)
            {
                errors[field.Name] = problem;
            }
            else
            {
                clean[field.Name] = field.Type == FieldType.CadastralNumber ? CadastralNumber.Parse(value).Value : value;
            }
        }

        if (errors.Count > 0)
        {
            throw new QyzmetException(KernelErrors.Validation) { Fields = errors };
        }

        return clean;
    }

    private static LocalizedText? Check(FormField field, string value)
    {
        if (value.Length > field.MaxLength)
        {
            return new LocalizedText(
                $"«{field.Label.Kk}»: ең көбі {field.MaxLength} таңба.",
                $"«{field.Label.Ru}»: не более {field.MaxLength} символов.",
                $"'{field.Label.En}' is too long: at most {field.MaxLength} characters.");
        }

        ErrorCode? error = null;
        switch (field.Type)
        {
            case FieldType.Iin:
                Iin.TryParse(value, out _, out error);
                break;
            case FieldType.Bin:
                Bin.TryParse(value, out _, out error);
                break;
            case FieldType.IinOrBin:
                if (!Iin.TryParse(value, out _, out error))
                {
                    Bin.TryParse(value, out _, out var binError);
                    error = binError is null ? null : error;
                }

                break;
            case FieldType.CadastralNumber:
                CadastralNumber.TryParse(value, out _, out error);
                break;
            case FieldType.Date:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return new LocalizedText(
                        $"«{field.Label.Kk}»: күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2009-08-24.",
                        $"«{field.Label.Ru}»: укажите дату в виде ГГГГ-ММ-ДД, например 2009-08-24.",
                        $"'{field.Label.En}': write the date as yyyy-MM-dd, e.g. 2009-08-24.");
                }

                break;
            case FieldType.Choice:
                if (field.Options.All(o => o.Value != value))
                {
                    var allowed = string.Join(", ", field.Options.Select(o => o.Value));
                    return new LocalizedText(
                        $"«{field.Label.Kk}»: мына мәндердің бірін таңдаңыз: {allowed}.",
                        $"«{field.Label.Ru}»: выберите одно из значений: {allowed}.",
                        $"'{field.Label.En}': choose one of: {allowed}.");
                }

                break;
            case FieldType.Text:
            default:
                break;
        }

        return error is null ? null : new LocalizedText(
            $"«{field.Label.Kk}»: {error.Message.Kk}",
            $"«{field.Label.Ru}»: {error.Message.Ru}",
            $"'{field.Label.En}': {error.Message.En}");
    }
}
