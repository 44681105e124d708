using System.Diagnostics;

namespace Qyzmet.Tests.Documents;

/// <summary>
/// The text of a PDF as a reader gets it, through poppler's <c>pdftotext</c> (Debian: <c>apt-get install poppler-utils</c>).
/// Where it is missing the test is skipped with a message; <c>QYZMET_REQUIRE_PDFTOTEXT=1</c> makes it fail instead.
/// </summary>
internal static class PdfText
{
    private const string Tool = "/usr/bin/pdftotext";

    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        if (!File.Exists(Tool))
        {
            const string reason = "pdftotext (poppler-utils) is not installed; the printed text of documents is not checked.";
            if (Environment.GetEnvironmentVariable("QYZMET_REQUIRE_PDFTOTEXT") == "1")
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        var folder = Directory.CreateTempSubdirectory("qyzmet-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.pdf");
            var output = Path.Combine(folder, "out.txt");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo(Tool) { ArgumentList = { "-enc", "UTF-8", input, output }, RedirectStandardError = true })!;
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
