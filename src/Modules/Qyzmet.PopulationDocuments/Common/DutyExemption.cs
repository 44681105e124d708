using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Forms;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// Exemption from the state duty on presenting the confirming documents (004.md §3.1 item 7 and item 9.1 for S1, §3.3
/// item 7 and item 9.4 for S3; §8.2 rule 2; §8.3 item 29; D-620). 004.md names no exempt category: the categories are the
/// Tax Code's, so the operator records the ground the confirming document states and the document itself; the duty is
/// then 0. The documents are presented at the centre: a portal request pays through the payment gateway (§8.2 rule 2).
/// S2 has no exemptions (§3.2 item 7) and S4/S5 are free, so only S1 and S3 carry these fields.
/// </summary>
internal static class DutyExemption
{
    public const string Field = "exemption";
    public const string GroundField = "exemptionGround";
    public const string ProofField = "exemptionProof";

    public static readonly FormField[] Fields =
    [
        new FormField(Field, new("Мемлекеттік баждан босату", "Освобождение от государственной пошлины", "Exemption from the state duty"), FieldType.Choice, Required: false)
        {
            Options =
            [
                new("no", new("Жоқ: баж төленеді", "Нет: пошлина оплачивается", "No: the duty is paid")),
                new("yes", new("Иә: растайтын құжат ұсынылды (тек орталықта)", "Да: представлен подтверждающий документ (только в центре)", "Yes: the confirming document is presented (at the centre only)")),
            ],
        },
        new FormField(GroundField, new("Босату негізі (Салық кодексінің бабы, тармағы, санаты)", "Основание освобождения (статья, пункт Налогового кодекса, категория)", "Ground of the exemption (Tax Code article, item, category)"), FieldType.Text)
        {
            ShownWhen = new(Field, "yes"),
        },
        new FormField(ProofField, new("Растайтын құжат (түрі, нөмірі, күні, берген орган)", "Подтверждающий документ (вид, номер, дата, выдавший орган)", "Confirming document (type, number, date, issuing authority)"), FieldType.Text)
        {
            ShownWhen = new(Field, "yes"),
        },
    ];

    public static bool Claimed(IReadOnlyDictionary<string, string> form) => form.GetValueOrDefault(Field) == "yes";

    /// <summary>What the history and audit record of the exemption: the ground and the document.</summary>
    public static string Record(IReadOnlyDictionary<string, string> form) =>
        $"state duty exemption: {form.GetValueOrDefault(GroundField)}; confirming document: {form.GetValueOrDefault(ProofField)}";

    /// <summary>§8.2 rule 2 (D-620): the confirming document is shown at the centre; a portal request pays.</summary>
    public static void CheckChannel(string channel, IReadOnlyDictionary<string, string> form)
    {
        if (Claimed(form) && channel != Channels.ServiceCentre)
        {
            throw new QyzmetException(PopulationErrors.ExemptionAtCentreOnly) { Fields = { [Field] = PopulationErrors.ExemptionAtCentreOnly.Message } };
        }
    }
}
