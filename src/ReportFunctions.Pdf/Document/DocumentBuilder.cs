using ReportFunctions.Pdf.Elements;
using ReportFunctions.Pdf.Elements.Text;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Document;

/// <summary>
/// Builds a document as a column of text blocks and tables inside a page frame, then renders it: a counting
/// pass finds the number of pages, a drawing pass draws them. Not thread-safe; build one per rendering.
/// </summary>
public sealed class DocumentBuilder(PageFrame frame)
{
    /// <summary>
    /// U+2060 WORD JOINER: put between two characters of a text, it forbids a line break there (a word such as
    /// 政府 in a title). It is neither drawn nor extracted.
    /// </summary>
    public const char NoBreak = TextShaper.WordJoiner;

    private const int MaxPages = 5000;
    private readonly Column root = new();
    private readonly List<PdfRewriter.Bookmark> bookmarks = [];

    /// <summary>Adds a paragraph.</summary>
    /// <param name="spaceBefore">Space above it in points, dropped at the top of a page.</param>
    /// <param name="keepWithNext">Move to the next page together with the following block (headings).</param>
    /// <param name="bookmark">List it in the PDF's bookmarks (outline), titled with its text on one line.</param>
    public DocumentBuilder Text(string text, TextStyle style, float spaceBefore = 0, bool keepWithNext = false, bool bookmark = false)
    {
        string? destination = null;
        if (bookmark)
        {
            destination = $"b{bookmarks.Count + 1}";
            bookmarks.Add(new PdfRewriter.Bookmark(text.Replace("\n", "", StringComparison.Ordinal).Replace(NoBreak.ToString(), "", StringComparison.Ordinal), destination));
        }
        root.Add(new TextBlock(new TextLayout(text, style), destination), spaceBefore, keepWithNext);
        return this;
    }

    /// <summary>Adds blank space of <paramref name="points"/> (e.g. above a title).</summary>
    public DocumentBuilder Space(float points)
    {
        root.Add(new Spacer(points), 0, keepWithNext: false);
        return this;
    }

    /// <summary>Adds a table.</summary>
    public DocumentBuilder Table(TableBuilder table, float spaceBefore = 0)
    {
        root.Add(table.Build(), spaceBefore, keepWithNext: false);
        return this;
    }

    /// <summary>The width of <paramref name="text"/> set on one line in <paramref name="style"/>, in points.</summary>
    public static float MeasureWidth(string text, TextStyle style) => new TextLayout(text, style).NaturalWidth;

    /// <summary>
    /// Renders the document to PDF, marked PDF/A-2b by Skia (XMP metadata, sRGB output intent), with the language
    /// and bookmarks added after. The same content and metadata always give the same bytes.
    /// </summary>
    public RenderedPdf RenderPdf(PdfMetadata metadata)
    {
        var total = Paginate(0, _ => null, DocumentFonts.Full, lastPage: null);
        // Every face is embedded as a subset of exactly the glyphs drawn: the body text, then the page numbers.
        using var fonts = DocumentFonts.ForPdf();
        root.CollectGlyphs(fonts);
        if (frame.PageNumberStyle is { } numberStyle)
        {
            for (var page = 1; page <= total; page++)
                fonts.Add(new TextLayout(frame.PageNumberText(page, total), numberStyle).Shaped);
        }
        fonts.CreateSubsets();
        var info = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = metadata.Keywords,
            Creator = metadata.Creator,
            Producer = metadata.Creator,
            Creation = metadata.Created.UtcDateTime,
            Modified = (metadata.Modified ?? metadata.Created).UtcDateTime,
            RasterDpi = SKDocument.DefaultRasterDpi,
            EncodingQuality = 101,
            PdfA = true,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, info))
        {
            Paginate(total, _ => document.BeginPage(frame.Width, frame.Height), fonts, lastPage: null, document.EndPage);
            document.Close();
        }
        var pdf = stream.ToArray();
        WriteUtcOffsets(pdf);
        return new RenderedPdf(PdfRewriter.Rewrite(pdf, metadata.Language, bookmarks), total);
    }

    /// <summary>Draws page <paramref name="pageNumber"/> (1-based) with the same code as the PDF, as a PNG <paramref name="widthPixels"/> wide.</summary>
    public byte[] RenderPagePng(int pageNumber, int widthPixels)
    {
        var total = Paginate(0, _ => null, DocumentFonts.Full, lastPage: null);
        if (pageNumber < 1 || pageNumber > total)
            throw new ArgumentOutOfRangeException(nameof(pageNumber), $"the document has {total} pages");
        var scale = widthPixels / frame.Width;
        // Opaque, so the PNG is written as RGB without an alpha channel.
        var info = new SKImageInfo(widthPixels, (int)Math.Ceiling(frame.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        Paginate(total, page => page == pageNumber ? canvas : null, DocumentFonts.Full, lastPage: pageNumber);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    // SkiaSharp prints the dates' fields as given (UTC here) but derives the offset ("+HH'MM'" in the document
    // information, "+HH:MM" in the XMP) from the machine's time zone, so the same input would give different
    // bytes in Beijing and in UTC. The offset has a fixed width, so setting it to UTC in place keeps every
    // cross-reference offset valid.
    private static void WriteUtcOffsets(byte[] pdf)
    {
        foreach (var (key, fields, utc) in new[]
        {
            ("/CreationDate (D:"u8.ToArray(), "YYYYMMDDHHmmSS".Length, "+00'00'"u8.ToArray()),
            ("/ModDate (D:"u8.ToArray(), "YYYYMMDDHHmmSS".Length, "+00'00'"u8.ToArray()),
            ("<xmp:CreateDate>"u8.ToArray(), "YYYY-MM-DDTHH:mm:SS".Length, "+00:00"u8.ToArray()),
            ("<xmp:ModifyDate>"u8.ToArray(), "YYYY-MM-DDTHH:mm:SS".Length, "+00:00"u8.ToArray()),
        })
        {
            var at = pdf.AsSpan().IndexOf(key);
            if (at >= 0)
                utc.CopyTo(pdf.AsSpan(at + key.Length + fields));
        }
    }

    // The page loop: measure the root for a fresh page, fail when nothing fits on an empty page, draw, repeat.
    private int Paginate(int totalPages, Func<int, SKCanvas?> beginPage, DocumentFonts fonts, int? lastPage, Action? endPage = null)
    {
        root.Reset();
        var content = new Size(frame.ContentWidth, frame.ContentHeight);
        for (var page = 1; page <= MaxPages; page++)
        {
            var plan = root.Measure(content);
            if (plan.Kind == SpacePlanKind.Wrap)
                throw new DocumentLayoutException($"page {page}: {plan.Reason}");
            if (plan.Kind == SpacePlanKind.Empty && page > 1)
                return page - 1;
            var canvas = beginPage(page);
            root.Draw(canvas, fonts, frame.Left, frame.Top, content);
            // After the content, so text extraction reads the page number last.
            if (canvas is not null)
                DrawPageNumber(canvas, fonts, page, totalPages);
            endPage?.Invoke();
            if (plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty || page == lastPage)
                return page;
        }
        throw new DocumentLayoutException($"the document does not end within {MaxPages} pages");
    }

    // GB/T 9704-2012 §7.5: odd pages right-aligned, even pages left-aligned, inset one character.
    private void DrawPageNumber(SKCanvas canvas, DocumentFonts fonts, int page, int totalPages)
    {
        if (frame.PageNumberStyle is not { } style)
            return;
        var layout = new TextLayout(frame.PageNumberText(page, totalPages), style);
        var line = layout.Lines(frame.ContentWidth)[0];
        var inset = frame.PageNumberInsetEm * style.Size;
        var x = page % 2 == 1 ? frame.Left + frame.ContentWidth - inset - line.Width : frame.Left + inset;
        var top = frame.Top + frame.ContentHeight + frame.PageNumberGap - (style.LinePitch - style.Size) / 2 - 0.3f * style.Size;
        layout.Draw(canvas, fonts, line, x - line.X, top);
    }
}
