using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;
using static Qyzmet.PopulationDocuments.Common.StatementRows;

namespace Qyzmet.PopulationDocuments.Features.RegisterResidence;

/// <summary>
/// The S3 result (004.md §3.3 item 6): the record of registration, given as a signed notice. The standard gives no layout
/// (§6.8); the notice prints the record and the §6.3 consent data (owner, kind and period, where from; D-611).
/// </summary>
internal static class RegistrationNotice
{
    public static readonly LocalizedText ComeToCentre = new(
        "Сіз тұрғылықты жеріңіз бойынша тіркелдіңіз. Заңды мекенжайды электрондық жеткізгіші бар жеке куәлікке қайта жазу үшін халыққа қызмет көрсету орталығына келіңіз.",
        "Вы зарегистрированы по месту жительства. Для перезаписи юридического адреса на удостоверение личности с электронным носителем обратитесь в центр обслуживания населения.",
        "You are registered at your place of residence. Come to a public service centre to have the legal address rewritten onto your ID card's chip.");

    public static (DocumentContent Content, List<StatementRow> Statement) Build(Application app, Person person, Person? owner, RegisteredAddress address,
        ResidenceRegistration registration, RegisteredAddress? endedAddress, ResidenceRegistration? ended, ChipAddressWrite? chip, bool atCentre)
    {
        var temporary = registration.Kind == RegistrationKinds.Temporary;
        var kind = temporary
            ? new BilingualText($"Уақытша, {registration.Until:dd.MM.yyyy} дейін", $"Временная, до {registration.Until:dd.MM.yyyy}")
            : new BilingualText("Тұрақты", "Постоянная");
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(app.Number)),
            new DocumentField(new("ЖСН", "ИИН"), BilingualText.Same(person.Iin)),
            new DocumentField(new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), BilingualText.Same(person.FullName)),
            new DocumentField(new("Туған күні", "Дата рождения"), DocumentTexts.Date(person.BirthDate)),
            new DocumentField(temporary ? new("Уақытша тұратын мекенжайы", "Адрес временного пребывания") : new("Тұрғылықты жерінің мекенжайы", "Адрес места жительства"), new(address.TextKk, address.TextRu)),
            new DocumentField(new("Мекенжайдың тіркеу коды", "Регистрационный код адреса"), BilingualText.Same(address.Id)),
            new DocumentField(new("Тіркеу түрі", "Вид регистрации"), kind),
            new DocumentField(new("Тіркелген күні", "Дата регистрации"), DocumentTexts.Date(registration.RegisteredOn)),
            new DocumentField(new("Тұрғын үй иесі", "Собственник жилища"), BilingualText.Same(owner?.FullName ?? "—")),
            new DocumentField(new("Иесінің келісімі", "Согласие собственника"), atCentre
                ? new("Орталықта иесінің өзі қатысып, қол қойды", "Подписано собственником лично в центре")
                : owner?.Iin == person.Iin
                    ? new("Өтініш беруші — тұрғын үй иесі", "Заявитель — собственник жилища")
                    : new("Порталда иесінің ЭЦҚ-сымен қол қойылды", "Подписано ЭЦП собственника на портале")),
        };
        if (ended is not null && endedAddress is not null)
        {
            // 004.md §3.3 item 6: the previous registration ended automatically.
            blocks.Add(new DocumentField(new("Бұрынғы мекенжайдан тіркеу есебінен автоматты түрде шығарылды", "Автоматически снят(а) с регистрации по прежнему адресу"),
                new($"{endedAddress.TextKk}, {ended.EndedOn:dd.MM.yyyy}", $"{endedAddress.TextRu}, {ended.EndedOn:dd.MM.yyyy}")));
        }

        blocks.Add(new DocumentParagraph(chip is null
            ? new("Мекенжайды жеке куәліктің чипіне жазу талап етілмейді.", "Запись адреса на чип удостоверения личности не требуется.")
            : new($"Заңды мекенжай № {chip.CardNumber} жеке куәліктің электрондық жеткізгішіне жазуға кезекке қойылды: халыққа қызмет көрсету орталығына келіңіз.",
                $"Юридический адрес поставлен в очередь на запись на электронный носитель удостоверения личности № {chip.CardNumber}: обратитесь в центр обслуживания населения.")));
        var content = new DocumentContent
        {
            Issuer = [MigrationPolice.Ministry, new("Көші-қон полициясының аумақтық бөлімшесі", "Территориальное подразделение миграционной полиции")],
            Title = new("ТҰРҒЫЛЫҚТЫ ЖЕРІ БОЙЫНША ТІРКЕУ ТУРАЛЫ ХАБАРЛАМА", "УВЕДОМЛЕНИЕ О РЕГИСТРАЦИИ ПО МЕСТУ ЖИТЕЛЬСТВА"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(null, blocks)],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow>
        {
            Row("Өтініш", "Заявление", app.Number),
            Row("ЖСН", "ИИН", person.Iin),
            Row("Мекенжай", "Адрес", new BilingualText(address.TextKk, address.TextRu)),
            Row("Тіркеу түрі", "Вид регистрации", temporary
                ? new BilingualText($"уақытша, {registration.Until:dd.MM.yyyy} дейін", $"временная до {registration.Until:dd.MM.yyyy}")
                : new BilingualText("тұрақты", "постоянная")),
            Row("Тіркелген күні", "Дата регистрации", registration.RegisteredOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (ended is not null && endedAddress is not null)
        {
            statement.Add(Row("Мына мекенжай бойынша тіркеуден шығарылды", "Снят с регистрации по адресу", new BilingualText(endedAddress.TextKk, endedAddress.TextRu)));
        }

        return (content, statement);
    }
}
