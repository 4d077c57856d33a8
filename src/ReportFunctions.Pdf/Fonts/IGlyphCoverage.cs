namespace ReportFunctions.Pdf.Fonts;

/// <summary>Answers whether some bundled font can draw a character.</summary>
public interface IGlyphCoverage
{
    /// <summary>True when at least one bundled face has a glyph for <paramref name="codePoint"/>.</summary>
    bool CanDraw(int codePoint);
}
