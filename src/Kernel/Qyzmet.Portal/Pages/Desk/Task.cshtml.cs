using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Desk;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// One task at the task desk (ADR 0015, D-551): what is being approved (the application's data as the choice act states them,
/// and the scheme of the requested plot on the map, 003.md para 6 step 4), the term and overdue flag, the history, and the
/// answer: one button per declared outcome, the reasons (required for a negative one) and a file (the technical conditions of
/// a monopoly; for a paper task the scan of the body's answer, recorded by the executor).
/// </summary>
[Authorize]
public sealed class TaskModel(CaseTaskService tasks, ApplicationViews views) : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public TaskView Task { get; private set; } = null!;

    public ApplicationPageView Application { get; private set; } = null!;

    public SubmittedField? Scheme { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Error { get; private set; }

    public string? Comment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? outcome, string? comment, IFormFile? file, CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(SignedInUser);
        string? scan = null;
        if (file is { Length: > 0 })
        {
            if (file.Length > AttachmentErrors.MaxBytes)
            {
                Errors["file"] = TaskErrors.ScanInvalid.Message.For(Language.Current);
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                scan = Convert.ToBase64String(buffer.ToArray());
            }
        }

        if (Errors.Count == 0)
        {
            try
            {
                var done = await tasks.CompleteAsync(SignedInUser, Id, new CompleteTaskRequest(outcome, comment, scan, scan is null ? null : file!.FileName), ct);
                return Redirect("/desk/tasks?done=" + Uri.EscapeDataString(done.ApplicationNumber));
            }
            catch (QyzmetException e) when (e.Fields.Count > 0)
            {
                foreach (var (name, text) in e.Fields)
                {
                    Errors[name is "scanBase64" or "scanFileName" ? "file" : name] = text.For(Language.Current);
                }
            }
            catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not (404 or 403))
            {
                Error = e.LocalizedMessage(Language.Current);
            }
        }

        Comment = comment;
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        DeskQueue.EnsureDeskUser(SignedInUser);
        Task = await tasks.GetAsync(SignedInUser, Id, ct);
        var app = await tasks.ApplicationOfAsync(SignedInUser, Id, ct);
        Application = await views.ToPageAsync(app, ct);
        Scheme = PlotScheme.Find(Application.Fields);
    }
}
