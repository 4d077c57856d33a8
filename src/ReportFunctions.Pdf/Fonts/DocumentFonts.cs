using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// The typefaces one rendering draws with. For a PDF, every face is cut down to the glyphs the document uses
/// (<see cref="TrueTypeSubsetter"/>), so Skia embeds small CID TrueType subsets; collect all text with
/// <see cref="Add"/>, call <see cref="CreateSubsets"/>, draw, and dispose after <c>SKDocument.Close()</c>.
/// Rasterising uses <see cref="Full"/>. Not thread-safe: one per rendering.
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    private readonly Dictionary<FontFace, GlyphUsage>? usages;
    private readonly Dictionary<FontFace, SubsetFont> subsets = [];

    private DocumentFonts(bool subset) => usages = subset ? [] : null;

    /// <summary>Draws with the full faces and unchanged glyph ids (PNG rendering).</summary>
    public static DocumentFonts Full { get; } = new(subset: false);

    /// <summary>A set that subsets every face to what <see cref="Add"/> is given.</summary>
    public static DocumentFonts ForPdf() => new(subset: true);

    /// <summary>Records the glyphs and characters of a shaped paragraph, per face.</summary>
    public void Add(ShapedText shaped)
    {
        if (usages is null)
            return;
        foreach (var cluster in shaped.Clusters)
        {
            if (cluster.GlyphCount == 0)
                continue;
            var face = shaped.Faces[cluster.Face];
            if (!usages.TryGetValue(face, out var usage))
                usages[face] = usage = new GlyphUsage();
            usage.AddGlyphs(shaped.Glyphs.AsSpan(cluster.GlyphStart, cluster.GlyphCount));
            usage.AddText(shaped.Text.AsSpan(cluster.Start, cluster.Length));
        }
    }

    /// <summary>Builds one subset typeface per face used; call once, after every <see cref="Add"/>.</summary>
    public void CreateSubsets()
    {
        if (usages is null)
            return;
        foreach (var (face, usage) in usages)
            subsets[face] = face.Subsetter.CreateSubset(usage);
    }

    public SKTypeface Typeface(FontFace face) => usages is null ? face.Typeface : Subset(face).Typeface;

    /// <summary>The id to draw <paramref name="glyph"/> (an id in <paramref name="face"/>) with.</summary>
    public ushort Glyph(FontFace face, ushort glyph) => usages is null ? glyph : Subset(face).Map(glyph);

    public void Dispose()
    {
        foreach (var subset in subsets.Values)
            subset.Dispose();
        subsets.Clear();
    }

    private SubsetFont Subset(FontFace face) =>
        subsets.TryGetValue(face, out var subset)
            ? subset
            : throw new InvalidOperationException($"{face} was drawn but none of its glyphs were collected before subsetting");
}
