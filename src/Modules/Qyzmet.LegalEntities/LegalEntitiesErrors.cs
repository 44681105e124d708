using Qyzmet.Kernel.Errors;

namespace Qyzmet.LegalEntities;

/// <summary>Error codes of the legal-entities module (prefix LE-). Never renumber.</summary>
public static class LegalEntitiesErrors
{
    public static readonly ErrorCode IndividualReferenceForEntity = new("LE-0001", 422, new(
        "Жеке тұлғаның заңды тұлғаларға қатысуы туралы анықтама тек жеке тұлғаға (ЖСН бойынша) беріледі. Заңды тұлға үшін «Заңды тұлғаның басқа заңды тұлғаларға қатысуы» анықтамасын таңдаңыз.",
        "Справка об участии физического лица в юридических лицах выдаётся только физическому лицу (по ИИН). Для юридического лица выберите справку «Об участии юридического лица в других юридических лицах».",
        "The reference on an individual's participation is issued to an individual (by IIN) only. For a legal entity choose the reference on a legal entity's participation in other legal entities (entity-participation)."));

    public static readonly ErrorCode BinRequired = new("LE-0002", 400, new(
        "Анықтама қай заңды тұлға туралы екенін көрсетіңіз: «БСН» өрісін толтырыңыз.",
        "Укажите, о каком юридическом лице справка: заполните поле «БИН».",
        "Say which legal entity the reference is about: fill in 'bin'."));
}
