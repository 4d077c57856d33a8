using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements.Text;

/// <summary>A paragraph, shaped once and paginated by whole lines.</summary>
internal sealed class TextBlock(TextLayout layout) : Element
{
    private int currentLine;

    public override SpacePlan Measure(Size available)
    {
        var lines = layout.Lines(available.Width);
        var remaining = lines.Count - currentLine;
        if (remaining <= 0)
            return SpacePlan.Empty;
        var pitch = layout.Style.LinePitch;
        var fitting = (int)Math.Floor((available.Height + 0.01f) / pitch);
        if (fitting <= 0)
            return SpacePlan.Wrap($"line {currentLine + 1} needs {pitch:0.#} pt, {available.Height:0.#} pt left");
        return fitting >= remaining ? SpacePlan.Full(remaining * pitch) : SpacePlan.Partial(fitting * pitch);
    }

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available)
    {
        var lines = layout.Lines(available.Width);
        var pitch = layout.Style.LinePitch;
        var fitting = Math.Min(lines.Count - currentLine, (int)Math.Floor((available.Height + 0.01f) / pitch));
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
