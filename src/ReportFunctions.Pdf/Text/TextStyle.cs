using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Pdf.Text;

/// <summary>How a text block is set.</summary>
/// <param name="Face">The face; characters it lacks fall back to <paramref name="Fallback"/>.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="LinePitch">Distance between baselines in points.</param>
public sealed record TextStyle(FontFace Face, float Size, float LinePitch)
{
    /// <summary>Face for characters <see cref="Face"/> has no glyph for (normally the full body face).</summary>
    public FontFace? Fallback { get; init; }

    /// <summary>Horizontal alignment of the lines.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>Indent of the first line, in em (2 for Chinese body paragraphs).</summary>
    public float FirstLineIndentEm { get; init; }

    /// <summary>Space in points before every line (signature lines placed under one another).</summary>
    public float LeftIndent { get; init; }

    /// <summary>Use tabular (fixed-width) digits, for numbers in tables.</summary>
    public bool TabularDigits { get; init; }

    /// <summary>Put every character on its own line (vertical text in a tall table cell).</summary>
    public bool OneCharacterPerLine { get; init; }

    /// <summary>Make all lines about equally long instead of filling the first ones (titles).</summary>
    public bool BalanceLines { get; init; }

    /// <summary>
    /// Never end on a line holding a single character (a stranded "益" under "4.保护第三方合法"): the line before
    /// gives up its last word so that at least two characters go down together.
    /// </summary>
    public bool AvoidShortLastLine { get; init; }

    /// <summary>When a single line does not fit the width, scale the font down until it does (large numbers in narrow cells).</summary>
    public bool ShrinkToFit { get; init; }
}
