using Qyzmet.Platform.Desk;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// What the shared queue partial (_DeskQueue.cshtml) renders for a desk page: the workbench's page of the queue, the page's
/// own address (filters and paging stay on it), whether simple actions are offered on each line, and a desk's own tool
/// link per line (e.g. the registry office's act search for the applicant).
/// </summary>
public sealed record DeskQueueView(DeskQueuePage Page, string Path, bool InlineActions, Func<DeskQueueItem, (string Href, string Text)?>? Tool = null)
{
    /// <summary>The page's address with the current filters and, for paging, the cursor.</summary>
    public string Link(string? after)
    {
        var f = Page.Filter;
        var query = new[] { ("service", f.Service), ("step", f.Step), ("status", f.Status == DeskStatus.Mine ? null : f.Status), ("due", f.Due), ("cursor", after) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!));
        var q = string.Join("&", query);
        return q.Length == 0 ? Path : Path + (Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + q;
    }
}
