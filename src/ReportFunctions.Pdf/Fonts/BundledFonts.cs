namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// The open faces for the 公文 roles of GB/T 9704-2012, shipped in the Fonts folder next to this assembly and
/// subset by build-fonts.sh: Noto Serif CJK SC (宋, SIL OFL 1.1), FandolFang (仿宋, GPL-3 with the font
/// exception), LXGW WenKai (楷体, SIL OFL 1.1; renamed WenKaiGB as its reserved font names ask) and Noto Sans CJK SC (黑体, SIL OFL 1.1). They are loaded once per
/// process; system fonts are never read, so every machine renders the same PDF.
/// </summary>
public sealed class BundledFonts : IGlyphCoverage
{
    private static readonly Lazy<BundledFonts> SharedInstance = new(() => new BundledFonts(DefaultFolder()));

    private BundledFonts(string folder)
    {
        SerifRegular = Load(folder, "NotoSerifCJKsc-Regular");
        SerifBold = Load(folder, "NotoSerifCJKsc-Bold");
        SansRegular = Load(folder, "NotoSansCJKsc-Regular");
        FangSong = Load(folder, "FandolFang-Regular");
        Kai = Load(folder, "WenKaiGB-Regular");
    }

    /// <summary>The process-wide instance.</summary>
    public static BundledFonts Shared => SharedInstance.Value;

    /// <summary>宋 face; covers all CJK Unified Ideographs and Extension A, so it is everyone's fallback.</summary>
    public FontFace SerifRegular { get; }

    /// <summary>Bold 宋 (GB 2312 subset), the stand-in for 小标宋 titles.</summary>
    public FontFace SerifBold { get; }

    /// <summary>黑 (GB 2312 subset) for "一、" headings; the regular weight, as 黑体 (SimHei) has a single weight.</summary>
    public FontFace SansRegular { get; }

    /// <summary>仿宋 (GB 2312 subset) for body text.</summary>
    public FontFace FangSong { get; }

    /// <summary>楷体 (GB 2312 subset) for "（一）" headings and the notes of table 三.</summary>
    public FontFace Kai { get; }

    /// <inheritdoc />
    public bool CanDraw(int codePoint) =>
        SerifRegular.HasGlyph(codePoint) || SerifBold.HasGlyph(codePoint) || SansRegular.HasGlyph(codePoint)
        || FangSong.HasGlyph(codePoint) || Kai.HasGlyph(codePoint);

    private static FontFace Load(string folder, string name) => new(name, Path.Combine(folder, name + ".ttf"));

    private static string DefaultFolder()
    {
        // Assembly.Location is empty in single-file apps; the fonts are then beside the executable.
        var location = typeof(BundledFonts).Assembly.Location;
        var folder = string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!;
        return Path.Combine(folder, "Fonts");
    }
}
