using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Documents;
using Qyzmet.Tests.Pages;
using static Qyzmet.Tests.Pages.CivilRegistryPageTests;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "SQL/HTML/script injection in every text field (rendered escaped in pages and PDFs)" and "script injection
/// through every field that is echoed in a page, a PDF or a notification" (D-818): property tests (CsCheck, a bounded
/// number of hostile strings each so the suite stays fast) that send script, attribute-breaking, <c>javascript:</c>, SQL,
/// template and bidi-mark payloads mixed with random text through the free-text fields a citizen types, and look at
/// every place that echoes them: the applicant's application page, the clerk's desk page, the complaints desk, the
/// inbox, and the PDF renderer every result document goes through. SQLite only: the pages run on the portal host
/// (<see cref="PortalHost"/>), which has no PostgreSQL variant; the value round trip through the database is the same
/// parameterised EF Core query on both providers.
/// </summary>
public sealed class EscapingPropertyTests(PortalHost host) : IClassFixture<PortalHost>
{
    /// <summary>Hostile strings per property; the totals are in docs/reliability.md.</summary>
    public const int Iterations = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Attacks =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
        "'; DROP TABLE applications;--",
        "\" OR 1=1 --",
        "{{7*7}}",
        "${7*7}",
        "@(1+1)",
        "</textarea><script>alert(1)</script>",
        "&lt;script&gt;",
        "\u202Egnp.exe\u202C",
        "\u200F\u200E\u2066x\u2069",
        ") /JS (app.alert(1)) /S /JavaScript",
    ];

    /// <summary>Random text: Kazakh, Russian and Latin letters, digits and the characters that matter to HTML, SQL and PDF strings.</summary>
    private static readonly Gen<string> Noise = Gen.Char["abcXYZӘәҚқҮүІіЖжЯя0189 <>\"'&;/=()\\%_-*"].Array[0, 24].Select(c => new string(c));

    /// <summary>Two attacks with random text around them, never blank at either end (the forms trim) nor with doubled spaces.</summary>
    private static readonly Gen<string> Hostile = Gen.Select(Noise, Gen.OneOfConst(Attacks), Noise, Gen.OneOfConst(Attacks), Noise,
        (a, x, b, y, c) =>
        {
            var s = "Q" + a + x + b + y + c + "Z";
            while (s.Contains("  ", StringComparison.Ordinal))
            {
                s = s.Replace("  ", " ", StringComparison.Ordinal);
            }

            return s;
        });

    // Issue 17; 001a.md §3.1 (the clerk reads the submitted fields): a free-text field of the duplicate certificate
    // carrying the payload reads back exactly through the API (nothing lost, no SQL effect) and shows only HTML-encoded on
    // the applicant's application page and on the clerk's desk page; the clerk's note, which the collection notice
    // echoes, shows only encoded in the applicant's inbox.
    [Fact]
    public async Task FreeTextFields_ReadBackExactly_AndShowOnlyEncoded_OnTheApplicantAndDeskPages()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);

        await Hostile.SampleAsync(async payload =>
        {
            var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
            {
                ["field.kind"] = "birth",
                ["field.birthDate"] = "15.03.1990",
                ["field.birthPlace"] = payload,
                ["field.parents"] = payload,
            });
            var number = location["/applications/".Length..];
            await Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, citizen, location);

            AssertEncoded(payload, await citizen.GetStringAsync(location + "?lang=ru", Ct), "applicant page");
            AssertEncoded(payload, await staff.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct), "desk page");

            var view = JsonDocument.Parse(await staff.GetStringAsync($"/api/desk/applications/{number}", Ct)).RootElement;
            var values = view.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
            Assert.True(values.Count(v => v == payload) >= 2, "stored value changed: " + Escape(payload) + " -> " + string.Join(" | ", values.Select(v => Escape(v ?? ""))));

            // The notification echoes text someone typed: the clerk's note on issuing the duplicate goes into the
            // collection notice (DuplicateTexts.CollectionNotice); the applicant's inbox shows it encoded.
            var desk = await staff.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct);
            var done = await staff.PostAsync($"/desk/applications/{number}?handler=Act&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
                ["trigger"] = "issue-duplicate",
                ["reason"] = payload,
            }), Ct);
            Assert.True(done.StatusCode == HttpStatusCode.Redirect, await done.Content.ReadAsStringAsync(Ct));
            AssertEncoded(payload, await citizen.GetStringAsync("/inbox?lang=ru", Ct), "inbox");
        }, iter: Iterations, threads: 1);

        // The tables the SQL payloads name are still there: the queue still reads the applications just made.
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/desk/queue?limit=5", Ct)).StatusCode);
    }

    // Issue 17; 003.md para 10 (the head reads the complaint's text): the complaint text shows only encoded on the
    // complaints desk. No notification echoes a complaint's text; the inbox is checked not to show it raw either.
    [Fact]
    public async Task ComplaintText_ShowsOnlyEncoded_OnTheComplaintsDesk_AndNotRawInTheInbox()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        using var head = host.Browser();
        await SignInAsync(head, DemoData.LandHead.Iin);

        await Hostile.SampleAsync(async payload =>
        {
            var location = await ApplyAsync(citizen, "land.cadastral-info", new() { ["field.cadastralNumber"] = "75-123-045-067" });
            var page = await citizen.GetStringAsync(location + "?lang=ru", Ct);
            var filed = await citizen.PostAsync(location + "?handler=Complain", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
                ["addressee"] = "provider-head",
                ["subject"] = "decision",
                ["text"] = payload,
            }), Ct);
            Assert.True(filed.StatusCode == HttpStatusCode.Redirect, await filed.Content.ReadAsStringAsync(Ct));

            AssertEncoded(payload, await head.GetStringAsync("/desk/complaints?lang=ru", Ct), "complaints desk");
            AssertNotRaw(payload, await citizen.GetStringAsync("/inbox?lang=ru", Ct), "inbox");
        }, iter: Iterations, threads: 1);
    }

    // Issue 17 "rendered escaped in ... PDFs": every result document is drawn by the one PdfRenderer, so a submitted value
    // printed as a field or a paragraph comes out as literal text (pdftotext), and nothing in it can make the file carry
    // JavaScript or an action: no /JS, /JavaScript or /OpenAction in the bytes, whatever the value's parentheses and
    // backslashes (PDF string delimiters) are.
    [Fact]
    public async Task PrintedValues_AreLiteralText_AndThePdfCarriesNoScript()
    {
        var renderer = new PdfRenderer();
        await Hostile.SampleAsync(async payload =>
        {
            var content = SampleDocuments.Reference() with
            {
                Sections =
                [
                    new(new("Өтініш", "Заявление"),
                    [
                        new DocumentField(new("Туған жері", "Место рождения"), BilingualText.Same(payload)),
                        new DocumentParagraph(BilingualText.Same(payload)),
                    ]),
                ],
            };
            var pdf = renderer.Render(content, SampleDocuments.VerificationUrl);
            // The objects only: compressed stream data (fonts, page content) is binary and may hold any three bytes.
            var bytes = System.Text.RegularExpressions.Regex.Replace(Encoding.Latin1.GetString(pdf), "stream\r?\n.*?endstream", "", System.Text.RegularExpressions.RegexOptions.Singleline);
            // A name ends at a non-letter: "/AAAAAB+DejaVuSans" is a font subset tag, not an additional-actions key.
            var action = System.Text.RegularExpressions.Regex.Match(bytes, "/(JS|JavaScript|OpenAction|AA|Launch)(?![A-Za-z])");
            Assert.False(action.Success, $"{action.Value} in the PDF for {Escape(payload)}");

            var text = await PdfText.ExtractAsync(pdf);
            Assert.True(Comparable(text).Contains(Comparable(payload), StringComparison.Ordinal), $"not printed literally: {Escape(payload)}\n{text}");
        }, iter: Iterations, threads: 1);
    }

    /// <summary>The payload appears in the page's content once decoded, and never as raw markup.</summary>
    private static void AssertEncoded(string payload, string html, string where)
    {
        AssertNotRaw(payload, html, where);
        Assert.True(WebUtility.HtmlDecode(MainOf(html)).Contains(payload, StringComparison.Ordinal), $"{where}: the text is not shown: {Escape(payload)}");
    }

    private static void AssertNotRaw(string payload, string html, string where)
    {
        // Text with none of the characters markup is made of is the same raw and encoded ("${7*7}", bidi marks, Cyrillic):
        // there is nothing to tell apart, and its being shown is checked by AssertEncoded.
        if (payload.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return;
        }

        var main = MainOf(html);
        Assert.False(main.Contains(payload, StringComparison.Ordinal), $"{where}: raw output of {Escape(payload)}");
        foreach (var attack in Attacks.Where(a => a.Contains('<', StringComparison.Ordinal) && payload.Contains(a, StringComparison.Ordinal)))
        {
            Assert.False(main.Contains(attack, StringComparison.Ordinal), $"{where}: raw markup {Escape(attack)}");
        }
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>Text as pdftotext gives it back: without line breaks and spaces, and without the invisible format marks (bidi) a reader does not print.</summary>
    private static string Comparable(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray());

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
