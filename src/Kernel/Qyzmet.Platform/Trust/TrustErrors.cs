using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Trust;

/// <summary>Error codes of signatures, certificates and one-time passwords (prefix TRUST-). Published in docs/error-codes.md.</summary>
public static class TrustErrors
{
    public static readonly ErrorCode ConfirmationRequired = new("TRUST-0001", 400, new(
        "Өтінішті ЭЦҚ-мен қол қойып немесе бір реттік SMS-кодпен растаңыз.",
        "Удостоверьте заявление ЭЦП или одноразовым паролем из SMS.",
        "Certify the request with an electronic digital signature (field 'signature') or a one-time SMS password (field 'otp')."));

    public static readonly ErrorCode SignatureMalformed = new("TRUST-0002", 400, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: қолтаңба CMS пішімінде емес немесе сертификатты қамтымайды.",
        "Подлинность ЭЦП не подтверждена: подпись не в формате CMS или не содержит сертификата.",
        "EDS authenticity not confirmed: the signature is not a base64 CMS (PKCS#7) structure with one signer and its certificate."));

    public static readonly ErrorCode SignatureInvalid = new("TRUST-0003", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: қолтаңба сұраудың мазмұнына сәйкес келмейді.",
        "Подлинность ЭЦП не подтверждена: подпись не соответствует содержанию запроса.",
        "EDS authenticity not confirmed: the signature does not match the request's content (it was changed after signing)."));

    public static readonly ErrorCode CertificateUntrusted = new("TRUST-0004", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: сертификатты ұлттық куәландырушы орталық бермеген.",
        "Подлинность ЭЦП не подтверждена: сертификат выдан не национальным удостоверяющим центром.",
        "EDS authenticity not confirmed: the certificate was not issued by the national certification centre."));

    public static readonly ErrorCode CertificateExpired = new("TRUST-0005", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: сертификаттың мерзімі {0} өтіп кеткен.",
        "Подлинность ЭЦП не подтверждена: срок действия сертификата истёк {0}.",
        "EDS authenticity not confirmed: the certificate expired on {0}. Obtain a new key from the certification centre."));

    public static readonly ErrorCode CertificateNotYetValid = new("TRUST-0006", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: сертификат {0} бастап жарамды.",
        "Подлинность ЭЦП не подтверждена: сертификат действует только с {0}.",
        "EDS authenticity not confirmed: the certificate is not valid before {0}."));

    public static readonly ErrorCode CertificateRevoked = new("TRUST-0007", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: сертификат кері қайтарылған ({0}).",
        "Подлинность ЭЦП не подтверждена: сертификат отозван ({0}).",
        "EDS authenticity not confirmed: the certificate was revoked ({0})."));

    public static readonly ErrorCode WrongKeyUsage = new("TRUST-0008", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: бұл кілт {0} үшін емес. Қол қою үшін RSA/GOST қол қою кілтін (SIGN), кіру үшін аутентификация кілтін (AUTH) таңдаңыз.",
        "Подлинность ЭЦП не подтверждена: этот ключ не предназначен для {0}. Для подписи выберите ключ подписи (SIGN), для входа — ключ аутентификации (AUTH).",
        "EDS authenticity not confirmed: this key is not meant for {0}. Sign with your signing key (SIGN) and sign in with your authentication key (AUTH)."));

    public static readonly ErrorCode SignerMismatch = new("TRUST-0009", 422, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: сертификаттағы ЖСН/БСН ({0}) өтініш берушінің ЖСН/БСН-іне ({1}) сәйкес емес.",
        "Подлинность ЭЦП не подтверждена: ИИН/БИН в сертификате ({0}) не совпадает с ИИН/БИН заявителя ({1}).",
        "EDS authenticity not confirmed: the IIN/BIN in the certificate ({0}) is not the applicant's ({1})."));

    public static readonly ErrorCode OtpPhoneNotRegistered = new("TRUST-0010", 422, new(
        "Бір реттік пароль қолжетімсіз: ұялы телефон нөмірі тіркелмеген. ЭЦҚ-мен қол қойыңыз.",
        "Одноразовый пароль недоступен: номер мобильного телефона не зарегистрирован. Подпишите ЭЦП.",
        "A one-time password is not possible: no mobile number is registered for this person. Sign with an EDS instead."));

    public static readonly ErrorCode OtpRateLimited = new("TRUST-0011", 429, new(
        "Кодтар тым жиі сұралды. {0} секундтан кейін қайталаңыз.",
        "Коды запрашиваются слишком часто. Повторите через {0} с.",
        "Codes were requested too often for this number. Try again in {0} s."));

    public static readonly ErrorCode OtpWrong = new("TRUST-0012", 422, new(
        "Код қате. Қалған әрекет саны: {0}.",
        "Неверный код. Осталось попыток: {0}.",
        "Wrong code. Attempts left: {0}."));

    public static readonly ErrorCode OtpExpired = new("TRUST-0013", 422, new(
        "Кодтың мерзімі өтті. Жаңа код сұраңыз.",
        "Срок действия кода истёк. Запросите новый код.",
        "The code has expired (codes are valid for 5 minutes). Request a new code."));

    public static readonly ErrorCode OtpAttemptsExhausted = new("TRUST-0014", 422, new(
        "Әрекет саны таусылды. Жаңа код сұраңыз.",
        "Попытки исчерпаны. Запросите новый код.",
        "No attempts left for this code. Request a new code."));

    public static readonly ErrorCode OtpUnknown = new("TRUST-0015", 422, new(
        "Бұл код осы әрекет үшін берілмеген немесе пайдаланылған. Жаңа код сұраңыз.",
        "Этот код выдан не для этого действия или уже использован. Запросите новый код.",
        "This code was not issued for this request or has already been used. Request a new code."));

    public static readonly ErrorCode CertificateNotFound = new("TRUST-0016", 404, new(
        "{0} сериялық нөмірлі сертификат жоқ.",
        "Сертификата с серийным номером {0} нет.",
        "There is no certificate with serial number {0}."));

    public static readonly ErrorCode ChallengeInvalid = new("TRUST-0017", 422, new(
        "Кіру сұрауы жарамсыз, мерзімі өткен немесе пайдаланылған. Жаңасын алыңыз.",
        "Запрос на вход недействителен, просрочен или уже использован. Получите новый.",
        "The sign-in challenge is invalid, expired or already used. Request a new one."));

    public static readonly ErrorCode KeyFileInvalid = new("TRUST-0018", 400, new(
        "Кілт файлын ашу мүмкін болмады: құпиясөз қате немесе файл PKCS#12 (.p12) емес.",
        "Не удалось открыть файл ключа: неверный пароль или файл не PKCS#12 (.p12).",
        "The key file could not be opened: wrong password, or not a PKCS#12 (.p12) file."));

    public static readonly ErrorCode AccountNotFound = new("TRUST-0019", 404, new(
        "Сертификаттағы ЖСН бойынша тіркелгі табылмады.",
        "Учётная запись по ИИН из сертификата не найдена.",
        "No person or staff member has this IIN."));

    public static readonly ErrorCode AlreadyRevoked = new("TRUST-0020", 409, new(
        "{0} сертификаты бұрын кері қайтарылған.",
        "Сертификат {0} уже отозван.",
        "Certificate {0} is already revoked."));

    public static readonly ErrorCode NotEntitledForLegalEntity = new("TRUST-0021", 403, new(
        "{0} ЖСН-і {1} БСН-і бар заңды тұлғаның атынан әрекет ете алмайды: ол бірінші басшы емес және жарамды сенімхаты жоқ.",
        "ИИН {0} не вправе действовать от имени юридического лица с БИН {1}: он не первый руководитель и не имеет действующей доверенности.",
        "IIN {0} may not act for the legal entity {1}: not its head, and no valid (unexpired, unrevoked) power of attorney is registered."));

    public static readonly ErrorCode PowerOfAttorneyNotFound = new("TRUST-0022", 404, new(
        "{0} сенімхаты жоқ.",
        "Доверенности {0} нет.",
        "There is no power of attorney {0}."));

    public static readonly ErrorCode PowerOfAttorneyAlreadyRevoked = new("TRUST-0023", 409, new(
        "№ {0} сенімхат бұрын кері қайтарылған.",
        "Доверенность № {0} уже отозвана.",
        "Power of attorney {0} is already revoked."));

    public static readonly ErrorCode XmlSignatureMalformed = new("TRUST-0024", 400, new(
        "ЭЦҚ-ның түпнұсқалығы расталмады: құжат бір XMLDSig қолтаңбасы мен сертификаты бар кіру құжаты емес.",
        "Подлинность ЭЦП не подтверждена: документ не является документом входа с одной подписью XMLDSig и сертификатом.",
        "EDS authenticity not confirmed: expected the sign-in XML <login><nonce>…</nonce></login> with one enveloped XMLDSig over the whole document (URI=\"\") and the signer certificate in KeyInfo."));

    public static readonly ErrorCode XmlGostNotSupported = new("TRUST-0025", 422, new(
        "ГОСТ кілтімен XML қолтаңбасы арқылы кіру әзірге қолжетімсіз: CMS қолтаңбасымен кіріңіз.",
        "Вход с XML-подписью ключом ГОСТ пока не поддерживается: войдите с подписью CMS.",
        "Sign-in with a GOST XMLDSig is not supported yet (D-314): sign the nonce as a detached CMS ('signature') instead."));
}
