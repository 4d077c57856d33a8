namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// The glyphs (ids in the full face) and characters one document draws with one face. Fill it from the shaped text
/// before the PDF drawing pass. Not thread-safe: one per document and face.
/// </summary>
internal sealed class GlyphUsage
{
    private readonly HashSet<ushort> glyphs = [];
    private readonly HashSet<int> codePoints = [];

    public IReadOnlyCollection<ushort> Glyphs => glyphs;

    public IReadOnlyCollection<int> CodePoints => codePoints;

    public void AddGlyphs(ReadOnlySpan<ushort> shapedGlyphs)
    {
        foreach (var glyph in shapedGlyphs)
            glyphs.Add(glyph);
    }

    /// <summary>Adds the characters the glyphs came from.</summary>
    public void AddText(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            codePoints.Add(rune.Value);
    }
}
