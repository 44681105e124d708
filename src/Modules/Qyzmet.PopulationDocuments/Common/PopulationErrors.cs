using Qyzmet.Kernel.Errors;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>Error codes of population documents and registration (prefix POP-). Never renumber.</summary>
public static class PopulationErrors
{
    // D-626: the kk/ru texts are what a person reads at the form (what is wrong, how to fix it), with no API address or
    // field name; the English stays the API client's, naming the field and the look-up endpoint.
    public static readonly ErrorCode AddressUnknown = new("POP-0001", 422, new(
        "{0} мекенжай тіркеу коды мекенжай тіркелімінде жоқ. 16 цифрды тұрғын үй иесінің тіркеу туралы хабарламасынан тексеріңіз немесе кодты ХҚКО-дан сұраңыз.",
        "Регистрационного кода адреса {0} нет в адресном регистре. Сверьте 16 цифр с уведомлением о регистрации собственника жилья или узнайте код в ЦОН.",
        "Field 'addressId': the address registration code {0} is not in the address register. Look the address up at /api/addresses."));

    public static readonly ErrorCode PersonUnknown = new("POP-0002", 422, new(
        "{1} ЖСН-і бар адам «Жеке тұлғалар» мемлекеттік деректер қорында табылмады. ЖСН-ді адамның жеке куәлігімен салыстырып, қайта енгізіңіз.",
        "Человек с ИИН {1} не найден в государственной базе данных «Физические лица». Сверьте ИИН с удостоверением личности и введите его заново.",
        "Field '{0}': the IIN {1} is not in the State Database \"Individuals\"."));

    public static readonly ErrorCode TemporaryPeriodInvalid = new("POP-0003", 422, new(
        "Уақытша тіркеудің соңғы күні бүгіннен кейін болуы тиіс. Тіркеу аяқталатын күнді ертеңнен бастап көрсетіңіз.",
        "Последний день временной регистрации должен быть позже сегодняшнего. Укажите дату окончания регистрации не раньше завтрашнего дня.",
        "Field 'until': the last day of a temporary registration must be after today ({0})."));

    public static readonly ErrorCode AlreadyRegisteredThere = new("POP-0004", 409, new(
        "Сіз осы мекенжай бойынша тіркелгенсіз ({0}). Қайта тіркеу қажет емес.",
        "Вы уже зарегистрированы по этому адресу ({0}). Повторная регистрация не нужна.",
        "You are already registered at this address ({0}). No new registration is needed."));

    public static readonly ErrorCode OwnerPresenceRequired = new("POP-0005", 422, new(
        "«ownerIdNumber» өрісі: орталықта тұрғын үй иесінің өзі қатысуы және жеке куәлігін ұсынуы міндетті; куәлік нөмірі тіркелімдегі нөмірге сәйкес келмейді немесе көрсетілмеген.",
        "Поле «ownerIdNumber»: в центре обязательно личное присутствие собственника жилища с удостоверением личности; номер не указан или не совпадает с регистром.",
        "Field 'ownerIdNumber': at the centre the dwelling owner must attend in person with their ID card; the number is missing or does not match the register."));

    public static readonly ErrorCode RightDocumentRequired = new("POP-0006", 422, new(
        "«rightDocumentNumber» өрісі: {0} тұрғын үйге құқық тіркелімінде көрсетілген иенің атында емес; тұрғын үйде тұруға құқық беретін құжаттың нөмірін көрсетіңіз.",
        "Поле «rightDocumentNumber»: в регистре прав на жилище {0} собственник не значится; укажите номер документа, дающего право проживания в жилище.",
        "Field 'rightDocumentNumber': the rights register does not show the owner holding {0}; give the number of the document granting the right to live in the dwelling."));

    public static readonly ErrorCode CentreOnly = new("POP-0007", 422, new(
        "Бұл қызмет тек халыққа қызмет көрсету орталығында көрсетіледі: орталыққа келіңіз (кезекті порталда брондауға болады).",
        "Эта услуга оказывается только в центре обслуживания населения: обратитесь в центр (очередь можно забронировать на портале).",
        "This service is provided only at a public service centre: come to the centre (the queue can be booked on the portal)."));

    public static readonly ErrorCode NotYourConsent = new("POP-0008", 404, new(
        "Сіздің келісіміңізді күтетін «{0}» өтініші табылмады.",
        "Заявление «{0}», ожидающее вашего согласия, не найдено.",
        "No application '{0}' is waiting for your consent."));

    public static readonly ErrorCode OwnerMustSign = new("POP-0009", 422, new(
        "«signature» өрісі: тұрғын үй иесі тіркеуге келісімді өзінің ЭЦҚ-сымен қол қояды; бір реттік код қабылданбайды.",
        "Поле «signature»: собственник жилища подписывает согласие на регистрацию своей ЭЦП; одноразовый код не принимается.",
        "Field 'signature': the dwelling owner signs the consent to registration with their own EDS; a one-time code is not accepted."));

    public static readonly ErrorCode NotRegistered = new("POP-0010", 409, new(
        "{0} ЖСН-і бар азамат тұрғылықты жері бойынша тіркелмеген: тіркеу есебінен шығаруға ештеңе жоқ.",
        "Гражданин с ИИН {0} не зарегистрирован по месту жительства: снимать с учёта нечего.",
        "The citizen with IIN {0} holds no registration at a place of residence: there is nothing to deregister."));

    public static readonly ErrorCode ChipWriteNotFound = new("POP-0011", 404, new(
        "Чипке жазылатын {0} мекенжайы табылмады немесе ол жазылып қойған.",
        "Запись адреса на чип {0} не найдена или уже выполнена.",
        "Chip address write {0} was not found or is already done."));

    public static readonly ErrorCode PscOnly = new("POP-0012", 403, new(
        "Бұл әрекетті тек орталық операторы орындайды.",
        "Это действие выполняет только оператор центра.",
        "Only a centre operator does this."));

    public static readonly ErrorCode SubjectRequired = new("POP-0013", 422, new(
        "«subjectIin» өрісі: анықтама кім туралы екенін көрсетіңіз (өзіңіз туралы болса — «self» таңдаңыз).",
        "Поле «subjectIin»: укажите, о ком справка (о себе — выберите «self»).",
        "Field 'subjectIin': give whom the reference is about (for yourself choose 'self')."));

    public static readonly ErrorCode NotTheOwner = new("POP-0014", 422, new(
        "«ownerIin» өрісі: {0} құқықтар тіркелімінде бұл тұрғын үйдің иесі емес; тіркеуге келісімді тұрғын үй иесі береді.",
        "Поле «ownerIin»: {0} не значится собственником этого жилища в регистре прав; согласие на регистрацию даёт собственник жилища.",
        "Field 'ownerIin': {0} is not an owner of this dwelling in the rights register; the consent to registration is the owner's."));

    public static readonly ErrorCode BaseDocumentCase = new("POP-0015", 422, new(
        "«case» өрісі: {0}",
        "Поле «case»: {1}",
        "Field 'case': {2}"));

    public static readonly ErrorCode PortalScope = new("POP-0016", 422, new(
        "Порталда паспорт пен жеке куәлік тек жаңа дайындау технологиясына байланысты құжатты ауыстыру үшін, стандартты мерзіммен ресімделеді; басқа жағдайда орталыққа келіңіз.",
        "На портале паспорт и удостоверение оформляются только при замене документа в связи с новой технологией изготовления и в обычный срок; в остальных случаях обратитесь в центр.",
        "On the portal a passport or ID card is only for replacing a document because of the new production technology, in the standard term; otherwise come to the centre."));

    public static readonly ErrorCode NotReady = new("POP-0017", 409, new(
        "«{0}» өтінімі бойынша құжат әлі дайын емес.",
        "Документ по заявке «{0}» ещё не готов.",
        "The document of application '{0}' is not ready yet."));

    public static readonly ErrorCode CouponMismatch = new("POP-0018", 422, new(
        "«coupon» өрісі: талон нөмірі өтінімге сәйкес келмейді.",
        "Поле «coupon»: номер талона не соответствует заявке.",
        "Field 'coupon': the coupon number does not match the application."));

    public static readonly ErrorCode InPersonOnly = new("POP-0019", 422, new(
        "«receivedBy» өрісі: портал арқылы ресімделген құжат тек алушының өзіне беріледі.",
        "Поле «receivedBy»: документ, оформленный через портал, выдаётся только лично получателю.",
        "Field 'receivedBy': a document applied for on the portal is handed only to the recipient in person."));

    public static readonly ErrorCode RepresentativeNotEntitled = new("POP-0020", 422, new(
        "«{0}» өрісі: {1}",
        "Поле «{0}»: {2}",
        "Field '{0}': {3}"));

    public static readonly ErrorCode RateMissing = new("POP-0021", 503, new(
        "{1} күні «{0}» мөлшерлемесі жүктелмеген: әкімші баға тізбесін жүктеуі тиіс. Ештеңе сақталмады.",
        "Ставка «{0}» на {1} не загружена: администратор должен загрузить прейскурант. Ничего не сохранено.",
        "No rate '{0}' is in force on {1}: an administrator must load the price list. Nothing was stored."));

    // POP-0030..: the photo and signature files of S1 (004.md §3.1 item 9; D-618).
    public static readonly ErrorCode BiometricFormat = new("POP-0030", 415, new(
        "«{0}» өрісі: файл JPEG немесе PNG суреті емес (файлдың мазмұны тексеріледі, атауы емес).",
        "Поле «{0}»: файл не является изображением JPEG или PNG (проверяется содержимое файла, а не его имя).",
        "Field '{0}': the file is not a JPEG or PNG image (its content is checked, not its name)."));

    public static readonly ErrorCode BiometricTooLarge = new("POP-0031", 413, new(
        "«{0}» өрісі: файл тым үлкен ({1} КБ), ең көбі {2} КБ.",
        "Поле «{0}»: файл слишком большой ({1} КБ), не более {2} КБ.",
        "Field '{0}': the file is too large ({1} KB); at most {2} KB."));

    public static readonly ErrorCode BiometricDimensions = new("POP-0032", 422, new(
        "«{0}» өрісі: сурет {1}×{2} пиксель; кемінде {3}×{4} пиксель (300 dpi) және пропорциясы {5} см болуы тиіс.",
        "Поле «{0}»: изображение {1}×{2} пикселей; нужно не меньше {3}×{4} пикселей (300 dpi) с пропорцией {5} см.",
        "Field '{0}': the image is {1}×{2} pixels; it must be at least {3}×{4} pixels (300 dpi) with the proportions {5} cm."));

    public static readonly ErrorCode BiometricEmpty = new("POP-0033", 400, new(
        "«{0}» өрісі: файл жіберілмеген немесе бос.",
        "Поле «{0}»: файл не передан или пустой.",
        "Field '{0}': the file is missing or empty."));

    public static readonly ErrorCode BiometricNotPassport = new("POP-0034", 422, new(
        "Фотосурет пен қолтаңба тек паспорт немесе жеке куәлік өтінішіне, ол дайындауға жіберілгенге дейін қосылады ({0}).",
        "Фотография и подпись добавляются только к заявке на паспорт или удостоверение личности до передачи в изготовление ({0}).",
        "The photograph and signature are added only to a passport or ID card application before it goes to production ({0})."));

    public static readonly ErrorCode ExemptionAtCentreOnly = new("POP-0035", 422, new(
        "«exemption» өрісі: баждан босатуды растайтын құжат орталықта ұсынылады; порталда баж төлем шлюзі арқылы төленеді.",
        "Поле «exemption»: документ, подтверждающий освобождение от пошлины, представляется в центре; на портале пошлина оплачивается через платёжный шлюз.",
        "Field 'exemption': the document confirming the exemption is presented at the centre; on the portal the duty is paid through the payment gateway."));

    public static readonly ErrorCode RateInvalid = new("POP-0036", 422, new(
        "«{0}» өрісі: {1}. Баға тізбесі жүктелмеді.",
        "Поле «{0}»: {2}. Прейскурант не загружен.",
        "Field '{0}': {3}. The price list was not loaded."));

    // POP-0037..: production at the document factory (ADR 0025).
    public static readonly ErrorCode BiometricsForProduction = new("POP-0037", 409, new(
        "Өтінімді дайындауға жіберуге болмайды: {0}. Фотосурет пен қолтаңбаны ХҚКО-дағы тіркеу пунктінде түсіріңіз (немесе өтініш беруші порталда жүктейді), содан кейін қайта жіберіңіз.",
        "Заявку нельзя передать в изготовление: {1}. Снимите фотографию и подпись на пункте регистрации в ЦОН (или заявитель загрузит их на портале), затем передайте заново.",
        "The application cannot go to production: {2}. Capture the photograph and signature at the centre's registration point (or the applicant uploads them on the portal), then send it again."));
}
