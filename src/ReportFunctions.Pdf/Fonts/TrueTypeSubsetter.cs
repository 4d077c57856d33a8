using HarfBuzzSharp;
using SkiaSharp;
using static ReportFunctions.Pdf.Fonts.HarfBuzzSubset;

namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// Cuts one bundled TrueType face down to the glyphs a document uses. Skia's PDF backend embeds a TrueType typeface
/// as a compact CID TrueType subset, but it copies tables it does not understand and walks the whole font; handing
/// it a per-document subset keeps PDFs small and rendering fast. Create one per face for the process lifetime (the
/// face is preprocessed once, ~50 ms); <see cref="CreateSubset"/> is thread-safe and takes 1–2 ms.
/// </summary>
internal sealed class TrueTypeSubsetter : IDisposable
{
    // Shaping and positioning are done against the full font, so layout tables only cost bytes; vertical metrics
    // and VORG are not used for horizontal text, DSIG is invalid in any subset.
    private static readonly uint[] DroppedTables =
        [.. new[] { "GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "DSIG" }.Select(Tag)];

    private readonly int glyphCount;
    private IntPtr source;

    /// <param name="face">The full face the text was shaped with; it may be disposed afterwards.</param>
    public TrueTypeSubsetter(Face face)
    {
        ArgumentNullException.ThrowIfNull(face);
        glyphCount = face.GlyphCount;
        source = hb_subset_preprocess(face.Handle);
        if (source == IntPtr.Zero)
            throw new InvalidOperationException("hb_subset_preprocess failed");
    }

    /// <summary>
    /// Builds a typeface holding <paramref name="usage"/>'s glyphs, renumbered; draw with it through
    /// <see cref="SubsetFont.Map"/>. The code points keep the subset's cmap right, so the PDF's ToUnicode is too.
    /// </summary>
    public SubsetFont CreateSubset(GlyphUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ObjectDisposedException.ThrowIf(source == IntPtr.Zero, this);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        try
        {
            var glyphs = hb_subset_input_glyph_set(input);
            foreach (var glyph in usage.Glyphs)
            {
                if (glyph >= glyphCount)
                    throw new ArgumentException($"glyph {glyph} is not in a face of {glyphCount} glyphs", nameof(usage));
                hb_set_add(glyphs, glyph);
            }
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in usage.CodePoints)
                hb_set_add(unicodes, (uint)codePoint);
            var drop = hb_subset_input_set(input, SetsDropTableTag);
            foreach (var tag in DroppedTables)
                hb_set_add(drop, tag);
            hb_subset_input_set_flags(input, hb_subset_input_get_flags(input) | FlagsNoHinting);
            return Execute(input, usage);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>Releases the preprocessed face. Only call once no thread subsets any more (process shutdown).</summary>
    public void Dispose()
    {
        var face = Interlocked.Exchange(ref source, IntPtr.Zero);
        if (face != IntPtr.Zero)
            hb_face_destroy(face);
    }

    private SubsetFont Execute(IntPtr input, GlyphUsage usage)
    {
        var plan = hb_subset_plan_create_or_fail(source, input);
        if (plan == IntPtr.Zero)
            throw new InvalidOperationException("hb_subset_plan_create_or_fail failed");
        try
        {
            var oldToNew = new ushort[glyphCount];
            Array.Fill(oldToNew, SubsetFont.Unmapped);
            var map = hb_subset_plan_old_to_new_glyph_mapping(plan);
            foreach (var glyph in usage.Glyphs)
            {
                // A glyph left out maps to HB_MAP_VALUE_INVALID (uint.MaxValue), which is never below Unmapped.
                var mapped = hb_map_get(map, glyph);
                oldToNew[glyph] = mapped < SubsetFont.Unmapped
                    ? (ushort)mapped
                    : throw new InvalidOperationException($"hb-subset left out glyph {glyph}");
            }
            var result = hb_subset_plan_execute_or_fail(plan);
            if (result == IntPtr.Zero)
                throw new InvalidOperationException("hb_subset_plan_execute_or_fail failed");
            var blob = hb_face_reference_blob(result);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                if (data == IntPtr.Zero || length == 0)
                    throw new InvalidOperationException("hb-subset produced an empty font");
                using var copy = SKData.CreateCopy(data, (ulong)length);
                var typeface = SKTypeface.FromData(copy)
                    ?? throw new InvalidOperationException("Skia could not load the subset font");
                return new SubsetFont(typeface, oldToNew);
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(result);
            }
        }
        finally
        {
            hb_subset_plan_destroy(plan);
        }
    }
}
