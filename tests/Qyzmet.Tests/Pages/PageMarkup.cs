using System.Text.RegularExpressions;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Generic checks of a page's markup (issue 11 "Labels linked to inputs; keyboard-only use works"): every id is unique on
/// the page (a repeated id sends a label, a skip link or aria-labelledby to the wrong element), every label, aria-labelledby
/// and aria-describedby points at an element of the page, and every visible form control has a label of its own.
/// </summary>
internal static partial class PageMarkup
{
    public static void AssertIdsUniqueAndLabelsLinked(string html, string page)
    {
        var ids = Id().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        var repeated = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{page}: repeated ids: {string.Join(", ", repeated)}");
        var known = ids.ToHashSet(StringComparer.Ordinal);

        var labelled = For().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        var dangling = labelled.Where(f => !known.Contains(f)).ToList();
        Assert.True(dangling.Count == 0, $"{page}: labels for no element: {string.Join(", ", dangling)}");
        var references = AriaRef().Matches(html).SelectMany(m => m.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(r => !known.Contains(r)).ToList();
        Assert.True(references.Count == 0, $"{page}: aria references to no element: {string.Join(", ", references)}");

        var forSet = labelled.ToHashSet(StringComparer.Ordinal);
        foreach (var control in Control().Matches(html).Select(m => m.Value))
        {
            // Hidden fields need no label; radio buttons and check boxes here sit inside their <label>.
            if (control.Contains("type=\"hidden\"", StringComparison.Ordinal) || control.Contains("aria-label=", StringComparison.Ordinal)
                || control.Contains("type=\"radio\"", StringComparison.Ordinal) || control.Contains("type=\"checkbox\"", StringComparison.Ordinal))
            {
                continue;
            }

            var id = Id().Match(control);
            Assert.True(id.Success && forSet.Contains(id.Groups["id"].Value), $"{page}: a control without its label: {control}");
        }
    }

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("<label\\b[^>]*\\sfor=\"(?<id>[^\"]+)\"")]
    private static partial Regex For();

    [GeneratedRegex("\\saria-(?:labelledby|describedby|controls)=\"(?<ids>[^\"]+)\"")]
    private static partial Regex AriaRef();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();
}
