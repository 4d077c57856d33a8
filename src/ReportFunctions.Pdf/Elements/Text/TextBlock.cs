using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements.Text;

/// <summary>
/// A paragraph, shaped once and paginated by whole lines, with widow and orphan control: a paragraph that runs
/// over a page break leaves at least two lines on each side, so neither its first line stands alone at a page
/// foot nor its last line ("的问题。") alone at the top of the next page. A block with a <paramref name="destination"/>
/// marks where its first line is drawn as that named destination, the target of a bookmark.
/// </summary>
internal sealed class TextBlock(TextLayout layout, string? destination = null) : Element
{
    private int currentLine;

    public override SpacePlan Measure(Size available)
    {
        var lines = layout.Lines(available.Width);
        var remaining = lines.Count - currentLine;
        if (remaining <= 0)
            return SpacePlan.Empty;
        var pitch = layout.Style.LinePitch;
        var fitting = Fitting(available.Height, remaining);
        if (fitting <= 0)
        {
            return SpacePlan.Wrap(currentLine == 0 && remaining > 1 && available.Height >= pitch
                ? $"lines {currentLine + 1}–{currentLine + 2} need {2 * pitch:0.#} pt together (no orphan line), {available.Height:0.#} pt left"
                : $"line {currentLine + 1} needs {pitch:0.#} pt, {available.Height:0.#} pt left");
        }
        return fitting >= remaining ? SpacePlan.Full(remaining * pitch) : SpacePlan.Partial(fitting * pitch);
    }

    // Lines of what is left that go on this page: all, or a part that leaves two or more lines for the next
    // page and, when the paragraph starts here, puts two or more on this one.
    private int Fitting(float height, int remaining)
    {
        var fitting = (int)Math.Floor((height + 0.01f) / layout.Style.LinePitch);
        if (fitting >= remaining)
            return remaining;
        if (remaining - fitting < 2)
            fitting = remaining - 2;
        if (currentLine == 0 && fitting < 2)
            return 0;
        return Math.Max(fitting, 0);
    }

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available)
    {
        var lines = layout.Lines(available.Width);
        var pitch = layout.Style.LinePitch;
        var fitting = Fitting(available.Height, lines.Count - currentLine);
        if (canvas is not null && destination is not null && currentLine == 0 && fitting > 0)
            canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), destination);
        for (var i = 0; i < fitting; i++)
        {
            if (canvas is not null)
                layout.Draw(canvas, fonts, lines[currentLine], x, y + i * pitch);
            currentLine++;
        }
    }

    public override void CollectGlyphs(DocumentFonts fonts) => fonts.Add(layout.Shaped);

    public override void Reset() => currentLine = 0;
}
