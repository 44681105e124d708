using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>Texts shared by several service standards.</summary>
internal static class Common
{
    public static LocalizedText T(string kk, string ru, string en) => new(kk, ru, en);

    public static readonly LocalizedText PortalAroundTheClock = T(
        "Портал: тәулік бойы, жөндеу жұмыстарына байланысты техникалық үзілістерді қоспағанда",
        "Портал: круглосуточно, за исключением технических перерывов в связи с проведением ремонтных работ",
        "Portal: 24/7, except technical breaks for repair work");

    /// <summary>The cost of a free service as the applicant reads it (D-325).</summary>
    public static readonly LocalizedText FreeOfCharge = T("Тегін", "Бесплатно", "Free of charge");

    public static readonly LocalizedText EdsSignedRequest = T(
        "Көрсетілетін қызметті алушының ЭЦҚ-сымен куәландырылған электрондық құжат нысанындағы сұрау салу",
        "Запрос в форме электронного документа, удостоверенный ЭЦП услугополучателя",
        "Request as an electronic document certified with the recipient's EDS");

    public static readonly LocalizedText EdsOrOtpRequest = T(
        "ЭЦҚ-мен немесе бір реттік парольмен куәландырылған электрондық құжат нысанындағы сұрау салу (бір реттік пароль ұялы байланыс абонентінің нөмірі порталдың есептік жазбасына тіркелген және қосылған жағдайда)",
        "Запрос в форме электронного документа, удостоверенный ЭЦП или одноразовым паролем (одноразовый пароль — при регистрации и подключении абонентского номера сотовой связи к учетной записи портала)",
        "Request as an electronic document certified with an EDS or a one-time password (OTP only if the recipient's mobile number is registered and linked to the portal account)");

    public static RefusalGround Ground(string code, string kk, string ru, string en) => new(code, T(kk, ru, en));
}
