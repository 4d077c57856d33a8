namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// The three Noto CJK SC faces shipped in the Fonts folder next to this assembly (SIL OFL 1.1). They are
/// loaded once per process; system fonts are never read, so every machine renders the same PDF.
/// </summary>
public sealed class BundledFonts : IGlyphCoverage
{
    private static readonly Lazy<BundledFonts> SharedInstance = new(() => new BundledFonts(DefaultFolder()));

    private BundledFonts(string folder)
    {
        SerifRegular = new FontFace("NotoSerifCJKsc-Regular", Path.Combine(folder, "NotoSerifCJKsc-Regular.ttf"));
        SerifBold = new FontFace("NotoSerifCJKsc-Bold", Path.Combine(folder, "NotoSerifCJKsc-Bold.ttf"));
        SansBold = new FontFace("NotoSansCJKsc-Bold", Path.Combine(folder, "NotoSansCJKsc-Bold.ttf"));
    }

    /// <summary>The process-wide instance.</summary>
    public static BundledFonts Shared => SharedInstance.Value;

    /// <summary>宋 body face; covers all CJK Unified Ideographs and Extension A, so it is everyone's fallback.</summary>
    public FontFace SerifRegular { get; }

    /// <summary>Bold 宋 (GB 2312 subset), the stand-in for 小标宋 titles.</summary>
    public FontFace SerifBold { get; }

    /// <summary>Bold 黑 (GB 2312 subset), the stand-in for 黑体 headings.</summary>
    public FontFace SansBold { get; }

    /// <inheritdoc />
    public bool CanDraw(int codePoint) =>
        SerifRegular.HasGlyph(codePoint) || SerifBold.HasGlyph(codePoint) || SansBold.HasGlyph(codePoint);

    private static string DefaultFolder()
    {
        // Assembly.Location is empty in single-file apps; the fonts are then beside the executable.
        var location = typeof(BundledFonts).Assembly.Location;
        var folder = string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!;
        return Path.Combine(folder, "Fonts");
    }
}
