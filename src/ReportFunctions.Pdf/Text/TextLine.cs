namespace ReportFunctions.Pdf.Text;

/// <summary>
/// One set line: clusters [Start, End) of the shaped text; <see cref="ClusterX"/> holds each cluster's glyph
/// origin in points relative to <see cref="X"/>, after squeezing and justification; <see cref="Size"/> is the
/// type size the line is set in (smaller than the style's when a table row is shrunk to fit).
/// </summary>
internal sealed record TextLine(int Start, int End, float X, float[] ClusterX, float Width, float Size);
