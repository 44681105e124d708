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

    /// <summary>
    /// Decisions D-304, D-726, D-719: a result signed in a person's name is signed by an official of the unit who holds a
    /// signing role there (<see cref="Identity.Roles.Signatories"/>: the unit's head, or the quality authority's officer).
    /// </summary>
    public static readonly ErrorCode SignerNotHeadOfUnit = new("DOC-0002", 403, new(
        "Нәтижеге тек «{0}» бөлімшесінің қол қою құқығы бар лауазымды адамы (бөлімше басшысы немесе сапаны бағалау және бақылау жөніндегі уәкілетті органның лауазымды адамы) қол қоя алады.",
        "Подписать результат может только должностное лицо подразделения «{0}» с правом подписи (руководитель подразделения или должностное лицо уполномоченного органа по оценке и контролю за качеством).",
        "Only an official of unit '{0}' with signing authority (the unit's head, or the quality authority's officer) may sign this result."));

    /// <summary>ADR 0029: the signed bytes are not in the document store (the store's folder or bucket was not restored with the database).</summary>
    public static readonly ErrorCode ContentMissing = new("DOC-0003", 503, new(
        "№{0} құжаттың мазмұны құжаттар қоймасында табылмады. Әкімші қойманы сақтық көшірмеден қалпына келтіруі керек.",
        "Содержимое документа № {0} не найдено в хранилище документов. Администратор должен восстановить хранилище из резервной копии.",
        "The content of document {0} is missing from the document store. An administrator must restore the store from the backup."));

    /// <summary>ADR 0029: the bytes in the store no longer match the hash recorded at issue; they are not handed out.</summary>
    public static readonly ErrorCode ContentAltered = new("DOC-0004", 503, new(
        "№{0} құжаттың қоймадағы мазмұны берілген кездегі хэшке сәйкес келмейді, сондықтан берілмейді. Әкімші қойманы сақтық көшірмеден қалпына келтіруі керек.",
        "Содержимое документа № {0} в хранилище не совпадает с хэшем, записанным при выдаче, поэтому не выдаётся. Администратор должен восстановить хранилище из резервной копии.",
        "The stored content of document {0} does not match the hash recorded when it was issued, so it is not handed out. An administrator must restore the store from the backup."));
}
