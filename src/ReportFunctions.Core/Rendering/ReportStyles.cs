using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Core.Rendering;

/// <summary>
/// Type styles of GB/T 9704-2012 in open faces for the 公文 roles: 仿宋 (FandolFang) body text, 黑体 (Noto Sans
/// CJK) "一、" headings, 楷体 (LXGW WenKai) "（一）" headings, and Noto Serif CJK Bold standing in for the 小标宋
/// title. Tables follow the official template (国办公开办函〔2021〕30号): 宋体 10 pt, its notes in 楷体.
/// Every face falls back per character to the 宋 face, which covers all CJK ideographs.
/// </summary>
internal static class ReportStyles
{
    /// <summary>3号 (16 pt); 22 lines fill the 225 mm type area, so the pitch is 637.8 / 22 ≈ 29 pt.</summary>
    public const float BodySize = 16;
    public const float BodyPitch = 28.99f;

    /// <summary>The template's table cells: &lt;w:sz w:val="20"/&gt;, i.e. 10 pt (5号 is 10.5).</summary>
    public const float TableSize = 10;

    // The template's cells sit on a 15.6 pt grid with no top or bottom margin; 13.5 pt lines and the engine's
    // 2 pt cell padding give about the same 17.5 pt single-line rows.
    private const float TablePitch = 13.5f;

    private static readonly BundledFonts Fonts = BundledFonts.Shared;

    public static TextStyle Body { get; } = new(Fonts.FangSong, BodySize, BodyPitch) { Fallback = Fonts.SerifRegular, FirstLineIndentEm = 2 };

    /// <summary>2号 (22 pt) bold, centred, lines balanced.</summary>
    public static TextStyle Title { get; } = new(Fonts.SerifBold, 22, 36)
    {
        Fallback = Fonts.SerifRegular,
        Alignment = TextAlignment.Center,
        BalanceLines = true,
    };

    /// <summary>"一、" headings: 黑体 3号, indented like body text.</summary>
    public static TextStyle SectionHeading { get; } = new(Fonts.SansRegular, BodySize, BodyPitch) { Fallback = Fonts.SerifRegular, FirstLineIndentEm = 2 };

    /// <summary>"（一）" headings: 楷体 3号.</summary>
    public static TextStyle BlockHeading { get; } = new(Fonts.Kai, BodySize, BodyPitch) { Fallback = Fonts.SerifRegular, FirstLineIndentEm = 2 };

    /// <summary>Signature lines: body face, placed by <see cref="TextStyle.LeftIndent"/>.</summary>
    public static TextStyle Signature { get; } = Body with { FirstLineIndentEm = 0, Alignment = TextAlignment.Left };

    /// <summary>4号 (14 pt) page numbers "— N —" in 宋体 (GB/T 9704 §7.5).</summary>
    public static TextStyle PageNumber { get; } = new(Fonts.SerifRegular, 14, 14) { Alignment = TextAlignment.Left };

    /// <summary>Row labels of table 三, left-aligned as in the template; never a single character on the last line.</summary>
    public static TextStyle TableLabel { get; } = new(Fonts.SerifRegular, TableSize, TablePitch)
    {
        Alignment = TextAlignment.Left,
        AvoidShortLastLine = true,
    };

    /// <summary>Column headers and the template's centred row labels (table 二).</summary>
    public static TextStyle TableHeader { get; } = TableLabel with { Alignment = TextAlignment.Center };

    /// <summary>The 勾稽 note and the （二） remark: 楷体, as the template sets them.</summary>
    public static TextStyle TableNote { get; } = TableLabel with { Face = Fonts.Kai, Fallback = Fonts.SerifRegular };

    /// <summary>"三、本年度办理结果" down the tall label cell, one character per line.</summary>
    public static TextStyle TableVertical { get; } = TableHeader with { OneCharacterPerLine = true };

    /// <summary>Numbers: centred, tabular digits; a row whose count is too long is set smaller as a whole.</summary>
    public static TextStyle TableNumber { get; } = TableHeader with { TabularDigits = true, ShrinkToFit = true, AvoidShortLastLine = false };
}
