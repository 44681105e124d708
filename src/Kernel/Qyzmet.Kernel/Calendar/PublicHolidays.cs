using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Calendar;

/// <summary>
/// The class of a holiday under the Law "On holidays in the Republic of Kazakhstan" (13 Dec 2001 № 267-II).
/// It matters for art. 5 of that Law: a national or state holiday falling on a weekend moves the day off to the
/// next working day after the holiday. Religious days off (Labour Code 2015 art. 84 p. 5) do not move.
/// </summary>
public enum HolidayKind
{
    National,
    State,
    Religious,
}

/// <summary>A holiday that is a day off (Law on holidays art. 5; Labour Code art. 84 p. 5 for religious ones).</summary>
public sealed record PublicHoliday(DateOnly Date, HolidayKind Kind, LocalizedText Name)
{
    /// <summary>Whether a weekend occurrence gives a day off on the next working day.</summary>
    public bool MovesOffWeekend => Kind != HolidayKind.Religious;
}

/// <summary>The statutory days off, by year. Government transfers of days off (Labour Code art. 85 p. 3) are data (<see cref="DayOverride"/>).</summary>
public static class PublicHolidays
{
    /// <summary>Years for which the Kurban Ait table below holds a date.</summary>
    public const int FirstKurbanAitYear = 2015;

    public const int LastKurbanAitYear = 2035;

    private static readonly LocalizedText NewYear = new("Жаңа жыл", "Новый год", "New Year");
    private static readonly LocalizedText OrthodoxChristmas = new("Православиелік Рождество", "Православное Рождество", "Orthodox Christmas");
    private static readonly LocalizedText WomensDay = new("Халықаралық әйелдер күні", "Международный женский день", "International Women's Day");
    private static readonly LocalizedText Nauryz = new("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz");
    private static readonly LocalizedText UnityDay = new("Қазақстан халқының бірлігі мерекесі", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan");
    private static readonly LocalizedText DefenderDay = new("Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day");
    private static readonly LocalizedText VictoryDay = new("Жеңіс күні", "День Победы", "Victory Day");
    private static readonly LocalizedText CapitalDay = new("Астана күні", "День столицы", "Capital Day");
    private static readonly LocalizedText ConstitutionDay = new("Конституция күні", "День Конституции", "Constitution Day");
    private static readonly LocalizedText RepublicDay = new("Республика күні", "День Республики", "Republic Day");
    private static readonly LocalizedText FirstPresidentDay = new("Тұңғыш Президент күні", "День Первого Президента", "First President Day");
    private static readonly LocalizedText IndependenceDay = new("Тәуелсіздік күні", "День Независимости", "Independence Day");
    private static readonly LocalizedText KurbanAit = new("Құрбан айт", "Курбан айт", "Kurban Ait");

    /// <summary>
    /// First day of Kurban Ait (a religious day off fixed each year by the Government on the advice of the
    /// Spiritual Administration of Muslims). 2015–2026 are the dates Kazakhstan observed or announced
    /// (2023-06-28, 2024-06-16, 2025-06-06, 2026-05-27); 2027–2035 are the commonly published Eid al-Adha
    /// dates of the Islamic calendar and must be checked against each year's decree; an administrator corrects
    /// a differing date with a pair of <see cref="DayOverride"/>s.
    /// </summary>
    private static readonly Dictionary<int, DateOnly> KurbanAitFirstDay = new()
    {
        [2015] = new(2015, 9, 24),
        [2016] = new(2016, 9, 12),
        [2017] = new(2017, 9, 1),
        [2018] = new(2018, 8, 21),
        [2019] = new(2019, 8, 11),
        [2020] = new(2020, 7, 31),
        [2021] = new(2021, 7, 20),
        [2022] = new(2022, 7, 9),
        [2023] = new(2023, 6, 28),
        [2024] = new(2024, 6, 16),
        [2025] = new(2025, 6, 6),
        [2026] = new(2026, 5, 27),
        [2027] = new(2027, 5, 16),
        [2028] = new(2028, 5, 5),
        [2029] = new(2029, 4, 24),
        [2030] = new(2030, 4, 13),
        [2031] = new(2031, 4, 2),
        [2032] = new(2032, 3, 22),
        [2033] = new(2033, 3, 11),
        [2034] = new(2034, 3, 1),
        [2035] = new(2035, 2, 18),
    };

    /// <summary>
    /// The days off of a year, in date order. History that still matters for old cases: 1 December (First
    /// President Day) and 17 December (second day of Independence Day) were days off until 2021; 25 October
    /// (Republic Day) is a day off from 2022 (amendments of 2022 to the Law on holidays).
    /// Outside 2015–2035 Kurban Ait is not known and is left out.
    /// </summary>
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var list = new List<PublicHoliday>
        {
            new(new(year, 1, 1), HolidayKind.State, NewYear),
            new(new(year, 1, 2), HolidayKind.State, NewYear),
            new(new(year, 1, 7), HolidayKind.Religious, OrthodoxChristmas),
            new(new(year, 3, 8), HolidayKind.State, WomensDay),
            new(new(year, 3, 21), HolidayKind.State, Nauryz),
            new(new(year, 3, 22), HolidayKind.State, Nauryz),
            new(new(year, 3, 23), HolidayKind.State, Nauryz),
            new(new(year, 5, 1), HolidayKind.State, UnityDay),
            new(new(year, 5, 7), HolidayKind.State, DefenderDay),
            new(new(year, 5, 9), HolidayKind.State, VictoryDay),
            new(new(year, 7, 6), HolidayKind.State, CapitalDay),
            new(new(year, 8, 30), HolidayKind.State, ConstitutionDay),
            new(new(year, 12, 16), HolidayKind.National, IndependenceDay),
        };

        if (year >= 2022)
        {
            list.Add(new(new(year, 10, 25), HolidayKind.National, RepublicDay));
        }
        else
        {
            list.Add(new(new(year, 12, 1), HolidayKind.National, FirstPresidentDay));
            list.Add(new(new(year, 12, 17), HolidayKind.National, IndependenceDay));
        }

        if (KurbanAitFirstDay.TryGetValue(year, out var kurban))
        {
            list.Add(new(kurban, HolidayKind.Religious, KurbanAit));
        }

        // Stable sort: on a coincidence (Kurban Ait 2032 falls on Nauryz) the statutory fixed-date holiday comes first.
        return [.. list.OrderBy(h => h.Date)];
    }
}
