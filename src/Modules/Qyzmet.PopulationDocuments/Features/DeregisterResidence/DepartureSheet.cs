using System.Globalization;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;
using static Qyzmet.PopulationDocuments.Common.StatementRows;

namespace Qyzmet.PopulationDocuments.Features.DeregisterResidence;

/// <summary>
/// The address departure sheet (мекенжайдан кету парағы / адресный листок убытия; 004.md §3.4 item 6). 004.md gives no
/// layout (§8.3 item 30); it prints the person, the address left, the date and the reason, and the stamp and seal line;
/// the signature is the unit's official's (D-609).
/// </summary>
internal static class DepartureSheet
{
    public static (DocumentContent Content, List<StatementRow> Statement) Build(Application app, Person subject, RegisteredAddress address,
        ResidenceRegistration registration, string reason, IReadOnlyDictionary<string, string> form, DateOnly today)
    {
        var (reasonKk, reasonRu) = EndReasons.Text(reason);
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("ЖСН", "ИИН"), BilingualText.Same(subject.Iin)),
            new DocumentField(new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), BilingualText.Same(subject.FullName)),
            new DocumentField(new("Туған күні мен жері", "Дата и место рождения"), new($"{subject.BirthDate:dd.MM.yyyy}, {subject.BirthPlaceKk}", $"{subject.BirthDate:dd.MM.yyyy}, {subject.BirthPlaceRu}")),
            new DocumentField(new("Тіркеуден шығарылған мекенжайы", "Адрес, с которого снят(а) с учёта"), new(address.TextKk, address.TextRu)),
            new DocumentField(new("Тіркелген күні", "Дата регистрации"), DocumentTexts.Date(registration.RegisteredOn)),
            new DocumentField(new("Тіркеу есебінен шығарылған күні", "Дата снятия с регистрационного учёта"), DocumentTexts.Date(today)),
            new DocumentField(new("Тіркеуден шығару себебі", "Причина снятия с регистрации"), new(reasonKk, reasonRu)),
        };
        if (form.TryGetValue("destination", out var destination))
        {
            blocks.Add(new DocumentField(new("Баратын елі", "Страна выезда"), BilingualText.Same(destination)));
        }

        foreach (var (key, kk, ru) in new[] { ("departurePermit", "Кетуге рұқсат", "Разрешение на выезд"), ("verdict", "Сот үкімі", "Приговор суда"), ("courtDecision", "Сот шешімі", "Решение суда") })
        {
            if (form.TryGetValue(key, out var value))
            {
                blocks.Add(new DocumentField(new(kk, ru), BilingualText.Same(value)));
            }
        }

        blocks.Add(new DocumentParagraph(new(
            "Белгіленген үлгідегі мөртабан. Көрсетілетін қызметті берушінің паспорттық елтаңбалы мөрімен және қолымен куәландырылды.",
            "Штамп установленного образца. Заверено паспортной гербовой печатью и подписью услугодателя.")));
        var content = new DocumentContent
        {
            Issuer = [MigrationPolice.Ministry, new("Көші-қон полициясының аумақтық бөлімшесі", "Территориальное подразделение миграционной полиции")],
            Title = new("МЕКЕНЖАЙДАН КЕТУ ПАРАҒЫ", "АДРЕСНЫЙ ЛИСТОК УБЫТИЯ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(null, blocks)],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow>
        {
            Row("Өтініш", "Заявление", app.Number),
            Row("ЖСН", "ИИН", subject.Iin),
            Row("Мына мекенжай бойынша тіркеуден шығарылды", "Снят с регистрации по адресу", new BilingualText(address.TextKk, address.TextRu)),
            Row("Тіркеуден шығарылған күні", "Дата снятия с регистрации", today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            Row("Тіркеуден шығару себебі", "Причина снятия с регистрации", new BilingualText(reasonKk, reasonRu)),
        };
        return (content, statement);
    }
}
