using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Documents;

/// <summary>Issuing result documents (DOC-).</summary>
public static class DocumentErrors
{
    /// <summary>Decision D-304: no result is signed by anyone but an authorised official of the providing unit.</summary>
    public static readonly ErrorCode NoAuthorisedSignatory = new("DOC-0001", 503, new(
        "«{0}» бөлімшесінде нәтижелерге қол қоюға уәкілетті лауазымды тұлға белгіленбеген, сондықтан нәтиже берілмейді. Әкімші бөлімшенің деректерінде уәкілетті тұлғаны көрсетуі керек.",
        "В подразделении «{0}» не назначено должностное лицо, уполномоченное подписывать результаты, поэтому результат не выдаётся. Администратор должен указать уполномоченное лицо в данных подразделения.",
        "Unit '{0}' has no official authorised to sign its results, so the result cannot be issued. An administrator must name the authorised official in the unit's data."));

    /// <summary>Decision D-304: a human-signed step is signed by the head of the unit who performs it.</summary>
    public static readonly ErrorCode SignerNotHeadOfUnit = new("DOC-0002", 403, new(
        "Нәтижеге тек «{0}» бөлімшесінің басшысы қол қоя алады.",
        "Подписать результат может только руководитель подразделения «{0}».",
        "Only the head of unit '{0}' may sign this result."));
}
