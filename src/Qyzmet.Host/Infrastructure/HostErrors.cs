using Qyzmet.Kernel.Errors;

namespace Qyzmet.Host.Infrastructure;

/// <summary>Error codes of the host's own endpoints (prefix H-). Published in docs/error-codes.md.</summary>
public static class HostErrors
{
    public static readonly ErrorCode BadSubmittedAt = new("H-0001", 400, new(
        "submittedAt параметрін уақыт белдеуімен ISO 8601 түрінде беріңіз, мысалы 2026-03-20T17:00:00+05:00.",
        "Передайте submittedAt в формате ISO 8601 со смещением, например 2026-03-20T17:00:00+05:00.",
        "Give submittedAt as ISO 8601 with an offset, e.g. 2026-03-20T17:00:00+05:00."));

    public static readonly ErrorCode DeadlineUnitRequired = new("H-0002", 400, new(
        "workingDays немесе calendarDays параметрлерінің біреуін ғана беріңіз.",
        "Передайте ровно один из параметров: workingDays или calendarDays.",
        "Give exactly one of workingDays or calendarDays."));

    public static readonly ErrorCode UnknownAccount = new("H-0003", 404, new(
        "Мұндай демо-тіркелгі жоқ. Тізімді /signin бетінен қараңыз.",
        "Такой демо-учётной записи нет. Список на странице /signin.",
        "There is no such demo account. See the list at /signin."));

    public static readonly ErrorCode DevSignInDisabled = new("H-0004", 403, new(
        "Демо-кіру бұл орнатымда өшірілген.",
        "Демо-вход отключён в этой установке.",
        "Development sign-in is disabled in this deployment."));

    public static readonly ErrorCode BadOverride = new("H-0005", 400, new(
        "{0}: күнді ЖЖЖЖ-АА-КК түрінде, түрін DayOff немесе WorkingDay деп, себебін толтырып беріңіз.",
        "{0}: укажите дату как ГГГГ-ММ-ДД, вид DayOff или WorkingDay и причину.",
        "{0}: give the date as yyyy-MM-dd, the kind as DayOff or WorkingDay, and a reason."));

    public static readonly ErrorCode IdempotencyKeyInvalid = new("H-0006", 400, new(
        "Idempotency-Key 8–100 таңбадан тұруы керек (мысалы UUID).",
        "Idempotency-Key должен содержать от 8 до 100 символов (например, UUID).",
        "Idempotency-Key must be 8 to 100 characters (a UUID, for example)."));

    public static readonly ErrorCode BadMci = new("H-0007", 400, new(
        "Жылды 2000–2100 аралығында, АЕК мәнін теңгемен оң сан ретінде (ең көбі 2 ондық таңба) беріңіз.",
        "Укажите год от 2000 до 2100 и значение МРП в тенге положительным числом (не более 2 знаков после запятой).",
        "Give a year between 2000 and 2100 and the MCI in tenge as a positive amount with at most 2 decimals."));

    /// <summary>Issue 16 item 6 (D-345): more submissions at once than this instance takes; the client retries after Retry-After.</summary>
    public static readonly ErrorCode SubmissionsBusy = new("H-0008", 503, new(
        "Қазір өтініштер тым көп. {0} секундтан кейін қайталап көріңіз; ештеңе сақталған жоқ.",
        "Сейчас подаётся слишком много заявлений. Повторите через {0} с; ничего не сохранено.",
        "Too many applications are being submitted right now. Retry in {0} s; nothing was stored."));

    /// <summary>Issue 16 item 6 (D-345): no database connection came free within the bounded wait; never a 500.</summary>
    public static readonly ErrorCode DatabaseBusy = new("H-0009", 503, new(
        "Жүйе қазір бос емес. {0} секундтан кейін қайталап көріңіз.",
        "Система сейчас перегружена. Повторите через {0} с.",
        "The system is busy right now. Retry in {0} s."));

    /// <summary>
    /// Issue 17 "Restart PostgreSQL under load" (D-806): the database cannot be reached (refused, shutting down, starting up,
    /// the connection cut mid-request). Nothing of this request was committed; the client retries after Retry-After (with
    /// the same Idempotency-Key, so an application is never made twice). Never a 500.
    /// </summary>
    public static readonly ErrorCode DatabaseUnavailable = new("H-0020", 503, new(
        "Платформа қазір дерекқорға қосыла алмай тұр. {0} секундтан кейін қайталап көріңіз.",
        "Платформа сейчас не может связаться с базой данных. Повторите через {0} с.",
        "The platform cannot reach its database right now. Retry in {0} s."));

    /// <summary>
    /// D-372: at start-up (not an HTTP answer), the in-process simulated payment gateway (ADR 0020) cannot listen on its
    /// configured address because another process holds the port. The message names the setting to change.
    /// </summary>
    public static readonly ErrorCode GatewayPortTaken = new("H-0021", 503, new(
        "Төлем шлюзінің симуляторы {0} мекенжайында іске қосыла алмайды: порт бос емес. Qyzmet:Payments:GatewayUrl параметрінде бос мекенжайды көрсетіңіз (мысалы http://127.0.0.1:5082) немесе Development режимінде оны бос қалдырыңыз.",
        "Симулятор платёжного шлюза не может запуститься на {0}: порт занят. Укажите свободный адрес в параметре Qyzmet:Payments:GatewayUrl (например http://127.0.0.1:5082) или в режиме Development не задавайте его.",
        "The simulated payment gateway cannot listen on {0}: the port is taken. Set Qyzmet:Payments:GatewayUrl to a free address (e.g. http://127.0.0.1:5082), or leave it unset in Development to have a free port chosen."));
}
