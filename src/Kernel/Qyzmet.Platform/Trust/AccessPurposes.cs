using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// The purpose of a read of a person's data (D-305), stored in a fixed form and shown to the person in their
/// language: "Өтініш № 2026-0000005: Кадастрлық паспорт беру" — never the stored form, which names the service by id.
/// </summary>
public static class AccessPurposes
{
    private const string ServicePrefix = "application for ";
    private const string ApplicationPrefix = "application ";
    private const string RegistrySearchForm = "civil-registry search";
    private const string ActViewPrefix = "civil act ";
    private const string PscDeskForm = "psc-desk";

    /// <summary>A read while an application for the service is being submitted (no number yet, or the new number).</summary>
    public static string ForService(string serviceId) => ServicePrefix + serviceId;

    /// <summary>A read while the application is being worked on.</summary>
    public static string ForApplication(string number, string serviceId) => ApplicationPrefix + number + " (" + serviceId + ")";

    /// <summary>A staff search of the civil-status act registry that found the person (D-305).</summary>
    public static string RegistrySearch => RegistrySearchForm;

    /// <summary>A PSC operator identifying the person at the desk before applying on their behalf (D-305).</summary>
    public static string PscDesk => PscDeskForm;

    /// <summary>A staff member opening an act record about the person.</summary>
    public static string ActView(string actNumber) => ActViewPrefix + actNumber;

    private static readonly LocalizedText RegistrySearchText = new("Азаматтық хал актілерінің жазбаларын іздеу", "Поиск актовых записей гражданского состояния", "Search of civil-status act records");
    private static readonly LocalizedText ActViewText = new("№ {0} акт жазбасын қарау", "Просмотр актовой записи № {0}", "Act record No. {0} viewed");

    private static readonly LocalizedText PscDeskText = new("ХҚКО-да жеке басын анықтау", "Установление личности в ЦОН", "Identification at a public service centre");

    private static readonly LocalizedText Application = new("Өтініш", "Заявление", "Application");
    private static readonly LocalizedText NumberedApplication = new("Өтініш № {0}", "Заявление № {0}", "Application No. {0}");
    private static readonly LocalizedText ServiceProvision = new("Мемлекеттік қызмет көрсету", "Оказание государственной услуги", "Provision of a state service");

    /// <summary>
    /// The stored purpose as the person reads it. The forms above name the service, shown by its name; any other
    /// stored purpose reads as the provision of a state service (with the application's number when there is one).
    /// </summary>
    public static LocalizedText Describe(string stored, string? applicationNumber)
    {
        if (stored == RegistrySearchForm)
        {
            return RegistrySearchText;
        }

        if (stored == PscDeskForm)
        {
            return PscDeskText;
        }

        if (stored.StartsWith(ActViewPrefix, StringComparison.Ordinal))
        {
            return ActViewText.With(stored[ActViewPrefix.Length..]);
        }

        string? serviceId = null;
        if (stored.StartsWith(ServicePrefix, StringComparison.Ordinal))
        {
            serviceId = stored[ServicePrefix.Length..];
        }
        else if (stored.StartsWith(ApplicationPrefix, StringComparison.Ordinal) && stored.EndsWith(')'))
        {
            var open = stored.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > ApplicationPrefix.Length)
            {
                applicationNumber ??= stored[ApplicationPrefix.Length..open];
                serviceId = stored[(open + 2)..^1];
            }
        }

        var head = applicationNumber is null ? Application : NumberedApplication.With(applicationNumber);
        if (serviceId is not null && ServiceCatalog.Find(serviceId) is { } service)
        {
            return new LocalizedText(
                head.Kk + ": " + Name(service, "kk"),
                head.Ru + ": " + Name(service, "ru"),
                head.En + ": " + Name(service, "en"));
        }

        return applicationNumber is null ? ServiceProvision : new(head.Kk + ": " + ServiceProvision.Kk, head.Ru + ": " + ServiceProvision.Ru, head.En + ": " + ServiceProvision.En);
    }

    private static string Name(ServiceStandard service, string lang) =>
        service.Name.For(lang) + (service.Variant is { } v ? " — " + v.For(lang) : "");
}
