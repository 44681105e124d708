using System.Globalization;
using System.Text;
using QRCoder;
using SkiaSharp;

namespace Qyzmet.Platform.Documents;

/// <summary>
/// Lays out a <see cref="DocumentContent"/> on A4 pages and writes it as PDF through Skia.
/// Layout happens first into per-page lists of drawing operations, so the footer can say "page N of M"
/// before anything is written. Thread-safe: each call owns its fonts, paints and document.
/// </summary>
public sealed class PdfRenderer
{
    // A4 in PDF points (1/72 inch).
    internal const float PageWidth = 595.28f;
    internal const float PageHeight = 841.89f;
    private const float MarginLeft = 56f;
    private const float MarginRight = 42f;
    private const float MarginTop = 42f;
    private const float MarginBottom = 56f;
    private const float ContentWidth = PageWidth - MarginLeft - MarginRight;
    private const float ContentBottom = PageHeight - MarginBottom;
    private const float QrSize = 96f;

    private static readonly SKColor Ink = new(0x11, 0x11, 0x11);
    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);
    private static readonly SKColor Rule = new(0x88, 0x88, 0x88);
    private static readonly SKColor HeaderFill = new(0xEE, 0xEE, 0xEE);
    private static readonly SKColor MarkColor = new(0xB0, 0x00, 0x20);

    // Typefaces are immutable and safe to share across threads; parsing a TTF each render would be wasted work.
    private static readonly Lazy<SKTypeface> Regular = new(() => LoadTypeface("Qyzmet.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => LoadTypeface("Qyzmet.Fonts.DejaVuSans-Bold.ttf"));

    internal static SKTypeface RegularTypeface => Regular.Value;

    public byte[] Render(DocumentContent content, string verificationUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationUrl);
        if (content.Languages.Count == 0)
        {
            throw new ArgumentException("A document needs at least one language block.", nameof(content));
        }

        using var fonts = new FontSet();
        var composer = new Composer(fonts);
        Compose(composer, content, verificationUrl);

        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{content.Title.Kk} / {content.Title.Ru} № {content.DocumentNumber}",
            Creator = "Qyzmet",
            Producer = "Qyzmet",
            // Skia would otherwise stamp the wall clock; the issue time keeps output reproducible and truthful.
            Creation = content.IssuedAt.UtcDateTime,
            Modified = content.IssuedAt.UtcDateTime,
        };

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var total = composer.Pages.Count;
            for (var i = 0; i < total; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                foreach (var op in composer.Pages[i])
                {
                    op(canvas);
                }

                DrawFooter(canvas, fonts, content.DocumentNumber, i + 1, total);
                if (content.Watermark is { } watermark)
                {
                    DrawWatermark(canvas, fonts, watermark);
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static void Compose(Composer c, DocumentContent content, string verificationUrl)
    {
        ComposeIssuer(c, content);

        if (content.Mark is { } mark)
        {
            c.Gap(6);
            ComposeMark(c, JoinLanguages(mark, content.Languages));
        }

        var first = true;
        foreach (var language in content.Languages)
        {
            if (!first)
            {
                c.Gap(10);
                c.HorizontalRule();
                c.Gap(6);
            }

            first = false;
            ComposeLanguageBlock(c, content, language);
        }

        if (content.Footnotes.Count > 0)
        {
            c.Gap(14);
            c.HorizontalRule();
            c.Gap(4);
            foreach (var language in content.Languages)
            {
                foreach (var note in content.Footnotes)
                {
                    c.Paragraph(note.For(language), c.Fonts.Small, Muted, MarginLeft, ContentWidth);
                }

                c.Gap(3);
            }
        }

        c.Gap(12);
        ComposeVerification(c, content, verificationUrl);
    }

    private static void ComposeIssuer(Composer c, DocumentContent content)
    {
        if (content.Issuer.Count == 0)
        {
            return;
        }

        var font = c.Fonts.IssuerBold;
        if (content.Languages.Count < 2)
        {
            foreach (var line in content.Issuer)
            {
                c.Paragraph(line.For(content.Languages[0]), font, Ink, MarginLeft, ContentWidth, SKTextAlign.Center);
            }

            return;
        }

        // Kazakh forms put the issuer in the state language on the left and in Russian on the right.
        const float gutter = 24f;
        var columnWidth = (ContentWidth - gutter) / 2;
        var left = content.Issuer.SelectMany(l => Wrap(l.For(content.Languages[0]), font, columnWidth)).ToList();
        var right = content.Issuer.SelectMany(l => Wrap(l.For(content.Languages[1]), font, columnWidth)).ToList();
        var lineHeight = font.Spacing;
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            c.EnsureSpace(lineHeight);
            var baseline = c.Y - font.Metrics.Ascent;
            var l = i < left.Count ? left[i] : null;
            var r = i < right.Count ? right[i] : null;
            c.Add(canvas =>
            {
                using var paint = Paint(Ink);
                if (l is not null)
                {
                    canvas.DrawText(l, MarginLeft + (columnWidth / 2), baseline, SKTextAlign.Center, font, paint);
                }

                if (r is not null)
                {
                    canvas.DrawText(r, MarginLeft + columnWidth + gutter + (columnWidth / 2), baseline, SKTextAlign.Center, font, paint);
                }
            });
            c.Y += lineHeight;
        }

        c.Gap(4);
        c.HorizontalRule();
    }

    private static void ComposeMark(Composer c, string text)
    {
        var font = c.Fonts.Mark;
        var lines = Wrap(text, font, ContentWidth - 40);
        var width = lines.Max(l => font.MeasureText(l)) + 28;
        var height = (lines.Count * font.Spacing) + 12;
        c.EnsureSpace(height);
        var top = c.Y;
        var left = MarginLeft + ((ContentWidth - width) / 2);
        c.Add(canvas =>
        {
            using var frame = Paint(MarkColor, SKPaintStyle.Stroke, 1.6f);
            canvas.DrawRoundRect(new SKRect(left, top, left + width, top + height), 4, 4, frame);
            using var paint = Paint(MarkColor);
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = top + 6 + (i * font.Spacing) - font.Metrics.Ascent;
                canvas.DrawText(lines[i], MarginLeft + (ContentWidth / 2), baseline, SKTextAlign.Center, font, paint);
            }
        });
        c.Y += height;
    }

    private static void ComposeLanguageBlock(Composer c, DocumentContent content, DocumentLanguage language)
    {
        c.Gap(8);
        c.KeepTogether(c.Fonts.Title.Spacing + (c.Fonts.Body.Spacing * 3));
        c.Paragraph(content.Title.For(language), c.Fonts.Title, Ink, MarginLeft, ContentWidth, SKTextAlign.Center);
        // Issue 10: the issue time a person reads is Almaty time, like every other date on the document.
        var issued = Kernel.Calendar.AlmatyTime.FormatDateTime(content.IssuedAt);
        var subtitle = language == DocumentLanguage.Kazakh
            ? $"№ {content.DocumentNumber}, берілген күні {issued}"
            : $"№ {content.DocumentNumber}, дата выдачи {issued}";
        c.Paragraph(subtitle, c.Fonts.Body, Muted, MarginLeft, ContentWidth, SKTextAlign.Center);
        c.Gap(6);

        foreach (var section in content.Sections)
        {
            if (section.Heading is { } heading)
            {
                c.Gap(6);
                // A heading stranded at the foot of a page reads as a broken document.
                c.KeepTogether(c.Fonts.Heading.Spacing + (c.Fonts.Body.Spacing * 2));
                c.Paragraph(heading.For(language), c.Fonts.Heading, Ink, MarginLeft, ContentWidth);
                c.Gap(2);
            }

            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case DocumentField field:
                        ComposeField(c, field.Label.For(language), field.Value.For(language));
                        break;
                    case DocumentParagraph paragraph:
                        c.Paragraph(paragraph.Text.For(language), c.Fonts.Body, Ink, MarginLeft, ContentWidth);
                        c.Gap(3);
                        break;
                    case DocumentTable table:
                        c.Gap(3);
                        ComposeTable(c, table, language);
                        c.Gap(4);
                        break;
                    default:
                        throw new NotSupportedException($"Unknown document block {block.GetType().Name}.");
                }
            }
        }
    }

    private static void ComposeField(Composer c, string label, string value)
    {
        const float labelShare = 0.4f;
        const float gutter = 10f;
        var labelWidth = (ContentWidth * labelShare) - gutter;
        var valueLeft = MarginLeft + (ContentWidth * labelShare);
        var valueWidth = ContentWidth * (1 - labelShare);
        var labelFont = c.Fonts.Body;
        var valueFont = c.Fonts.BodyBold;
        var labelLines = Wrap(label, labelFont, labelWidth);
        var valueLines = Wrap(value, valueFont, valueWidth);
        var lineHeight = Math.Max(labelFont.Spacing, valueFont.Spacing);
        var rows = Math.Max(labelLines.Count, valueLines.Count);

        // Short rows move whole to the next page; only long ones may split, line by line.
        c.KeepTogether(Math.Min(rows, 3) * lineHeight);
        for (var i = 0; i < rows; i++)
        {
            c.EnsureSpace(lineHeight);
            var baseline = c.Y - valueFont.Metrics.Ascent;
            var l = i < labelLines.Count ? labelLines[i] : null;
            var v = i < valueLines.Count ? valueLines[i] : null;
            c.Add(canvas =>
            {
                if (l is not null)
                {
                    using var muted = Paint(Muted);
                    canvas.DrawText(l, MarginLeft, baseline, SKTextAlign.Left, labelFont, muted);
                }

                if (v is not null)
                {
                    using var ink = Paint(Ink);
                    canvas.DrawText(v, valueLeft, baseline, SKTextAlign.Left, valueFont, ink);
                }
            });
            c.Y += lineHeight;
        }

        c.Gap(3);
    }

    private static void ComposeTable(Composer c, DocumentTable table, DocumentLanguage language)
    {
        var columns = table.Header.Count;
        if (columns == 0)
        {
            return;
        }

        const float padding = 3f;
        var weights = table.ColumnWeights is { Count: > 0 } w && w.Count == columns
            ? w.ToArray()
            : Enumerable.Repeat(1f, columns).ToArray();
        var weightSum = weights.Sum();
        var widths = weights.Select(x => ContentWidth * x / weightSum).ToArray();
        var lefts = new float[columns];
        for (var i = 1; i < columns; i++)
        {
            lefts[i] = lefts[i - 1] + widths[i - 1];
        }

        // Wide tables (reference forms go up to ten columns) need smaller type to stay legible when wrapped.
        var bodyFont = columns > 6 ? c.Fonts.TableSmall : c.Fonts.Table;
        var headFont = columns > 6 ? c.Fonts.TableSmallBold : c.Fonts.TableBold;

        List<string>[] WrapRow(IReadOnlyList<BilingualText> cells, SKFont font) =>
            Enumerable.Range(0, columns)
                .Select(i => i < cells.Count ? Wrap(cells[i].For(language), font, widths[i] - (2 * padding)) : new List<string>())
                .ToArray();

        var header = WrapRow(table.Header, headFont);
        float RowHeight(List<string>[] cells, SKFont font) =>
            (Math.Max(1, cells.Max(x => x.Count)) * font.Spacing) + (2 * padding);
        var headerHeight = RowHeight(header, headFont);

        void DrawRow(List<string>[] cells, SKFont font, int fromLine, int lineCount, bool isHeader)
        {
            var top = c.Y;
            var height = (lineCount * font.Spacing) + (2 * padding);
            c.Add(canvas =>
            {
                var rect = new SKRect(MarginLeft, top, MarginLeft + ContentWidth, top + height);
                if (isHeader)
                {
                    using var fill = Paint(HeaderFill, SKPaintStyle.Fill);
                    canvas.DrawRect(rect, fill);
                }

                using var border = Paint(Rule, SKPaintStyle.Stroke, 0.5f);
                canvas.DrawRect(rect, border);
                for (var i = 1; i < columns; i++)
                {
                    canvas.DrawLine(MarginLeft + lefts[i], top, MarginLeft + lefts[i], top + height, border);
                }

                using var ink = Paint(Ink);
                for (var col = 0; col < columns; col++)
                {
                    for (var line = fromLine; line < Math.Min(cells[col].Count, fromLine + lineCount); line++)
                    {
                        var baseline = top + padding + ((line - fromLine) * font.Spacing) - font.Metrics.Ascent;
                        canvas.DrawText(cells[col][line], MarginLeft + lefts[col] + padding, baseline, SKTextAlign.Left, font, ink);
                    }
                }
            });
            c.Y += height;
        }

        void DrawHeader() => DrawRow(header, headFont, 0, Math.Max(1, header.Max(x => x.Count)), isHeader: true);

        c.EnsureSpace(headerHeight + RowHeight([[""]], bodyFont));
        DrawHeader();
        foreach (var row in table.Rows)
        {
            var cells = WrapRow(row, bodyFont);
            var lines = Math.Max(1, cells.Max(x => x.Count));
            var height = RowHeight(cells, bodyFont);
            if (c.Fits(height))
            {
                DrawRow(cells, bodyFont, 0, lines, isHeader: false);
                continue;
            }

            var freshPageRoom = ContentBottom - MarginTop - headerHeight;
            if (height <= freshPageRoom)
            {
                c.NewPage();
                DrawHeader();
                DrawRow(cells, bodyFont, 0, lines, isHeader: false);
                continue;
            }

            // A row taller than a whole page has to be split; each piece gets the header above it.
            var drawn = 0;
            while (drawn < lines)
            {
                var room = (int)Math.Floor((ContentBottom - c.Y - (2 * padding)) / bodyFont.Spacing);
                if (room < 1)
                {
                    c.NewPage();
                    DrawHeader();
                    continue;
                }

                var take = Math.Min(room, lines - drawn);
                DrawRow(cells, bodyFont, drawn, take, isHeader: false);
                drawn += take;
            }
        }
    }

    private static void ComposeVerification(Composer c, DocumentContent content, string url)
    {
        var urlFont = c.Fonts.Small;
        var urlLines = Wrap(url, urlFont, ContentWidth);
        var height = QrSize + 4 + (urlLines.Count * urlFont.Spacing);
        c.EnsureSpace(height);
        var top = c.Y;
        var modules = QrModules(url);
        var noteLeft = MarginLeft + QrSize + 16;
        var noteWidth = MarginLeft + ContentWidth - noteLeft;
        var note = string.Join('\n', content.Languages.Select(l => l == DocumentLanguage.Kazakh
            ? "Құжаттың түпнұсқалығын тексеру үшін QR-кодты сканерлеңіз немесе сілтемені ашыңыз."
            : "Для проверки подлинности документа отсканируйте QR-код или откройте ссылку."));
        var noteLines = Wrap(note, c.Fonts.Small, noteWidth);
        var bodyFont = c.Fonts.Small;

        c.Add(canvas =>
        {
            DrawQr(canvas, modules, MarginLeft, top, QrSize);
            using var muted = Paint(Muted);
            for (var i = 0; i < urlLines.Count; i++)
            {
                var baseline = top + QrSize + 4 + (i * urlFont.Spacing) - urlFont.Metrics.Ascent;
                canvas.DrawText(urlLines[i], MarginLeft, baseline, SKTextAlign.Left, urlFont, muted);
            }

            for (var i = 0; i < noteLines.Count; i++)
            {
                var baseline = top + 8 + (i * bodyFont.Spacing) - bodyFont.Metrics.Ascent;
                canvas.DrawText(noteLines[i], noteLeft, baseline, SKTextAlign.Left, bodyFont, muted);
            }
        });
        c.Y += height;
    }

    private static void DrawFooter(SKCanvas canvas, FontSet fonts, string number, int page, int total)
    {
        var font = fonts.Small;
        var baseline = PageHeight - (MarginBottom / 2);
        using var rule = Paint(Rule, SKPaintStyle.Stroke, 0.5f);
        canvas.DrawLine(MarginLeft, baseline - font.Size - 4, MarginLeft + ContentWidth, baseline - font.Size - 4, rule);
        using var muted = Paint(Muted);
        canvas.DrawText($"№ {number}", MarginLeft, baseline, SKTextAlign.Left, font, muted);
        canvas.DrawText(
            string.Create(CultureInfo.InvariantCulture, $"{page} / {total}"),
            MarginLeft + ContentWidth, baseline, SKTextAlign.Right, font, muted);
    }

    /// <summary>A draft's word across the page, diagonal and light, over the content (decision D-322).</summary>
    private static void DrawWatermark(SKCanvas canvas, FontSet fonts, string text)
    {
        using var paint = Paint(new SKColor(0xB0, 0x00, 0x20, 0x50));
        using var font = new SKFont(fonts.Mark.Typeface, 44f);
        canvas.Save();
        canvas.RotateDegrees(-35, PageWidth / 2, PageHeight / 2);
        canvas.DrawText(text, PageWidth / 2, PageHeight / 2, SKTextAlign.Center, font, paint);
        canvas.Restore();
    }

    /// <summary>The QR matrix (with its quiet zone) as rows of dark/light modules.</summary>
    internal static bool[][] QrModules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix
            .Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())
            .ToArray();
    }

    private static void DrawQr(SKCanvas canvas, bool[][] modules, float left, float top, float size)
    {
        // Drawing the matrix as vector rectangles keeps the code sharp at any zoom and avoids a PNG round trip.
        // Runs of dark modules in a row become one rectangle, all in one path, so viewers show no seams.
        var cell = size / modules.Length;
        using var builder = new SKPathBuilder();
        for (var y = 0; y < modules.Length; y++)
        {
            var row = modules[y];
            var x = 0;
            while (x < row.Length)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < row.Length && row[x])
                {
                    x++;
                }

                builder.AddRect(new SKRect(left + (start * cell), top + (y * cell), left + (x * cell), top + ((y + 1) * cell)));
            }
        }

        using var path = builder.Detach();
        using var paint = Paint(SKColors.Black, SKPaintStyle.Fill);
        paint.IsAntialias = false;
        canvas.DrawPath(path, paint);
    }

    /// <summary>Greedy word wrap; words wider than the line are broken between characters.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (font.MeasureText(candidate) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (font.MeasureText(rest) > width)
                {
                    var fit = FittingPrefix(rest, font, width);
                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static int FittingPrefix(string text, SKFont font, float width)
    {
        var fit = 1;
        while (fit < text.Length && font.MeasureText(text.AsSpan(0, fit + 1)) <= width)
        {
            fit++;
        }

        // Never split a surrogate pair; an orphaned half would render as a replacement glyph.
        if (fit < text.Length && char.IsHighSurrogate(text[fit - 1]))
        {
            fit = fit > 1 ? fit - 1 : fit + 1;
        }

        return fit;
    }

    private static string JoinLanguages(BilingualText text, IReadOnlyList<DocumentLanguage> languages) =>
        string.Join(" / ", languages.Select(text.For).Distinct(StringComparer.Ordinal));

    private static SKPaint Paint(SKColor color, SKPaintStyle style = SKPaintStyle.Fill, float strokeWidth = 0) =>
        new() { Color = color, Style = style, StrokeWidth = strokeWidth, IsAntialias = true };

    private static SKTypeface LoadTypeface(string resource)
    {
        using var stream = typeof(PdfRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from Qyzmet.Platform.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        // Skia keeps the data for the typeface's lifetime (it is subset into each PDF), so it gets its own copy.
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {resource} could not be parsed.");
    }

    private sealed class FontSet : IDisposable
    {
        public SKFont IssuerBold { get; } = Create(Bold.Value, 9f);
        public SKFont Mark { get; } = Create(Bold.Value, 14f);
        public SKFont Title { get; } = Create(Bold.Value, 15f);
        public SKFont Heading { get; } = Create(Bold.Value, 11f);
        public SKFont Body { get; } = Create(Regular.Value, 10f);
        public SKFont BodyBold { get; } = Create(Bold.Value, 10f);
        public SKFont Table { get; } = Create(Regular.Value, 8.5f);
        public SKFont TableBold { get; } = Create(Bold.Value, 8.5f);
        public SKFont TableSmall { get; } = Create(Regular.Value, 7f);
        public SKFont TableSmallBold { get; } = Create(Bold.Value, 7f);
        public SKFont Small { get; } = Create(Regular.Value, 7.5f);

        // Hinted metrics round each advance to whole device units, which at 7-10 pt visibly spreads the
        // letters in a PDF; unhinted linear metrics give the designer's spacing and match what viewers draw.
        private static SKFont Create(SKTypeface typeface, float size) => new(typeface, size)
        {
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
            Subpixel = true,
        };

        public void Dispose()
        {
            foreach (var font in new[] { IssuerBold, Mark, Title, Heading, Body, BodyBold, Table, TableBold, TableSmall, TableSmallBold, Small })
            {
                font.Dispose();
            }
        }
    }

    /// <summary>Flow layout: tracks the cursor and collects drawing operations per page.</summary>
    private sealed class Composer(FontSet fonts)
    {
        public FontSet Fonts { get; } = fonts;
        public List<List<Action<SKCanvas>>> Pages { get; } = [[]];
        public float Y { get; set; } = MarginTop;

        public void Add(Action<SKCanvas> op) => Pages[^1].Add(op);

        public bool Fits(float height) => Y + height <= ContentBottom;

        public void NewPage()
        {
            Pages.Add([]);
            Y = MarginTop;
        }

        public void EnsureSpace(float height)
        {
            // At the top of a page there is nowhere better to go; callers split anything taller than a page.
            if (!Fits(height) && Y > MarginTop)
            {
                NewPage();
            }
        }

        public void KeepTogether(float height) => EnsureSpace(height);

        public void Gap(float height)
        {
            // Vertical space is dropped at a page break rather than carried to the top of the next page.
            Y = Math.Min(Y + height, ContentBottom);
        }

        public void HorizontalRule()
        {
            EnsureSpace(1);
            var y = Y;
            Add(canvas =>
            {
                using var paint = Paint(Rule, SKPaintStyle.Stroke, 0.5f);
                canvas.DrawLine(MarginLeft, y, MarginLeft + ContentWidth, y, paint);
            });
            Y += 1;
        }

        public void Paragraph(string text, SKFont font, SKColor color, float left, float width, SKTextAlign align = SKTextAlign.Left)
        {
            var x = align switch
            {
                SKTextAlign.Center => left + (width / 2),
                SKTextAlign.Right => left + width,
                _ => left,
            };
            foreach (var line in Wrap(text, font, width))
            {
                EnsureSpace(font.Spacing);
                var baseline = Y - font.Metrics.Ascent;
                Add(canvas =>
                {
                    using var paint = Paint(color);
                    canvas.DrawText(line, x, baseline, align, font, paint);
                });
                Y += font.Spacing;
            }
        }
    }
}
