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
}
