using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Desk;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// The queue's filters as a page binds them from the query string (?service=&amp;step=&amp;status=&amp;due=&amp;cursor=); the
/// page cursor is "cursor" on pages, so that a desk's own paged tools may keep "after" (the act search).
/// </summary>
public sealed class DeskFilterForm
{
    public string? Service { get; set; }
    public string? Step { get; set; }
    public string? Status { get; set; }
    public string? Due { get; set; }
    public string? Cursor { get; set; }

    public DeskFilter ToFilter() => new(Service, Step, Status, Due, Cursor);
}

/// <summary>One desk action from a page: what happened as the clerk reads it (the step's declared history line), or the error.</summary>
public static class DeskPageActions
{
    public static async Task<(string? Message, string? Error)> RunAsync(DeskCases cases, UserInfo user, string number, string trigger, DeskActionInput input, CancellationToken ct)
    {
        var (_, message, error) = await ActAsync(cases, user, number, trigger, input, ct);
        return (message, error);
    }

    /// <summary>As <see cref="RunAsync"/>, with the application as the action left it (null on error).</summary>
    public static async Task<(Application? App, string? Message, string? Error)> ActAsync(DeskCases cases, UserInfo user, string number, string trigger,
        DeskActionInput input, CancellationToken ct)
    {
        try
        {
            var app = await cases.ActAsync(user, number, trigger, input, ct);
            return (app, Done(cases, app, trigger), null);
        }
        catch (QyzmetException e) when (e.Error.Status is < 500 and not (404 or 403))
        {
            var fields = e.Fields.Count == 0 ? "" : " " + string.Join(" ", e.Fields.Values.Select(v => v.For(Language.Current)));
            return (null, null, e.LocalizedMessage(Language.Current) + fields);
        }
    }

    /// <summary>
    /// A desk page's queue. A filter the queue refuses (an unknown step, a bad cursor) is said on the page, with the
    /// unfiltered queue below it, never a server error.
    /// </summary>
    public static async Task<(DeskQueueView Queue, string? Error)> QueueAsync(DeskQueue queue, UserInfo user, DeskFilterForm filter,
        IReadOnlyCollection<string>? services, string path, Func<DeskQueueItem, (string Href, string Text)?>? tool, CancellationToken ct)
    {
        try
        {
            return (new(await queue.ListAsync(user, filter.ToFilter(), services, ct), path, InlineActions: true, tool), null);
        }
        catch (QyzmetException e) when (e.Error.Status == 400)
        {
            var fields = string.Join(" ", e.Fields.Select(kv => kv.Key + ": " + kv.Value.For(Language.Current)));
            return (new(await queue.ListAsync(user, new DeskFilter(), services, ct), path, InlineActions: true, tool), e.LocalizedMessage(Language.Current) + " " + fields);
        }
    }

    /// <summary>"№ 2026-0000005: Құжаттар қабылданды" — the step's declared history line, never the trigger's name.</summary>
    public static string Done(DeskCases cases, Application app, string trigger) =>
        UiTexts.All["Desk.Done"].Format(Language.Current, app.Number, cases.StepLabel(app.ServiceId, trigger)?.Done.For(Language.Current) ?? "✓");
}
