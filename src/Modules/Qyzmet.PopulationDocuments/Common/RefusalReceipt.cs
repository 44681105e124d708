using System.Globalization;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using static Qyzmet.PopulationDocuments.Common.StatementRows;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The receipt on refusal to accept documents (004.md §6.2; S2 Appendix, S5 Appendix 3): addressee, the Art. 20 para 2
/// text naming the service, the numbered list of missing documents, "2 copies, one for each party", the PSC employee
/// and executor (D-613: the operator who took the package).
/// </summary>
internal static class RefusalReceipt
{
    public static (DocumentContent Content, List<StatementRow> Statement) Build(Application app, IReadOnlyList<(string Kk, string Ru)> missing,
        string operatorName, string serviceKk = "Тұрғылықты жерінен мекенжай анықтамаларын беру", string serviceRu = "Выдача адресных справок с места жительства")
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentField(new("Кімге (Т.А.Ә. не ұйымның атауы)", "Кому (Ф.И.О. либо наименование организации)"), BilingualText.Same(app.ApplicantName)),
            new DocumentParagraph(new(
                $"«Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі Қазақстан Республикасы Заңының 20-бабының 2-тармағын басшылыққа ала отырып, «Халыққа қызмет көрсету орталығы» РМК филиалының бөлімі мемлекеттік көрсетілетін қызмет стандартында көзделген тізбеге сәйкес құжаттардың толық топтамасын ұсынбауыңызға байланысты «{serviceKk}» мемлекеттік көрсетілетін қызметті көрсетуге құжаттарды қабылдаудан бас тартады, атап айтқанда:",
                $"Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан от 15 апреля 2013 года «О государственных услугах», отдел филиала РГП «Центр обслуживания населения» отказывает в приеме документов на оказание государственной услуги «{serviceRu}» ввиду представления вами неполного пакета документов согласно перечню, предусмотренному стандартом государственной услуги, а именно:")),
            new DocumentTable(
                [new("№", "№"), new("Жоқ құжаттардың атаулары", "Наименование отсутствующих документов")],
                [.. missing.Select((m, i) => (IReadOnlyList<BilingualText>)[BilingualText.Same((i + 1).ToString(CultureInfo.InvariantCulture)), new(m.Kk, m.Ru)])],
                [1f, 9f]),
            new DocumentParagraph(new("Осы қолхат 2 данада, әрбір тарапқа бір-біреуден жасалды.", "Настоящая расписка составлена в 2 экземплярах, по одному для каждой стороны.")),
            new DocumentField(new("ХҚО қызметкері", "Работник ЦОН"), BilingualText.Same(operatorName)),
            new DocumentField(new("Орындаушы", "Исполнитель"), BilingualText.Same(operatorName)),
            new DocumentField(new("Телефоны", "Телефон"), BilingualText.Same("1414")),
            new DocumentField(new("Алдым: Т.А.Ә. / көрсетілетін қызметті алушының қолы", "Получил: Ф.И.О. / подпись услугополучателя"), BilingualText.Same(app.ApplicantName)),
        };
        var content = new DocumentContent
        {
            Issuer = [new("«Халыққа қызмет көрсету орталығы» РМК", "РГП «Центр обслуживания населения»")],
            Title = new("ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ ТУРАЛЫ ҚОЛХАТ", "РАСПИСКА ОБ ОТКАЗЕ В ПРИЕМЕ ДОКУМЕНТОВ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(null, blocks)],
        };
        var statement = new List<StatementRow>
        {
            Row("Өтініш", "Заявление", app.Number),
            Row("Кімге", "Кому", app.ApplicantName),
            Row("Ұсынылмаған құжаттар", "Отсутствующие документы", new BilingualText(string.Join("; ", missing.Select(m => m.Kk)), string.Join("; ", missing.Select(m => m.Ru)))),
            Row("Дана саны", "Экземпляров", "2"),
            Row("ХҚО қызметкері", "Работник ЦОН", operatorName),
        };
        return (content, statement);
    }
}
