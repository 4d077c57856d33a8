using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Tests;

/// <summary>Text styles over the bundled fonts for engine tests (16 pt body like 3号).</summary>
internal static class Styles
{
    public const float Size = 16;

    /// <summary>GB/T 9704: 22 lines fill the 225 mm type area.</summary>
    public const float Pitch = 28.99f;

    public static TextStyle Body { get; } = new(BundledFonts.Shared.SerifRegular, Size, Pitch) { FirstLineIndentEm = 2 };

    public static TextStyle Plain { get; } = Body with { FirstLineIndentEm = 0, Alignment = TextAlignment.Left };

    public static TextStyle Heading { get; } = new(BundledFonts.Shared.SansRegular, Size, Pitch) { Fallback = BundledFonts.Shared.SerifRegular };

    public static TextStyle Cell { get; } = new(BundledFonts.Shared.SerifRegular, 10.5f, 14) { Alignment = TextAlignment.Center };
}
