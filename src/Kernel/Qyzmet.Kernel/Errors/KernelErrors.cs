namespace Qyzmet.Kernel.Errors;

/// <summary>Error codes of the kernel (prefix K-). Published in docs/error-codes.md; never renumber.</summary>
public static class KernelErrors
{
    public static readonly ErrorCode Validation = new("K-0001", 400, new(
        "Сұрау қате толтырылған: өрістерді тексеріп, қайта жіберіңіз.",
        "Запрос заполнен неверно: проверьте поля и отправьте снова.",
        "The request is not valid: check the fields listed and send it again."));

    public static readonly ErrorCode NotFound = new("K-0002", 404, new(
        "{0} табылмады. Идентификаторды тексеріңіз.",
        "{0} не найден(о). Проверьте идентификатор.",
        "{0} was not found. Check the identifier."));

    public static readonly ErrorCode Forbidden = new("K-0003", 403, new(
        "Бұл әрекетке құқығыңыз жоқ.",
        "У вас нет прав на это действие.",
        "You are not allowed to do this."));

    public static readonly ErrorCode SignInRequired = new("K-0004", 401, new(
        "Жүйеге кіріңіз.",
        "Войдите в систему.",
        "Sign in first."));

    public static readonly ErrorCode BodyTooLarge = new("K-0005", 413, new(
        "Сұрау тым үлкен: ең көбі {0} байт.",
        "Запрос слишком большой: не более {0} байт.",
        "The request body is too large: at most {0} bytes are accepted."));

    public static readonly ErrorCode MalformedBody = new("K-0006", 400, new(
        "Сұрау денесі оқылмады: жарамды JSON жіберіңіз.",
        "Тело запроса не прочитано: отправьте корректный JSON.",
        "The request body could not be read: send valid JSON."));

    public static readonly ErrorCode IdempotencyConflict = new("K-0007", 409, new(
        "Бұл Idempotency-Key басқа сұраумен қолданылған. Жаңа кілт жасаңыз.",
        "Этот Idempotency-Key уже использован с другим запросом. Создайте новый ключ.",
        "This Idempotency-Key was already used with a different request. Generate a new key."));

    public static readonly ErrorCode UnsupportedMediaType = new("K-0008", 415, new(
        "Сұрау денесінің түрі ({0}) қабылданбайды: Content-Type: application/json жіберіңіз (файлдар үшін multipart/form-data).",
        "Тип тела запроса ({0}) не поддерживается: отправьте Content-Type: application/json (для файлов multipart/form-data).",
        "The request body's type ({0}) is not accepted: send Content-Type: application/json (multipart/form-data for files)."));

    public static readonly ErrorCode MethodNotAllowed = new("K-0009", 405, new(
        "{1} әдісі {0} мекенжайында қолданылмайды. docs/api.md бойынша тексеріңіз.",
        "Метод {1} не поддерживается по адресу {0}. Сверьтесь с docs/api.md.",
        "{0} does not accept {1}. See docs/api.md for the methods it takes."));

    public static readonly ErrorCode FieldType = new("K-0010", 400, new(
        "«{0}» өрісінің мәні оқылмады: {1} күтілді.",
        "Значение поля «{0}» не прочитано: ожидается {1}.",
        "The value of '{0}' could not be read: {1} was expected."));

    public static readonly ErrorCode Unexpected = new("K-0500", 500, new(
        "Күтпеген қате. Кейінірек қайталаңыз; сұрау нөмірі: {0}.",
        "Непредвиденная ошибка. Повторите позже; номер запроса: {0}.",
        "Unexpected error. Try again later; trace id: {0}."));
}
