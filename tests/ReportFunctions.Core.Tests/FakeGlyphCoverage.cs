using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Tests;

/// <summary>Draws every character except the listed ones; keeps rule tests independent of the font files.</summary>
public sealed class FakeGlyphCoverage(params int[] missing) : IGlyphCoverage
{
    public bool CanDraw(int codePoint) => !missing.Contains(codePoint);
}
