using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Forms;

namespace Qyzmet.RealEstateCadastre.Features;

/// <summary>Form fields every cadastre service asks alike.</summary>
internal static class CadastreFields
{
    /// <summary>000.md refusal ground 5: consent to the use of information protected by law, asked on every request.</summary>
    public static FormField Consent => new(
        "consent",
        new("Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісемін", "Согласен на использование сведений, составляющих охраняемую законом тайну", "I consent to the use of information protected by law"),
        FieldType.Choice)
    {
        Options = [new("given", new("Келісемін", "Согласен", "I consent"))],
    };

    // The electronic copies 000.md App. 1 lists (rows 4-8), as the applicant attaches them to the application.
    public static readonly LocalizedText PaymentCopy = new(
        "Төлемді растайтын құжаттың электрондық көшірмесі (ЭҮТШ арқылы төленбесе)",
        "Электронная копия документа, подтверждающего оплату (если оплачено не через ПШЭП)",
        "Electronic copy of the payment confirmation (unless paid via the payment gateway)");

    public static readonly LocalizedText TitleDocumentCopy = new(
        "Құқық белгілейтін құжаттың және (бар болса) жер учаскесіне сәйкестендіру құжатының электрондық көшірмесі",
        "Электронная копия правоустанавливающего документа и (при наличии) идентификационного документа на земельный участок",
        "Electronic copy of the title document and (if any) the land plot identification document");

    public static readonly LocalizedText AcceptanceActCopy = new(
        "Объектіні пайдалануға қабылдау актісінің және жер учаскесіне сәйкестендіру құжатының электрондық көшірмелері",
        "Электронные копии акта приемки объекта в эксплуатацию и идентификационного документа на земельный участок",
        "Electronic copies of the acceptance act and of the land plot identification document");

    public static readonly LocalizedText ActOfWorksCopy = new(
        "Заңды тұлғамен шарт жасалса: орындалған жұмыстар актісінің электрондық көшірмесі",
        "При договоре с юридическим лицом: электронная копия акта выполненных работ",
        "With a service contract with a legal entity: electronic copy of the act of completed works");
}
