using HarfBuzzSharp;
using SkiaSharp;

namespace ReportFunctions.Pdf.Fonts;

/// <summary>One bundled font face: the Skia typeface that draws it and the HarfBuzz font that shapes it.</summary>
public sealed class FontFace
{
    private readonly HarfBuzzSharp.Font shapingFont;

    internal FontFace(string name, string path)
    {
        Name = name;
        Typeface = SKTypeface.FromFile(path)
            ?? throw new DocumentLayoutException($"font file {path} could not be loaded");
        using var blob = Blob.FromFile(path);
        using var face = new Face(blob, 0);
        UnitsPerEm = face.UnitsPerEm;
        shapingFont = new HarfBuzzSharp.Font(face);
        shapingFont.SetFunctionsOpenType();
        shapingFont.SetScale(UnitsPerEm, UnitsPerEm);
        Subsetter = new TrueTypeSubsetter(face);
        var digits = Enumerable.Range('0', 10)
            .Select(d => shapingFont.TryGetNominalGlyph(d, out var glyph) ? shapingFont.GetHorizontalGlyphAdvance(glyph) : 0);
        FigureWidth = digits.Max() / (float)UnitsPerEm;
    }

    /// <summary>A short name for diagnostics, e.g. "NotoSerifCJKsc-Regular".</summary>
    public string Name { get; }

    /// <summary>The full face; PDFs draw with a per-document subset of it instead (<see cref="DocumentFonts"/>).</summary>
    internal SKTypeface Typeface { get; }

    /// <summary>Cuts this face down to one document's glyphs; process lifetime, like the face.</summary>
    internal TrueTypeSubsetter Subsetter { get; }

    internal int UnitsPerEm { get; }

    /// <summary>Advance of the widest digit in em: the width every digit gets when figures are set tabular.</summary>
    internal float FigureWidth { get; }

    // hb_font_t is immutable once set up, so shaping from several threads at once is safe.
    internal HarfBuzzSharp.Font ShapingFont => shapingFont;

    /// <summary>
    /// True when this face draws <paramref name="codePoint"/> a full em wide. LXGW WenKai, for one, has
    /// proportional (Latin) curly quotes, which look broken in Chinese text set solid.
    /// </summary>
    public bool IsFullWidth(int codePoint) =>
        shapingFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0
        && shapingFont.GetHorizontalGlyphAdvance(glyph) >= 0.9f * UnitsPerEm;

    /// <summary>True when this face has a glyph for <paramref name="codePoint"/>.</summary>
    public bool HasGlyph(int codePoint) => shapingFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    /// <inheritdoc />
    public override string ToString() => Name;
}
