using Qyzmet.Kernel.Errors;

namespace Qyzmet.PscQueue;

/// <summary>Error codes of the PSC electronic queue (prefix QUE-, QUE-0001..QUE-0049). Never renumber.</summary>
public static class QueueErrors
{
    public static readonly ErrorCode CentreNotFound = new("QUE-0001", 404, new(
        "«centre»: мұндай халыққа қызмет көрсету орталығы жоқ немесе онда электрондық кезек жоқ.",
        "«centre»: такого центра обслуживания населения нет или в нём нет электронной очереди.",
        "'centre': there is no such public service centre, or it has no electronic queue."));

    public static readonly ErrorCode ServiceNotQueued = new("QUE-0002", 422, new(
        "«service»: бұл қызмет осы орталықтың кезегінде көрсетілмейді. Тізімнен қызметті таңдаңыз.",
        "«service»: эта услуга не оказывается через очередь этого центра. Выберите услугу из списка.",
        "'service': this centre's queue does not take this service. Choose a service from the list."));

    public static readonly ErrorCode NotASlot = new("QUE-0003", 422, new(
        "«slotStart»: {0} орталықтың жұмыс уақытындағы уақыт аралығының басы емес. Бос уақыттардың бірін таңдаңыз.",
        "«slotStart»: {0} не начало интервала в часы работы центра. Выберите одно из свободных времён.",
        "'slotStart': {0} is not the start of a slot in the centre's hours. Choose one of the free times."));

    public static readonly ErrorCode SlotNotBookable = new("QUE-0004", 422, new(
        "«slotStart»: уақытты ертеңнен бастап {0} күн ішінде немесе бүгін әлі басталмаған уақытқа ғана брондауға болады.",
        "«slotStart»: забронировать можно только ещё не начавшееся время сегодня или в ближайшие {0} дней.",
        "'slotStart': only a time that has not started yet, today or within the next {0} days, can be booked."));

    public static readonly ErrorCode AlreadyBooked = new("QUE-0005", 409, new(
        "Сізде осы күні осы қызметке белсенді бронь бар ({0}). Жаңасын алу үшін алдымен оны болдырмаңыз.",
        "У вас уже есть активная бронь на эту услугу в этот день ({0}). Чтобы взять другую, сначала отмените её.",
        "You already hold an active booking for this service on this day ({0}). Cancel it first to take another."));

    public static readonly ErrorCode SlotFull = new("QUE-0006", 409, new(
        "«slotStart»: бұл уақыт толық брондалған. Басқа уақытты таңдаңыз.",
        "«slotStart»: это время уже полностью занято. Выберите другое время.",
        "'slotStart': this time is fully booked. Choose another time."));

    public static readonly ErrorCode BookingNotFound = new("QUE-0007", 404, new(
        "«code»: {0} коды бар бронь табылмады.",
        "«code»: бронь с кодом {0} не найдена.",
        "'code': no booking with code {0}."));

    public static readonly ErrorCode BookingNotActive = new("QUE-0008", 409, new(
        "{0} броні енді белсенді емес (болдырылмаған немесе тіркелген).",
        "Бронь {0} уже не активна (отменена или по ней уже отметились).",
        "Booking {0} is no longer active (cancelled or already checked in)."));

    public static readonly ErrorCode CheckInOtherCentreOrDay = new("QUE-0009", 422, new(
        "«code»: {0} броні басқа орталыққа немесе басқа күнге жасалған ({1}).",
        "«code»: бронь {0} сделана в другой центр или на другой день ({1}).",
        "'code': booking {0} is for another centre or another day ({1})."));

    public static readonly ErrorCode CheckInTooLate = new("QUE-0010", 422, new(
        "«code»: брондалған уақыттан {0} минуттан астам кешіктіңіз. Жалпы кезекке талон алыңыз.",
        "«code»: вы опоздали более чем на {0} минут к забронированному времени. Возьмите талон в общую очередь.",
        "'code': you are more than {0} minutes late for the booked time. Take a ticket for the general queue."));

    public static readonly ErrorCode CentreClosed = new("QUE-0011", 422, new(
        "Орталық қазір жабық: талон жұмыс уақытында беріледі.",
        "Центр сейчас закрыт: талоны выдаются в часы работы.",
        "The centre is closed now: tickets are issued during its working hours."));

    public static readonly ErrorCode OperatorOnly = new("QUE-0012", 403, new(
        "Оператор терезесі тек осы орталықтың операторларына арналған.",
        "Окно оператора доступно только операторам этого центра.",
        "The operator window is only for the operators of this centre."));

    public static readonly ErrorCode WindowNotFound = new("QUE-0013", 404, new(
        "«window»: орталықта №{0} терезе жоқ.",
        "«window»: в центре нет окна №{0}.",
        "'window': the centre has no window {0}."));

    public static readonly ErrorCode WindowTaken = new("QUE-0014", 409, new(
        "№{0} терезеде басқа оператор жұмыс істейді.",
        "За окном №{0} работает другой оператор.",
        "Another operator works at window {0}."));

    public static readonly ErrorCode NoWindow = new("QUE-0015", 409, new(
        "Алдымен терезені таңдаңыз.",
        "Сначала выберите окно.",
        "Choose your window first."));

    public static readonly ErrorCode NobodyWaiting = new("QUE-0016", 409, new(
        "Кезекте ешкім жоқ.",
        "В очереди никого нет.",
        "Nobody is waiting."));

    public static readonly ErrorCode TicketInProgress = new("QUE-0017", 409, new(
        "Терезеде {0} талоны әлі аяқталмаған: алдымен қызметті аяқтаңыз немесе келмеді деп белгілеңіз.",
        "У окна ещё не завершён талон {0}: сначала завершите обслуживание или отметьте неявку.",
        "Ticket {0} is still open at the window: finish it or mark it as a no-show first."));

    public static readonly ErrorCode NoCurrentTicket = new("QUE-0018", 409, new(
        "Терезеде шақырылған талон жоқ.",
        "У окна нет вызванного талона.",
        "No ticket is called to the window."));

    public static readonly ErrorCode WrongTicketState = new("QUE-0019", 409, new(
        "{0} талонымен бұл әрекетті қазір орындауға болмайды.",
        "С талоном {0} сейчас нельзя выполнить это действие.",
        "This action is not possible for ticket {0} now."));

    public static readonly ErrorCode SupervisorOnly = new("QUE-0020", 403, new(
        "Бұл бет тек орталық басшысына арналған.",
        "Эта страница доступна только руководителю центра.",
        "This page is only for the head of the centre."));

    public static readonly ErrorCode HomeVisitNotAllowed = new("QUE-0021", 422, new(
        "«service»: үйге бару тек жеке куәлік/паспорт беру, тұрғылықты жері бойынша тіркеу және тіркеуден шығару қызметтерінде көзделген.",
        "«service»: выезд на дом предусмотрен только для выдачи паспорта/удостоверения, регистрации и снятия с регистрации по месту жительства.",
        "'service': a home visit is provided only for passports and ID cards, residence registration and deregistration."));

    public static readonly ErrorCode FieldRequired = new("QUE-0022", 400, new(
        "«{0}» өрісін толтырыңыз.",
        "Заполните поле «{0}».",
        "Fill in '{0}'."));

    public static readonly ErrorCode HomeVisitNotFound = new("QUE-0023", 404, new(
        "«{0}» үйге бару өтініші табылмады.",
        "Заявка на выезд на дом «{0}» не найдена.",
        "Home visit request '{0}' was not found."));

    public static readonly ErrorCode VisitDateNotWorking = new("QUE-0024", 422, new(
        "«date»: {0} — жұмыс күні емес немесе өтіп кеткен күн. Жұмыс күнін таңдаңыз.",
        "«date»: {0} — не рабочий день или уже прошедшая дата. Выберите рабочий день.",
        "'date': {0} is not a working day or is in the past. Choose a working day."));

    public static readonly ErrorCode OperatorNotOfCentre = new("QUE-0025", 422, new(
        "«operator»: бұл адам осы орталықтың операторы емес.",
        "«operator»: этот человек не оператор этого центра.",
        "'operator': this person is not an operator of this centre."));

    public static readonly ErrorCode CheckInTooEarly = new("QUE-0026", 422, new(
        "«code»: тіркелу брондалған уақытқа дейін {0} минут қалғанда басталады.",
        "«code»: отметиться можно не раньше чем за {0} минут до забронированного времени.",
        "'code': check-in opens {0} minutes before the booked time."));

    public static readonly ErrorCode BadDate = new("QUE-0027", 400, new(
        "«{0}»: күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз.",
        "«{0}»: укажите дату в виде ГГГГ-ММ-ДД.",
        "'{0}': give the date as YYYY-MM-DD."));

    public static readonly ErrorCode BadIin = new("QUE-0028", 422, new(
        "«{0}»: ЖСН дұрыс емес (12 сан, бақылау разряды сәйкес болуы керек). ЖСН-ді тексеріңіз немесе бос қалдырыңыз.",
        "«{0}»: неверный ИИН (12 цифр с верным контрольным разрядом). Проверьте ИИН или оставьте поле пустым.",
        "'{0}': not a valid IIN (12 digits with a matching check digit). Check it or leave the field empty."));

    public static readonly ErrorCode BadHours = new("QUE-0029", 422, new(
        "«{0}»: жұмыстың басталу уақыты аяқталу уақытынан ерте болуы керек (ЧЧ:ММ); сенбі үшін екі уақытты да толтырыңыз немесе екеуін де бос қалдырыңыз.",
        "«{0}»: время начала работы должно быть раньше времени окончания (ЧЧ:ММ); для субботы заполните оба времени или оставьте оба пустыми.",
        "'{0}': the opening time must be before the closing time (HH:mm); for Saturday give both times or neither."));

    public static readonly ErrorCode HoursNotAhead = new("QUE-0030", 422, new(
        "«effectiveFrom»: жаңа жұмыс уақыты ертеңнен бастап немесе кейінірек күшіне енеді.",
        "«effectiveFrom»: новые часы работы вступают в силу не раньше завтрашнего дня.",
        "'effectiveFrom': new hours take effect tomorrow at the earliest."));

    public static readonly ErrorCode VisitNotYours = new("QUE-0031", 403, new(
        "Үйге баруды тек оған тағайындалған оператор орындалды деп белгілей алады.",
        "Отметить выезд на дом выполненным может только назначенный на него оператор.",
        "Only the operator assigned to the home visit can mark it done."));

    public static readonly ErrorCode VisitNotDue = new("QUE-0032", 409, new(
        "«{0}» үйге бару әлі орындалды деп белгіленбейді: ол тағайындалмаған, белгіленген күні әлі келмеген немесе бұрын белгіленген.",
        "Выезд на дом «{0}» нельзя отметить выполненным: он не назначен, назначенный день ещё не наступил или отметка уже есть.",
        "Home visit '{0}' cannot be marked done: it is not assigned, its day has not come, or it is marked already."));

    public static readonly ErrorCode VisitAlreadyDone = new("QUE-0033", 409, new(
        "«{0}» үйге бару орындалды деп белгіленген; оны қайта тағайындауға болмайды.",
        "Выезд на дом «{0}» уже отмечен выполненным; переназначить его нельзя.",
        "Home visit '{0}' is marked done already; it cannot be reassigned."));
}
