using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements;

/// <summary>Blank vertical space; whatever of it does not fit on the page is dropped.</summary>
internal sealed class Spacer(float height) : Element
{
    private bool done;

    public override SpacePlan Measure(Size available) =>
        done ? SpacePlan.Empty : SpacePlan.Full(Math.Min(height, Math.Max(0, available.Height)));

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available) => done = true;

    public override void CollectGlyphs(DocumentFonts fonts)
    {
    }

    public override void Reset() => done = false;
}
