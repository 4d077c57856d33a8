using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Core.Rendering;

/// <summary>
/// Type styles of GB/T 9704-2012 with open stand-ins for the official faces: Noto Serif CJK for 仿宋/宋 body
/// text, its Bold for the 小标宋 title, Noto Sans CJK Bold for 黑体 "一、" headings. No 楷体 face is bundled, so
/// "（一）" headings use the serif bold instead of 楷体.
/// </summary>
internal static class ReportStyles
{
    /// <summary>3号 (16 pt); 22 lines fill the 225 mm type area, so the pitch is 637.8 / 22 ≈ 29 pt.</summary>
    public const float BodySize = 16;
    public const float BodyPitch = 28.99f;
    public const float TableSize = 10.5f;

    private static readonly BundledFonts Fonts = BundledFonts.Shared;

    public static TextStyle Body { get; } = new(Fonts.SerifRegular, BodySize, BodyPitch) { FirstLineIndentEm = 2 };

    /// <summary>2号 (22 pt) bold, centred, lines balanced.</summary>
    public static TextStyle Title { get; } = new(Fonts.SerifBold, 22, 36)
    {
        Fallback = Fonts.SerifRegular,
        Alignment = TextAlignment.Center,
        BalanceLines = true,
    };

    /// <summary>"一、" headings: 黑体 3号, indented like body text.</summary>
    public static TextStyle SectionHeading { get; } = new(Fonts.SansBold, BodySize, BodyPitch) { Fallback = Fonts.SerifRegular, FirstLineIndentEm = 2 };

    /// <summary>"（一）" headings: 楷体 3号 in the standard; bold serif here (no 楷体 is bundled).</summary>
    public static TextStyle BlockHeading { get; } = new(Fonts.SerifBold, BodySize, BodyPitch) { Fallback = Fonts.SerifRegular, FirstLineIndentEm = 2 };

    /// <summary>Signature lines: body face, placed by <see cref="TextStyle.LeftIndent"/>.</summary>
    public static TextStyle Signature { get; } = new(Fonts.SerifRegular, BodySize, BodyPitch) { Alignment = TextAlignment.Left };

    /// <summary>4号 (14 pt) page numbers "— N —".</summary>
    public static TextStyle PageNumber { get; } = new(Fonts.SerifRegular, 14, 14) { Alignment = TextAlignment.Left, HanLatinSpacingEm = 0 };

    public static TextStyle TableLabel { get; } = new(Fonts.SerifRegular, TableSize, 14.5f) { Alignment = TextAlignment.Left, HanLatinSpacingEm = 0.15f };

    public static TextStyle TableHeader { get; } = TableLabel with { Alignment = TextAlignment.Center };

    /// <summary>"三、本年度办理结果" down the tall label cell, one character per line.</summary>
    public static TextStyle TableVertical { get; } = TableHeader with { OneCharacterPerLine = true };

    /// <summary>Numbers: centred, tabular digits, scaled down rather than broken when a count is very long.</summary>
    public static TextStyle TableNumber { get; } = TableHeader with { TabularDigits = true, ShrinkToFit = true };
}
