using Microsoft.AspNetCore.Http;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// Issue 17 "wrong MIME types" (D-820): an upload endpoint reads its multipart form itself, after it has checked the caller
/// and their access to the application, instead of binding an <see cref="IFormFile"/> parameter. A bound file makes routing
/// refuse any other body with 415 before authentication or authorization run, which told an anonymous caller, or a citizen
/// who does not own the application, what the endpoint takes. A body that is not a form is refused here, to an authorized
/// caller only, with SEC-0012 naming the field.
/// </summary>
/// <summary>Endpoint metadata: the endpoint reads an uploaded file itself through <see cref="UploadForm.ReadFileAsync"/>
/// (it binds no <see cref="IFormFile"/>, D-820), so tests that list every file-taking endpoint still find it.</summary>
public sealed class ReadsUploadedFile;

public static class UploadForm
{
    public static readonly ErrorCode NotAForm = new("SEC-0012", 415, new(
        "Сұрау денесінің түрі ({0}) қабылданбайды: файлды multipart/form-data түрінде, «{1}» бөлігінде жіберіңіз.",
        "Тип тела запроса ({0}) не поддерживается: отправьте файл как multipart/form-data в части «{1}».",
        "The request body's type ({0}) is not accepted here: send the file as multipart/form-data in the part '{1}'."));

    /// <summary>The file in the form's part <paramref name="field"/> (null when the form has none); SEC-0012 when the body is no form.</summary>
    public static async Task<IFormFile?> ReadFileAsync(HttpRequest request, string field, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            var type = string.IsNullOrEmpty(request.ContentType) ? "—" : request.ContentType;
            throw new QyzmetException(NotAForm, type, field) { Fields = { [field] = NotAForm.Message.With(type, field) } };
        }

        return (await request.ReadFormAsync(ct)).Files[field];
    }
}
