using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Pdf.Text;

/// <summary>Which half of a full-width punctuation glyph is empty, so the mark can be set half width.</summary>
internal enum BlankHalf : byte
{
    None,
    Left,
    Right,
}

/// <summary>
/// One cluster: the smallest unit of text the line breaker handles (a character, or a ligature's characters).
/// Lengths are in em, so one shaping serves every font size.
/// </summary>
internal struct Cluster
{
    public int Start;
    public int Length;
    public int GlyphStart;
    public int GlyphCount;
    public byte Face;
    public float Advance;
    public BlankHalf Blank;
    /// <summary>Compression already applied because of an adjacent mark (clreq §3.1.6: 1.5 em for two marks).</summary>
    public float CompressedBefore;
    public float CompressedAfter;
    /// <summary>A line may end before this cluster.</summary>
    public bool BreakBefore;
    /// <summary>A forced line break ('\n'); drawn as nothing.</summary>
    public bool HardBreak;
    public bool IsSpace;

    public readonly float NetAdvance => Advance - CompressedBefore - CompressedAfter;

    /// <summary>How much more this mark may be squeezed.</summary>
    public readonly float Squeezable => Blank == BlankHalf.None ? 0 : Math.Max(0, 0.5f - CompressedBefore - CompressedAfter);
}

/// <summary>A paragraph shaped once: clusters, glyphs and the UTF-8 offsets that text blobs need for extraction.</summary>
internal sealed class ShapedText(string text, FontFace[] faces, Cluster[] clusters, ushort[] glyphs, float[] glyphAdvances, float[] glyphOffsetsX, float[] glyphOffsetsY)
{
    public string Text { get; } = text;

    public FontFace[] Faces { get; } = faces;

    public Cluster[] Clusters { get; } = clusters;

    public ushort[] Glyphs { get; } = glyphs;

    public float[] GlyphAdvances { get; } = glyphAdvances;

    public float[] GlyphOffsetsX { get; } = glyphOffsetsX;

    public float[] GlyphOffsetsY { get; } = glyphOffsetsY;

    /// <summary>UTF-8 byte offset of every UTF-16 index, for the clusters of text blobs.</summary>
    public int[] Utf8Offsets => field ??= TextShaper.Utf8Offsets(Text);

    /// <summary>Natural width in em of clusters [start, end).</summary>
    public float Width(int start, int end)
    {
        float w = 0;
        for (var i = start; i < end; i++)
            w += Clusters[i].NetAdvance;
        return w;
    }
}
