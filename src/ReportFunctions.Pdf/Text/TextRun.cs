using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Pdf.Text;

/// <summary>
/// A stretch of one paragraph set in its own face at the paragraph's size, e.g. the 楷体 remark inside a 宋体
/// table label. Characters the face lacks fall back to the style's <see cref="TextStyle.Fallback"/>.
/// </summary>
public sealed record TextRun(string Text, FontFace Face);
