using Microsoft.Extensions.Localization;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Identity;

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
    /// <summary>The page texts, with the roles' labels as "Role.{role}" from their declaration (<see cref="Roles.Labels"/>).</summary>
    public static readonly IReadOnlyDictionary<string, LocalizedText> All = WithRoles(new Dictionary<string, LocalizedText>
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
        ["OnBehalfOfBin"] = new("Заңды тұлғаның атынан (БСН, міндетті емес: басшы немесе сенімхат бойынша өкіл)",
            "От имени юридического лица (БИН, необязательно: руководитель или представитель по доверенности)",
            "On behalf of a legal entity (BIN, optional: its head or a representative with a power of attorney)"),
        ["Number"] = new("Нөмірі", "Номер", "Number"),
        ["DateFormat"] = new("кк.аа.жжжж", "дд.мм.гггг", "dd.mm.yyyy"),
        ["DateTimeFormat"] = new("кк.аа.жжжж сс:мм", "дд.мм.гггг чч:мм", "dd.mm.yyyy hh:mm"),
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
        ["DemoNote"] = new("Бұл — тек әзірлеу ортасындағы демо-кіру. Демо-кілт файлдарының құпиясөзі: qyzmet-demo.", "Это демо-вход, только в среде разработки. Пароль демо-файлов ключей: qyzmet-demo.", "This is the development sign-in (Development environment only). The demo key files' password is qyzmet-demo."),
        ["SignInWithKey"] = new("ЭЦҚ кілтімен кіру", "Войти с ключом ЭЦП", "Sign in with an EDS key"),
        ["KeyFileHint"] = new("Аутентификация кілтін (AUTH_…p12) таңдаңыз. Файл тек осы сұрау кезінде жадта ашылады және сақталмайды.", "Выберите ключ аутентификации (AUTH_…p12). Файл открывается в памяти только на время запроса и не сохраняется.", "Choose your authentication key (AUTH …p12). The file is opened in memory for this request only and is never stored."),
        ["KeyFile"] = new("Кілт файлы (.p12)", "Файл ключа (.p12)", "Key file (.p12)"),
        ["KeyPassword"] = new("Кілттің құпиясөзі", "Пароль ключа", "Key password"),
        ["SignInWithOtp"] = new("ЖСН және SMS-код арқылы кіру", "Вход по ИИН и коду из SMS", "Sign in with IIN and an SMS code"),
        ["SendOtp"] = new("Код жіберу", "Отправить код", "Send code"),
        ["OtpSent"] = new("Код {0} нөміріне жіберілді, 5 минут жарамды.", "Код отправлен на номер {0}, действует 5 минут.", "A code was sent to {0}; it is valid for 5 minutes."),
        ["OtpCode"] = new("SMS-код", "Код из SMS", "SMS code"),
        ["VerifyOffline"] = new("Желіден тыс тексеру: qyzmet verify құжат.pdf --root root.cer (қолтаңба мен түбірлік сертификат төменде).", "Проверка офлайн: qyzmet verify документ.pdf --root root.cer (подпись и корневой сертификат ниже).", "Check offline: qyzmet verify document.pdf --root root.cer (signature and root certificate below)."),
        ["AccessLog"] = new("Менің деректерімді кім қарады", "Кто просматривал мои данные", "Who viewed my data"),
        ["AccessLogEmpty"] = new("Деректеріңізді әзірге ешкім қарамаған.", "Ваши данные пока никто не просматривал.", "Nobody has viewed your data yet."),
        ["AccessWho"] = new("Кім", "Кто", "Who"),
        ["AccessWhy"] = new("Мақсаты", "Цель", "Why"),
        ["AccessWhen"] = new("Қашан", "Когда", "When"),
        ["Certify"] = new("Өтінішті растау", "Удостоверение заявления", "Certify the application"),
        ["CertifyHint"] = new("Қол қою кілтін (RSA/SIGN …p12) және құпиясөзін беріңіз, немесе SMS-кодты сұраңыз. Файл сақталмайды.", "Укажите ключ подписи (SIGN …p12) и пароль или запросите код SMS. Файл не сохраняется.", "Give your signing key (SIGN …p12) and its password, or ask for an SMS code. The file is not stored."),
        ["SigningKeyFile"] = new("Қол қою кілті (.p12)", "Ключ подписи (.p12)", "Signing key (.p12)"),
        ["UseOtp"] = new("Оның орнына SMS-кодпен растау", "Вместо этого подтвердить кодом SMS", "Confirm with an SMS code instead"),
        ["People"] = new("Азаматтар", "Граждане", "Citizens"),
        ["Staff"] = new("Қызметкерлер", "Сотрудники", "Staff"),
        ["FixErrors"] = new("Қателерді түзетіңіз:", "Исправьте ошибки:", "Please correct the following:"),
        ["Reason"] = new("Себебі", "Причина", "Reason"),
        ["DeclinedCardHint"] = new("Сынақ: 4000 0000 0000 0002 картасы қабылданбайды.", "Тест: карта 4000 0000 0000 0002 отклоняется.", "Test: card 4000 0000 0000 0002 is declined."),
        ["NotFound"] = new("Табылмады", "Не найдено", "Not found"),
        ["RequestFailed"] = new("Сұрау орындалмады", "Запрос не выполнен", "The request could not be completed"),
        ["ErrorTitle"] = new("Қате", "Ошибка", "Error"),
        ["ReloadForm"] = new("Бетті қайта ашу", "Открыть страницу заново", "Open the page again"),
        ["SessionExpired"] = new("Сессияңыз аяқталды: қайта кіріңіз. Формаға енгізген деректеріңіз сақталды, кіргеннен кейін оны жіберіңіз.",
            "Ваш сеанс завершился: войдите снова. Введённые в форму данные сохранены, отправьте её после входа.",
            "Your session has ended: sign in again. What you typed in the form was kept; send it after signing in."),
        ["Statement"] = new("Құжатта көрсетілген мәліметтер", "Сведения, указанные в документе", "What the document states"),
        ["Duplicate"] = new("Телнұсқа", "Дубликат", "Duplicate"),
        ["RegistryDesk"] = new("АХАЖ бөлімінің жұмыс орны", "Рабочее место отдела ЗАГС", "Registry office desk"),
        ["OfficeQueue"] = new("Бөлімнің ашық өтініштері", "Открытые заявления отдела", "Open applications of the office"),
        ["DeskActions"] = new("Әрекеттер", "Действия", "Actions"),
        ["DeskNote"] = new("Ескертпе / себеп", "Примечание / причина", "Note / reason"),
        ["NoDeskAction"] = new("Өтініш берушіні немесе жүйені күтуде", "Ожидает заявителя или системы", "Waiting for the applicant or the system"),
        ["FindActs"] = new("Өтініш берушінің актілері", "Акты заявителя", "Applicant's acts"),
        ["ActSearch"] = new("Акт жазбаларын іздеу", "Поиск актовых записей", "Search act records"),
        ["ActName"] = new("Тегі (басы)", "Фамилия (начало)", "Surname (beginning)"),
        ["ActDate"] = new("Акт күні", "Дата акта", "Act date"),
        ["ActNumber"] = new("Акт нөмірі", "Номер акта", "Act number"),
        ["ActKind"] = new("Акт түрі", "Вид акта", "Act kind"),
        ["ActParticipants"] = new("Қатысушылар", "Участники", "Participants"),
        ["ActOffice"] = new("Тіркеген орган", "Орган регистрации", "Registered by"),
        ["ActRecord"] = new("Акт жазбасы", "Актовая запись", "Act record"),
        ["NoActs"] = new("Акт жазбалары табылмады.", "Актовые записи не найдены.", "No act records found."),
        ["Search"] = new("Іздеу", "Найти", "Search"),
        ["ActKind.birth"] = new("Туу", "Рождение", "Birth"),
        ["ActKind.marriage"] = new("Неке қию", "Заключение брака", "Marriage"),
        ["ActKind.divorce"] = new("Некені бұзу", "Расторжение брака", "Divorce"),
        ["ActKind.name-change"] = new("Тегін, атын ауыстыру", "Перемена имени", "Change of name"),
        ["ActKind.paternity"] = new("Әке болуды анықтау", "Установление отцовства", "Paternity"),
        ["ActKind.adoption"] = new("Бала асырап алу", "Усыновление", "Adoption"),
        ["MarriageConsents"] = new("Некеге тұруға келісім", "Согласие на брак", "Consent to marry"),
        ["MarriageConsentsLead"] = new("Сізді болашақ жұбай ретінде көрсеткен некені тіркеу өтініштері. Неке тек екі жақтың ерікті келісімімен тіркеледі.", "Заявления на регистрацию брака, в которых вы указаны будущим супругом. Брак регистрируется только при взаимном добровольном согласии.", "Marriage applications naming you as the other future spouse. A marriage is registered only with the free consent of both."),
        ["NoConsents"] = new("Келісім күтетін өтініш жоқ.", "Заявлений, ожидающих вашего согласия, нет.", "No application is waiting for your consent."),
        ["Consent"] = new("Келісемін", "Согласен(на)", "I consent"),
        ["Decline"] = new("Бас тартамын", "Отказываюсь", "I decline"),
        ["Language"] = new("Тіл", "Язык", "Language"),
        ["Accepted"] = new("Қабылданған күні", "Дата приёма", "Accepted on"),
        ["AlmatyTime"] = new("Астана уақыты", "время Астаны", "Astana time"),
        ["Applicant"] = new("Өтініш беруші", "Заявитель", "Applicant"),
        ["ApplicationNo"] = new("№ {0} өтініш", "Заявление № {0}", "Application {0}"),
        ["BackToServices"] = new("Қызметтер тізіміне оралу", "Вернуться к списку услуг", "Back to the list of services"),
        ["CatalogLead"] = new("Қызметті таңдап, оның стандартын оқыңыз. Қолжетімді қызметтерге онлайн өтініш беруге болады.", "Выберите услугу, чтобы прочитать её стандарт. На доступные услуги можно подать заявление онлайн.", "Choose a service to read its standard. Available services can be applied for online."),
        ["Continue"] = new("Жалғастыру", "Продолжить", "Continue"),
        ["DatedOn"] = new("{0} жылғы", "от {0}", "of {0}"),
        ["FooterNote"] = new("мемлекеттік қызметтер платформасының демо-нұсқасы", "демонстрационная версия платформы государственных услуг", "a demonstration of the state services platform"),
        ["Forbidden"] = new("Рұқсат жоқ", "Доступ запрещён", "Access denied"),
        ["Iin"] = new("ЖСН", "ИИН", "IIN"),
        ["InboxInRussian"] = new("Хабарламалар қазақ және орыс тілдерінде жіберіледі.", "Уведомления отправляются на казахском и русском языках.", "Messages are sent in Kazakh and Russian; they are shown here in Russian."),
        ["Menu"] = new("Мәзір", "Меню", "Menu"),
        ["NoFormFields"] = new("Бұл қызметке қосымша мәлімет қажет емес: өтініш беруші туралы деректер мемлекеттік дерекқорлардан алынады.", "Для этой услуги дополнительных сведений не нужно: данные заявителя берутся из государственных баз.", "This service needs no further details: the applicant's data come from the state databases."),
        ["NoneStated"] = new("Регламентте көрсетілмеген.", "В регламенте не указаны.", "The regulation states none."),
        ["NotYetAvailableLong"] = new("Бұл қызметке онлайн өтініш беру әзірге қолжетімсіз.", "Онлайн-подача заявления на эту услугу пока недоступна.", "You cannot apply for this service online yet."),
        ["OnlyFor"] = new("Тек мына жағдайда толтырылады: {0}", "Заполняется только для: {0}", "Only for: {0}"),
        ["Optional"] = new("міндетті емес", "необязательно", "optional"),
        ["PaymentDue"] = new("Мемлекеттік бажды төлеңіз", "Оплатите госпошлину", "Pay the state duty"),
        ["Recipients"] = new("Алушылар", "Услугополучатели", "Who can apply"),
        ["Schedule"] = new("Жұмыс кестесі", "График работы", "Working hours"),
        ["Service"] = new("Қызмет", "Услуга", "Service"),
        ["SkipToContent"] = new("Негізгі мазмұнға өту", "Перейти к содержимому", "Skip to main content"),
        ["Step"] = new("Қадам", "Шаг", "Step"),
        ["StoppedGrounds"] = new("Құжаттарды қараудан бас тарту негіздері", "Основания для прекращения рассмотрения", "Grounds for not considering the documents"),
        ["SubmittedHere"] = new("Осы үстелде берілген өтініштер", "Заявления, поданные за этим столом", "Applications submitted at this desk"),
        ["UpdateStatus"] = new("Мәртебені жаңарту", "Обновить статус", "Update status"),
        ["VerifyLink"] = new("Құжаттың түпнұсқалығын тексеру", "Проверить подлинность документа", "Check that the document is genuine"),
        ["When"] = new("Уақыты", "Время", "When"),
        ["Who"] = new("Кім", "Кто", "Who"),
        ["Area.CivilRegistry"] = new("АХАЖ", "ЗАГС", "Civil registry"),
        ["Area.RealEstate"] = new("Жылжымайтын мүлік", "Недвижимость", "Real estate"),
        ["Area.Land"] = new("Жер қатынастары", "Земельные отношения", "Land"),
        ["Area.PopulationDocuments"] = new("Халықты құжаттандыру", "Документирование населения", "Identity documents"),
        ["Area.LegalEntities"] = new("Заңды тұлғалар", "Юридические лица", "Legal entities"),
        ["Channel.Portal"] = new("электрондық үкімет порталы", "портал электронного правительства", "e-government portal"),
        ["Channel.ProviderOffice"] = new("қызмет берушінің кеңсесі", "канцелярия услугодателя", "provider's office"),
        ["Channel.ServiceCentre"] = new("ХҚКО", "ЦОН", "public service centre"),
        ["Channel.MigrationPolice"] = new("көші-қон полициясы", "миграционная полиция", "migration police"),
        ["Recipients.None"] = new("Көрсетілмеген", "Не указаны", "Not stated"),
        ["Recipients.Individuals"] = new("Жеке тұлғалар", "Физические лица", "Individuals"),
        ["Recipients.LegalEntities"] = new("Заңды тұлғалар", "Юридические лица", "Legal entities"),
        ["Recipients.IndividualsAndLegalEntities"] = new("Жеке және заңды тұлғалар", "Физические и юридические лица", "Individuals and legal entities"),
        ["Unit.WorkingDays"] = new("{0} жұмыс күні", "{0} раб. дн.", "{0} working days"),
        ["Unit.CalendarDays"] = new("{0} күнтізбелік күн", "{0} календ. дн.", "{0} calendar days"),
        ["Unit.Hours"] = new("{0} сағат", "{0} ч.", "{0} hours"),
        ["Unit.Minutes"] = new("{0} минут", "{0} мин.", "{0} minutes"),
        ["LegalStatus.InForce"] = new("Күшінде", "Действует", "In force"),
        ["LegalStatus.Repealed"] = new("Күшін жойған", "Утратил силу", "Repealed"),
        ["LegalStatus.NotStated"] = new("Мәртебесі көрсетілмеген", "Статус не указан", "Status not stated"),
        ["StatusKind.Active"] = new("Қаралуда", "В работе", "In progress"),
        ["StatusKind.Completed"] = new("Қызмет көрсетілді", "Услуга оказана", "Service provided"),
        ["StatusKind.Ended"] = new("Қызмет көрсетілмеді", "Услуга не оказана", "Ended without the service"),
    });

    private static Dictionary<string, LocalizedText> WithRoles(Dictionary<string, LocalizedText> texts)
    {
        foreach (var (role, label) in Roles.Labels)
        {
            texts.Add("Role." + role, label);
        }

        return texts;
    }
}
