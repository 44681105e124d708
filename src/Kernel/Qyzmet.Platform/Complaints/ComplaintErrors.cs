using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Complaints;

/// <summary>Complaints and technical-problem protocols (CMP-0001..CMP-0049; ADR 0022).</summary>
public static class ComplaintErrors
{
    public static readonly ErrorCode TextRequired = new("CMP-0001", 400, new(
        "«text» өрісі: шағымның мәнін жазыңыз (4000 таңбаға дейін).",
        "Поле «text»: изложите суть жалобы (до 4000 символов).",
        "Field 'text': write what the complaint is about (up to 4000 characters)."));

    // {0}: the addressee kinds' display names (ComplaintAddressee.Label); {1}: the API's tokens, in the English text only.
    public static readonly ErrorCode AddresseeUnknown = new("CMP-0002", 400, new(
        "«addressee» өрісі: шағым кімге жолданатынын таңдаңыз: {0}; қызмет стандартында аталғандары ғана.",
        "Поле «addressee»: выберите, кому адресована жалоба: {0}; только названные в стандарте услуги.",
        "Field 'addressee': choose whom the complaint is for: {1} ({0}); only those the service's standard names."));

    public static readonly ErrorCode SubjectUnknown = new("CMP-0003", 400, new(
        "«subject» өрісі: шағым неге берілетінін таңдаңыз: decision (шешім), action (әрекет) немесе inaction (әрекетсіздік).",
        "Поле «subject»: выберите, что обжалуется: decision (решение), action (действие) или inaction (бездействие).",
        "Field 'subject': choose what the complaint is about: decision, action or inaction."));

    public static readonly ErrorCode FilerNotAllowed = new("CMP-0004", 403, new(
        "Шағымды өтініш беруші немесе оның атынан ХҚКО операторы ғана береді.",
        "Жалобу подаёт только заявитель или оператор ЦОН от его имени.",
        "Only the applicant, or a PSC operator on the applicant's behalf, files a complaint."));

    public static readonly ErrorCode ComplaintNotFound = new("CMP-0005", 404, new(
        "{0} шағымы табылмады.",
        "Жалоба {0} не найдена.",
        "Complaint {0} was not found."));

    public static readonly ErrorCode NotAddressee = new("CMP-0006", 403, new(
        "Шағымға шағым жолданған бөлімшенің басшысы (уәкілетті органға жолданғанына — оның лауазымды адамы) ғана жауап береді.",
        "На жалобу отвечает только руководитель подразделения, которому она адресована (на жалобу в уполномоченный орган — его должностное лицо).",
        "Only the head of the unit the complaint is addressed to (for the quality authority, its officer) answers it."));

    public static readonly ErrorCode AlreadyAnswered = new("CMP-0007", 409, new(
        "{0} шағымына жауап берілген.",
        "На жалобу {0} уже дан ответ.",
        "Complaint {0} has already been answered."));

    public static readonly ErrorCode DecisionUnknown = new("CMP-0008", 400, new(
        "«decision» өрісі: upheld (қанағаттандырылды) немесе rejected (қанағаттандырудан бас тартылды) таңдаңыз.",
        "Поле «decision»: выберите upheld (удовлетворена) или rejected (отказано в удовлетворении).",
        "Field 'decision': choose upheld or rejected."));

    public static readonly ErrorCode RemedyRequired = new("CMP-0009", 400, new(
        "«remedy» өрісі: шағым қанағаттандырылса, қызмет беруші не істеуі керектігін жазыңыз.",
        "Поле «remedy»: если жалоба удовлетворена, укажите, что должен сделать услугодатель.",
        "Field 'remedy': when the complaint is upheld, say what the provider must do."));

    public static readonly ErrorCode ReasonsRequired = new("CMP-0010", 400, new(
        "«reasons» өрісі: жауаптың дәлелдерін жазыңыз (4000 таңбаға дейін).",
        "Поле «reasons»: изложите мотивы ответа (до 4000 символов).",
        "Field 'reasons': give the reasons of the answer (up to 4000 characters)."));

    public static readonly ErrorCode EscalationNotAllowed = new("CMP-0011", 409, new(
        "{0} шағымы бойынша жоғары тұрған органға шағымдануға болмайды: жауап мерзімі ({1}) әлі өтпеді және шағым қабылданбай қалмады, немесе ол бұрын жіберілген, немесе шағым уәкілетті органға берілген (одан әрі — сот).",
        "По жалобе {0} обращение в вышестоящий орган невозможно: срок ответа ({1}) не истёк и в удовлетворении не отказано, либо обращение уже подано, либо жалоба уже в уполномоченном органе (далее — суд).",
        "Complaint {0} cannot be escalated: its term ({1}) has not passed and it was not rejected, or it was escalated already, or it is already with the quality authority (the next step is court)."));

    public static readonly ErrorCode NoQualityAuthority = new("CMP-0012", 503, new(
        "Сапаны бағалау және бақылау жөніндегі уәкілетті органның бөлімшесі тіркелмеген; әкімшіге хабарласыңыз. Ештеңе сақталған жоқ.",
        "Подразделение уполномоченного органа по оценке и контролю за качеством не зарегистрировано; обратитесь к администратору. Ничего не сохранено.",
        "No unit of the authority for quality assessment and control is registered; contact the administrator. Nothing was stored."));

    public static readonly ErrorCode SystemRequired = new("CMP-0020", 400, new(
        "«system» өрісі: істен шыққан ақпараттық жүйені атаңыз.",
        "Поле «system»: укажите информационную систему, в которой произошёл сбой.",
        "Field 'system': name the information system that failed."));

    public static readonly ErrorCode WindowInvalid = new("CMP-0021", 400, new(
        "«startedAt» және «endedAt» өрістері: ақаудың басталуы аяқталуынан бұрын және қазіргі уақыттан кешіктірілмей болуы керек.",
        "Поля «startedAt» и «endedAt»: начало сбоя должно быть раньше окончания, и оба — не позже текущего момента.",
        "Fields 'startedAt' and 'endedAt': the failure must start before it ends, and neither may be in the future."));

    public static readonly ErrorCode ServicesInvalid = new("CMP-0022", 400, new(
        "«services» өрісі: ақау әсер еткен қызметтерді каталогтан таңдаңыз ({0} белгісіз).",
        "Поле «services»: выберите затронутые услуги из каталога (неизвестно: {0}).",
        "Field 'services': choose the affected services from the catalog (unknown: {0})."));

    public static readonly ErrorCode ProtocolNotFound = new("CMP-0023", 404, new(
        "{0} хаттамасы табылмады.",
        "Протокол {0} не найден.",
        "Protocol {0} was not found."));

    public static readonly ErrorCode NotIctOfficer = new("CMP-0024", 403, new(
        "Техникалық проблема туралы хаттаманы бөлімшенің АКТ инфрақұрылымына жауапты қызметкері жасайды.",
        "Протокол о технической проблеме составляет работник подразделения, ответственный за ИКТ-инфраструктуру.",
        "The unit's employee responsible for ICT infrastructure records a technical-problem protocol."));

    public static readonly ErrorCode NotHeadOfUnit = new("CMP-0025", 403, new(
        "Хаттамаға бөлімшенің басшысы қол қояды.",
        "Протокол подписывает руководитель подразделения.",
        "The head of the unit signs the protocol."));

    public static readonly ErrorCode ProtocolAlreadySigned = new("CMP-0026", 409, new(
        "{0} хаттамасына қол қойылған.",
        "Протокол {0} уже подписан.",
        "Protocol {0} is already signed."));

    public static readonly ErrorCode DescriptionRequired = new("CMP-0027", 400, new(
        "«description» өрісі: не болғанын қысқаша жазыңыз (4000 таңбаға дейін).",
        "Поле «description»: кратко опишите, что произошло (до 4000 символов).",
        "Field 'description': say briefly what happened (up to 4000 characters)."));

    public static readonly ErrorCode UnitUnknown = new("CMP-0028", 400, new(
        "«unitId» өрісі: әрекетіне немесе әрекетсіздігіне шағымданатын қызмет берушінің бөлімшесін (мысалы, ХҚКО) таңдаңыз.",
        "Поле «unitId»: выберите подразделение услугодателя (например, ЦОН), на действие или бездействие которого подаётся жалоба.",
        "Field 'unitId': choose the provider's unit (e.g. a PSC) whose action or inaction the complaint is about."));

    // {0}/{1}: display names (ComplaintAddressee.Label) of the refused kind and of those offered; {2}/{3}: the API's tokens (English only).
    public static readonly ErrorCode AddresseeNotOffered = new("CMP-0029", 400, new(
        "«addressee» өрісі: бұл шағымды {0} жолдауға болмайды; қызмет стандарты бойынша мыналарға болады: {1}.",
        "Поле «addressee»: эту жалобу нельзя адресовать {0}; по стандарту услуги — только: {1}.",
        "Field 'addressee': this complaint cannot go to {0} ({2}); the service's standard offers: {1} ({3})."));

    public static readonly ErrorCode NotTakenAtCentre = new("CMP-0030", 400, new(
        "«addressee» өрісі: {0} өтініші ХҚКО-да қабылданбаған, сондықтан ХҚКО басшысына шағым берілмейді; қызмет берушінің басшысын таңдаңыз.",
        "Поле «addressee»: заявление {0} принято не в ЦОН, поэтому жалоба руководителю ЦОН невозможна; выберите руководителя услугодателя.",
        "Field 'addressee': application {0} was not taken at a public service centre, so there is no centre head to complain to; choose the provider's head."));

    public static readonly ErrorCode OutgoingNumberRequired = new("CMP-0031", 422, new(
        "«outgoingNumber» өрісі: заңды тұлғаның шағымында оның атауы, пошталық мекенжайы және шығыс нөмірі болуы керек (50 таңбаға дейін).",
        "Поле «outgoingNumber»: жалоба юридического лица должна содержать его наименование, почтовый адрес и исходящий номер (до 50 символов).",
        "Field 'outgoingNumber': a legal entity's complaint gives its name, postal address and outgoing number (up to 50 characters)."));

    public static readonly ErrorCode AddresseeUnitMissing = new("CMP-0032", 503, new(
        "Шағым жолданатын бөлімше ({0}) тіркелмеген немесе басшысы жоқ; әкімшіге хабарласыңыз. Ештеңе сақталған жоқ.",
        "Подразделение, которому адресована жалоба ({0}), не зарегистрировано или не имеет руководителя; обратитесь к администратору. Ничего не сохранено.",
        "The unit the complaint is addressed to ({0}) is not registered or has no head; contact the administrator. Nothing was stored."));

    public static readonly ErrorCode ApplicantRequired = new("CMP-0033", 400, new(
        "«applicantId» өрісі: ХҚКО операторы шағымды кімнің атынан тіркейтінін көрсетіңіз — халықты тіркеудегі адамның ЖСН-і.",
        "Поле «applicantId»: укажите, от чьего имени оператор ЦОН регистрирует жалобу, — ИИН лица из регистра населения.",
        "Field 'applicantId': give the IIN, in the population register, of the person the PSC operator files the complaint for."));
}
