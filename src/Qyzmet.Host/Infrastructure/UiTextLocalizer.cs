using Microsoft.Extensions.Localization;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Page texts in Kazakh, Russian and English behind the standard IStringLocalizer, kept in one table
/// (<see cref="UiTexts"/>) so that a missing translation is one line to add, not a resource file per page.
/// </summary>
public sealed class UiTextLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] =>
        UiTexts.All.TryGetValue(name, out var text) ? new LocalizedString(name, text.For(Language.Current)) : new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        UiTexts.All.TryGetValue(name, out var text) ? new LocalizedString(name, text.Format(Language.Current, arguments)) : new LocalizedString(name, name, resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        UiTexts.All.Select(kv => new LocalizedString(kv.Key, kv.Value.For(Language.Current)));
}

public sealed class UiTextLocalizerFactory : IStringLocalizerFactory
{
    private static readonly UiTextLocalizer Instance = new();

    public IStringLocalizer Create(Type resourceSource) => Instance;

    public IStringLocalizer Create(string baseName, string location) => Instance;
}

public static class UiTexts
{
    public static readonly IReadOnlyDictionary<string, LocalizedText> All = new Dictionary<string, LocalizedText>
    {
        ["AppName"] = new("Qyzmet — мемлекеттік қызметтер", "Qyzmet — государственные услуги", "Qyzmet — state services"),
        ["Services"] = new("Қызметтер", "Услуги", "Services"),
        ["Cabinet"] = new("Жеке кабинет", "Личный кабинет", "Personal cabinet"),
        ["MyApplications"] = new("Менің өтініштерім", "Мои заявления", "My applications"),
        ["Inbox"] = new("Хабарламалар", "Уведомления", "Messages"),
        ["SignIn"] = new("Кіру", "Войти", "Sign in"),
        ["SignOut"] = new("Шығу", "Выйти", "Sign out"),
        ["Available"] = new("Қолжетімді", "Доступна", "Available"),
        ["NotYetAvailable"] = new("Әзірге қолжетімсіз", "Пока недоступна", "Not yet available"),
        ["Apply"] = new("Өтініш беру", "Подать заявление", "Apply"),
        ["Submit"] = new("Жіберу", "Отправить", "Submit"),
        ["Provider"] = new("Қызмет беруші", "Услугодатель", "Provider"),
        ["Fee"] = new("Төлем", "Стоимость", "Fee"),
        ["Deadline"] = new("Мерзімі", "Срок", "Deadline"),
        ["Results"] = new("Нәтижесі", "Результат", "Result"),
        ["RefusalGrounds"] = new("Бас тарту негіздері", "Основания для отказа", "Grounds for refusal"),
        ["Documents"] = new("Қажетті құжаттар", "Необходимые документы", "Required documents"),
        ["LegalSource"] = new("Құқықтық негіз", "Правовое основание", "Legal basis"),
        ["Channels"] = new("Арналар", "Каналы", "Channels"),
        ["ApplicantIin"] = new("Алушының ЖСН/БСН", "ИИН/БИН услугополучателя", "Applicant's IIN/BIN"),
        ["Number"] = new("Нөмірі", "Номер", "Number"),
        ["Status"] = new("Мәртебесі", "Статус", "Status"),
        ["Submitted"] = new("Берілген күні", "Дата подачи", "Submitted"),
        ["Due"] = new("Орындау мерзімі", "Срок оказания", "Due by"),
        ["History"] = new("Тарихы", "История", "History"),
        ["Pay"] = new("Төлеу", "Оплатить", "Pay"),
        ["CardNumber"] = new("Карта нөмірі", "Номер карты", "Card number"),
        ["Amount"] = new("Сомасы", "Сумма", "Amount"),
        ["PayBefore"] = new("Төлеу мерзімі", "Оплатить до", "Pay before"),
        ["Receipt"] = new("Түбіртек", "Квитанция", "Receipt"),
        ["Download"] = new("Нәтижені жүктеу (PDF)", "Скачать результат (PDF)", "Download the result (PDF)"),
        ["Verify"] = new("Құжатты тексеру", "Проверка документа", "Document verification"),
        ["HashOk"] = new("Құжат өзгертілмеген (SHA-256 сәйкес)", "Документ не изменён (SHA-256 совпадает)", "The document is unchanged (SHA-256 matches)"),
        ["HashBad"] = new("Құжат өзгертілген!", "Документ изменён!", "The document has been altered!"),
        ["SignatureOk"] = new("Қолтаңба жарамды", "Подпись действительна", "The signature is valid"),
        ["SignatureBad"] = new("Қолтаңба жарамсыз", "Подпись недействительна", "The signature is not valid"),
        ["Signer"] = new("Қол қойған", "Подписант", "Signed by"),
        ["Issued"] = new("Берілген күні", "Дата выдачи", "Issued"),
        ["NoApplications"] = new("Әзірге өтініш жоқ.", "Заявлений пока нет.", "No applications yet."),
        ["NoMessages"] = new("Хабарлама жоқ.", "Уведомлений нет.", "No messages."),
        ["Next"] = new("Келесі бет", "Следующая страница", "Next page"),
        ["PscDesk"] = new("ХҚКО операторы", "Оператор ЦОН", "PSC desk"),
        ["SignInAs"] = new("Демо-тіркелгімен кіру", "Вход под демо-учётной записью", "Sign in with a demo account"),
        ["DemoNote"] = new("Бұл — демо-кіру. ЭЦҚ мен SMS арқылы кіру жеке міндетте жасалады.", "Это демо-вход. Вход по ЭЦП и SMS реализуется отдельно.", "This is the development sign-in. Sign-in with a digital signature or SMS comes separately."),
        ["People"] = new("Азаматтар", "Граждане", "Citizens"),
        ["Staff"] = new("Қызметкерлер", "Сотрудники", "Staff"),
        ["FixErrors"] = new("Қателерді түзетіңіз:", "Исправьте ошибки:", "Please correct the following:"),
        ["Reason"] = new("Себебі", "Причина", "Reason"),
        ["DeclinedCardHint"] = new("Сынақ: 4000 0000 0000 0002 картасы қабылданбайды.", "Тест: карта 4000 0000 0000 0002 отклоняется.", "Test: card 4000 0000 0000 0002 is declined."),
        ["NotFound"] = new("Табылмады", "Не найдено", "Not found"),
        ["Statement"] = new("Құжатта көрсетілген мәліметтер", "Сведения, указанные в документе", "What the document states"),
        ["Duplicate"] = new("Телнұсқа", "Дубликат", "Duplicate"),
        ["Language"] = new("Тіл", "Язык", "Language"),
    };
}
