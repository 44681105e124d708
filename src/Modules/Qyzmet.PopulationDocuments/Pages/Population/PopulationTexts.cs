using System.Globalization;
using Qyzmet.Kernel.Text;

namespace Qyzmet.PopulationDocuments.Pages.Population;

/// <summary>The population pages' own texts in Kazakh, Russian and English (kept with the area's pages, ADR 0014).</summary>
internal static class PopulationTexts
{
    private static readonly Dictionary<string, LocalizedText> All = new(StringComparer.Ordinal)
    {
        ["WorkstationTitle"] = new("Тіркеу пункті: халықты құжаттандыру және тіркеу", "Пункт регистрации: документирование и регистрация населения", "Registration point: documenting and registering the population"),
        ["WorkstationLead"] = new("Азаматтың ЖСН-ін енгізіңіз: тегі, аты және туған күні тіркелімнен көрсетіледі, содан кейін қызметті таңдаңыз.", "Введите ИИН гражданина: ФИО и дата рождения будут показаны из регистра, затем выберите услугу.", "Enter the citizen's IIN: the name and date of birth are shown from the register; then choose the service."),
        ["Iin"] = new("ЖСН", "ИИН", "IIN"),
        ["Check"] = new("Тексеру", "Проверить", "Check"),
        ["Person"] = new("Азамат", "Гражданин", "Citizen"),
        ["FullName"] = new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
        ["BirthDate"] = new("Туған күні", "Дата рождения", "Date of birth"),
        ["ChooseService"] = new("Қызметті таңдаңыз", "Выберите услугу", "Choose the service"),
        ["Open"] = new("Өтініш нысанын ашу", "Открыть форму заявления", "Open the application form"),
        ["PersonApplications"] = new("Азаматтың өтініштері", "Заявления гражданина", "The citizen's applications"),
        ["None"] = new("Өтініштер жоқ.", "Заявлений нет.", "No applications."),
        ["Number"] = new("Нөмірі", "Номер", "Number"),
        ["Service"] = new("Қызмет", "Услуга", "Service"),
        ["Status"] = new("Мәртебесі", "Статус", "Status"),
        ["Submitted"] = new("Берілген уақыты", "Подано", "Submitted"),
        ["Document"] = new("Құжат", "Документ", "Document"),
        ["Actions"] = new("Әрекеттер", "Действия", "Actions"),
        ["DownloadCoupon"] = new("Талонды басып шығару / жүктеу (PDF)", "Распечатать / скачать талон (PDF)", "Print / download the coupon (PDF)"),
        ["DownloadResult"] = new("Құжатты жүктеу (PDF)", "Скачать документ (PDF)", "Download the document (PDF)"),
        ["Biometrics"] = new("Фотосурет пен қолтаңба", "Фотография и подпись", "Photograph and signature"),
        ["BiometricsLead"] = new("Фотосурет (3,5 × 4,5 см, 300 dpi, кемінде 402 × 531 пиксель) және қолтаңба (7 × 2 см, кемінде 827 × 236 пиксель): JPEG немесе PNG файлы. Орталықта суретке түсіру тегін.", "Фотография (3,5 × 4,5 см, 300 dpi, не меньше 402 × 531 пикселей) и подпись (7 × 2 см, не меньше 827 × 236 пикселей): файл JPEG или PNG. Фотографирование в центре бесплатно.", "Photograph (3.5 × 4.5 cm, 300 dpi, at least 402 × 531 pixels) and signature (7 × 2 cm, at least 827 × 236 pixels): a JPEG or PNG file. Photographing at the centre is free."),
        ["Photo"] = new("Фотосурет", "Фотография", "Photograph"),
        ["Signature"] = new("Қолтаңба", "Подпись", "Signature"),
        ["Upload"] = new("Жүктеу", "Загрузить", "Upload"),
        ["Captured"] = new("алынды", "снята", "captured"),
        ["Missing"] = new("жоқ", "нет", "missing"),
        ["HandOver"] = new("Талон бойынша беру", "Выдача по талону", "Hand over against the coupon"),
        ["Coupon"] = new("Талонның нөмірі", "Номер талона", "Coupon number"),
        ["ReceivedBy"] = new("Кім алады", "Кто получает", "Who receives"),
        ["InPerson"] = new("Алушының өзі", "Лично получатель", "The recipient in person"),
        ["LegalRepresentative"] = new("Заңды өкіл (ата-анасы)", "Законный представитель (родитель)", "Legal representative (parent)"),
        ["Proxy"] = new("Нотариат куәландырған сенімхат бойынша сенімді адам", "Доверенное лицо по нотариальной доверенности", "Trusted person with a notarised power of attorney"),
        ["RepresentativeIin"] = new("Заңды өкілдің ЖСН-і", "ИИН законного представителя", "Legal representative's IIN"),
        ["PowerOfAttorney"] = new("Сенімхат (нотариус, нөмірі, күні)", "Доверенность (нотариус, номер, дата)", "Power of attorney (notary, number, date)"),
        ["HandOverButton"] = new("Құжатты беру", "Выдать документ", "Hand the document over"),
        ["Done"] = new("Орындалды.", "Выполнено.", "Done."),
        ["SubmittedNotice"] = new("№ {0} өтінім тіркелді: {1}. Ол төмендегі тізімде.", "Заявка № {0} зарегистрирована: {1}. Она в списке ниже.", "Application {0} is registered: {1}. It is in the list below."),
        ["ProductionTitle"] = new("Көші-қон полициясы: паспорттар мен жеке куәліктерді дайындау", "Миграционная полиция: изготовление паспортов и удостоверений", "Migration police: production of passports and ID cards"),
        ["ProductionLead"] = new("Бөлімшенің қабылданған өтініштері: дайындауға жіберіңіз. Құжатты құжаттар дайындау орталығы дайындайды; ақау болса, өтінішті қайта жіберіңіз. Дайын құжатты орталық талон бойынша береді.", "Принятые заявки подразделения: передайте их в изготовление. Документ изготавливает центр изготовления документов; при браке передайте заявку заново. Готовый документ выдаёт центр по талону.", "The unit's accepted applications: send them to production. The document factory makes the document; after a defect, send the application again. The centre hands the ready document over against the coupon."),
        ["Applicant"] = new("Өтініш беруші", "Заявитель", "Applicant"),
        ["DueOn"] = new("Алу күні", "Дата получения", "Collection date"),
        ["Channel"] = new("Арна", "Канал", "Channel"),
        ["ChannelCentre"] = new("Орталық", "Центр", "Centre"),
        ["ChannelPortal"] = new("Портал", "Портал", "Portal"),
        ["Nothing"] = new("Қазір жұмыс жоқ.", "Сейчас работы нет.", "Nothing to do now."),
        ["PortalTitle"] = new("Құжаттар және тұрғылықты жері бойынша тіркеу", "Документы и регистрация по месту жительства", "Documents and registration at the place of residence"),
        ["PortalLead"] = new("Порталда мына қызметтерді алуға болады; қалғандары халыққа қызмет көрсету орталығында.", "На портале доступны эти услуги; остальные — в центре обслуживания населения.", "These services are available on the portal; the others at a public service centre."),
        ["PortalS1"] = new("Жаңа дайындау технологиясына байланысты жеке куәлікті немесе паспортты ауыстыру: цифрлық фотосурет пен сканерленген қолтаңбаны жүктейсіз, құжатты дайын болғаннан кейін орталықта өзіңіз аласыз.", "Замена удостоверения или паспорта в связи с новой технологией изготовления: загрузите цифровую фотографию и сканированную подпись; документ получите лично в центре после уведомления о готовности.", "Replacing the ID card or passport because of the new production technology: upload a digital photograph and a scanned signature; collect the document in person at the centre after the 'ready' notice."),
        ["PortalS3"] = new("Жаңа мекенжай бойынша тіркелу: тұрғын үй иесі өтінішке өз ЭЦҚ-сымен қол қояды; ескі тіркеу автоматты түрде тоқтатылады.", "Регистрация по новому адресу: собственник жилья подписывает заявление своей ЭЦП; прежняя регистрация прекращается автоматически.", "Registration at a new address: the dwelling owner co-signs with their EDS; the old registration ends automatically."),
        ["PortalS5"] = new("Мекенжай анықтамасы: өзіңіз туралы немесе жақын туысыңыз туралы (туыстық АХАЖ актілерімен расталады), тегін, 15 минут ішінде.", "Адресная справка: о себе или о близком родственнике (родство подтверждается актами ЗАГС), бесплатно, в течение 15 минут.", "Address reference: about yourself or a close relative (kinship proven by the civil registry), free, within 15 minutes."),
        ["OwnerConsentsLink"] = new("Менің тұрғын үйіме тіркеуге келісім сұрау салулары", "Запросы согласия на регистрацию в моём жилье", "Requests for my consent to registration in my dwelling"),
        ["MyDocuments"] = new("Паспорт/жеке куәлік өтініштерім", "Мои заявления на паспорт/удостоверение", "My passport/ID card applications"),
        ["AddPhoto"] = new("Фотосурет пен қолтаңбаны жүктеу", "Загрузить фотографию и подпись", "Upload the photograph and signature"),
        ["OwnerTitle"] = new("Тіркеуге келісім (тұрғын үй иесі)", "Согласие на регистрацию (собственник жилья)", "Consent to registration (dwelling owner)"),
        ["OwnerLead"] = new("Сіздің тұрғын үйіңізге тіркелуді сұраған азаматтар. Келісім немесе бас тарту сіздің ЭЦҚ-ңызбен куәландырылады; кілт сіздің компьютеріңізден шықпайды.", "Граждане, которые просят зарегистрировать их в вашем жилье. Согласие или отказ удостоверяются вашей ЭЦП; ключ не покидает ваш компьютер.", "Citizens asking to be registered in your dwelling. Your consent or refusal is certified with your EDS; the key never leaves your computer."),
        ["NoRequests"] = new("Келісімді күтетін өтініштер жоқ.", "Заявлений, ожидающих вашего согласия, нет.", "No applications are waiting for your consent."),
        ["Consent"] = new("Келісемін", "Согласен", "I consent"),
        ["Decline"] = new("Келіспеймін", "Не согласен", "I decline"),
        ["ConfirmConsent"] = new("Тіркеуге келісімді ЭЦҚ-мен растаңыз", "Подтвердите согласие на регистрацию ЭЦП", "Confirm the consent with your EDS"),
        ["ConfirmDecline"] = new("Бас тартуды ЭЦҚ-мен растаңыз", "Подтвердите отказ ЭЦП", "Confirm the refusal with your EDS"),
        ["ConsentDone"] = new("№ {0} өтінішке жауабыңыз тіркелді.", "Ваш ответ на заявление № {0} записан.", "Your answer to application {0} is recorded."),
        ["Cancel"] = new("Болдырмау", "Отмена", "Cancel"),
        ["DevUncertified"] = new("ЭЦҚ-сыз жіберу (тек әзірлеу сессиясы)", "Отправить без ЭЦП (только сессия разработки)", "Send without EDS (development session only)"),
        ["BiometricsTitle"] = new("Фотосурет пен қолтаңба: № {0}", "Фотография и подпись: № {0}", "Photograph and signature: {0}"),
        ["Back"] = new("Өтінішке оралу", "Вернуться к заявлению", "Back to the application"),
    };

    public static string Text(string key, params object?[] args)
    {
        var text = All[key].For(Language.Current);
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }
}
