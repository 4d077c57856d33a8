using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Document;

/// <summary>Paper, margins (points) and page numbers.</summary>
public sealed record PageFrame(float Width, float Height, float Top, float Left, float Right, float Bottom)
{
    private const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>Style of the page number; null for none.</summary>
    public TextStyle? PageNumberStyle { get; init; }

    /// <summary>Distance from the bottom of the type area to the top of the page number's em box, in points.</summary>
    public float PageNumberGap { get; init; }

    /// <summary>Space between the page number and the edge of the type area it is aligned to, in em.</summary>
    public float PageNumberInsetEm { get; init; }

    /// <summary>Text of the page number from (page, total pages).</summary>
    public Func<int, int, string> PageNumberText { get; init; } = (page, _) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Width of the type area.</summary>
    public float ContentWidth => Width - Left - Right;

    /// <summary>Height of the type area.</summary>
    public float ContentHeight => Height - Top - Bottom;

    /// <summary>Converts millimetres to points.</summary>
    public static float Millimetres(float mm) => mm * PointsPerMillimetre;

    /// <summary>
    /// GB/T 9704-2012 (党政机关公文格式) on A4: top margin 37 mm, left 28 mm, type area 156 × 225 mm; page numbers
    /// "— N —" in <paramref name="pageNumberStyle"/>, 7 mm below the type area, odd pages right and even pages
    /// left, one character in from the edge (§7.5).
    /// </summary>
    public static PageFrame GbT9704(TextStyle pageNumberStyle) =>
        new(Millimetres(210), Millimetres(297), Millimetres(37), Millimetres(28), Millimetres(26), Millimetres(35))
        {
            PageNumberStyle = pageNumberStyle,
            PageNumberGap = Millimetres(7),
            PageNumberInsetEm = 1,
            PageNumberText = (page, _) => $"— {page.ToString(System.Globalization.CultureInfo.InvariantCulture)} —",
        };
}
