using ReportFunctions.Pdf.Fonts;
using SkiaSharp;

namespace ReportFunctions.Pdf.Layout;

/// <summary>
/// A piece of content that paginates itself: <see cref="Measure"/> says how much of what is left fits in a
/// space without changing anything; <see cref="Draw"/> draws exactly that much and moves the element's own
/// pagination state on, so the page loop just measures and draws until the root is done.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what fits at (<paramref name="x"/>, <paramref name="y"/>); <paramref name="canvas"/> is null in the counting pass.</summary>
    public abstract void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available);

    /// <summary>Hands all text this element can draw to <paramref name="fonts"/>, before the drawing pass.</summary>
    public abstract void CollectGlyphs(DocumentFonts fonts);

    /// <summary>Back to the start, for the next pass.</summary>
    public abstract void Reset();
}
