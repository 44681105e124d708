using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Calendar;

/// <summary>Error codes of deadline counting (prefix CAL-). Published; never renumber.</summary>
public static class CalendarErrors
{
    public static readonly ErrorCode AmountOutOfRange = new("CAL-0001", 400, new(
        "Мерзім {0} болуы мүмкін емес: 0-ден 3650-ге дейінгі сан көрсетіңіз.",
        "Срок не может быть {0}: укажите число от 0 до 3650.",
        "A time limit cannot be {0}: give a number from 0 to 3650."));

    public static readonly ErrorCode UnitNeedsInstant = new("CAL-0002", 400, new(
        "{0} бірлігіндегі мерзім күнмен емес, уақыт сәтімен есептеледі: DueInstant қолданыңыз.",
        "Срок в единицах {0} считается не днями, а моментом времени: используйте DueInstant.",
        "A time limit in {0} is counted to an instant, not a date: use DueInstant."));

    public static readonly ErrorCode UnitNeedsDate = new("CAL-0003", 400, new(
        "{0} бірлігіндегі мерзім күнмен есептеледі: Compute қолданыңыз.",
        "Срок в единицах {0} считается днями: используйте Compute.",
        "A time limit in {0} is counted in days: use Compute."));

    public static readonly ErrorCode DuplicateOverride = new("CAL-0004", 400, new(
        "{0} күні үшін ауыстыру екі рет енгізілген. Әр күнге бір ғана жазба қалдырыңыз.",
        "Перенос на {0} задан дважды. Оставьте одну запись на каждый день.",
        "The day {0} has more than one transfer. Keep one entry per day."));
}
