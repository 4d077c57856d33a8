namespace ReportFunctions.Pdf.Text;

/// <summary>Horizontal placement of the lines of a text block.</summary>
public enum TextAlignment
{
    /// <summary>Lines spread to the full measure; the last line flush left (Chinese body text).</summary>
    Justify,
    /// <summary>Flush left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right.</summary>
    Right,
}
