namespace ReportFunctions.Core.Rendering;

/// <summary>
/// Column widths of table 三 in the official template (word/document.xml, w:gridCol in twips, table 9748 wide):
/// the vertical label, the level-2 and level-3 labels, then seven equal count columns. The engine scales them to
/// the type area, so the labels keep the template's 51 % of the width and wrap where the template's do.
/// </summary>
internal static class ApplicationsColumnWidths
{
    public static float[] Labels { get; } = [754, 921, 3271];

    public const float Count = 685;
}
