using SkiaSharp;

namespace ReportFunctions.Pdf.Fonts;

/// <summary>
/// One document's subset of one face. Draw with <see cref="Typeface"/> and glyph ids translated by <see cref="Map"/>;
/// dispose it after <c>SKDocument.Close()</c>, which is when Skia has written the font into the PDF.
/// </summary>
internal sealed class SubsetFont : IDisposable
{
    internal const ushort Unmapped = ushort.MaxValue;

    private readonly ushort[] oldToNew;

    internal SubsetFont(SKTypeface typeface, ushort[] oldToNew)
    {
        Typeface = typeface;
        this.oldToNew = oldToNew;
    }

    public SKTypeface Typeface { get; }

    /// <summary>The subset's id for <paramref name="fullFaceGlyph"/>; throws when the glyph was not collected.</summary>
    public ushort Map(ushort fullFaceGlyph) =>
        fullFaceGlyph < oldToNew.Length && oldToNew[fullFaceGlyph] != Unmapped
            ? oldToNew[fullFaceGlyph]
            : throw new InvalidOperationException($"glyph {fullFaceGlyph} was drawn but not collected before subsetting");

    public void Dispose() => Typeface.Dispose();
}
