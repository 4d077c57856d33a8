using ReportFunctions.Pdf.Fonts;
using SkiaSharp;

namespace ReportFunctions.Pdf.Text;

/// <summary>A paragraph shaped once and set into lines for a given width (cached); draws lines as text blobs.</summary>
internal sealed class TextLayout(ShapedText shaped, TextStyle style)
{
    // Noto CJK's ideographic em box runs from 0.88 em above the baseline to 0.12 em below it.
    private const float Ascent = 0.88f;

    private float cachedWidth = float.NaN;
    private float cachedScale = float.NaN;
    private IReadOnlyList<TextLine> cachedLines = [];

    public TextLayout(string text, TextStyle style)
        : this(TextShaper.Shape(text, style), style)
    {
    }

    public TextLayout(IReadOnlyList<TextRun> runs, TextStyle style)
        : this(TextShaper.Shape(runs, style), style)
    {
    }

    public TextStyle Style => style;

    /// <summary>The shaped paragraph, for <see cref="DocumentFonts.Add"/>.</summary>
    public ShapedText Shaped => shaped;

    /// <summary>The width of the whole text set on one line, in points.</summary>
    public float NaturalWidth => shaped.Width(0, shaped.Clusters.Length) * style.Size;

    /// <summary>The lines at <paramref name="width"/>, the type scaled by <paramref name="scale"/> (a table row set smaller as a whole).</summary>
    public IReadOnlyList<TextLine> Lines(float width, float scale = 1)
    {
        if (width != cachedWidth || scale != cachedScale)
        {
            cachedLines = Set(width, style.Size * Math.Min(scale, FitScale(width)));
            cachedWidth = width;
            cachedScale = scale;
        }
        return cachedLines;
    }

    /// <summary>The scale at which a <see cref="TextStyle.ShrinkToFit"/> text fits <paramref name="width"/> on one line; 1 for other texts.</summary>
    public float FitScale(float width) => style.ShrinkToFit && NaturalWidth > width && width > 0 ? width / NaturalWidth : 1;

    /// <summary>The characters of <paramref name="line"/>.</summary>
    public string TextOf(TextLine line)
    {
        if (line.End <= line.Start)
            return "";
        var first = shaped.Clusters[line.Start];
        var last = shaped.Clusters[line.End - 1];
        return shaped.Text[first.Start..(last.Start + last.Length)];
    }

    /// <summary>Height of all lines at <paramref name="width"/>.</summary>
    public float Height(float width, float scale = 1) => Lines(width, scale).Count * style.LinePitch;

    private List<TextLine> Set(float width, float size)
    {
        var measure = (width - style.LeftIndent) / size;
        var indent = style.FirstLineIndentEm;
        var ranges = LineBreaker.Break(shaped, measure, indent, style.OneCharacterPerLine);
        if (style.BalanceLines && ranges.Count > 1)
            ranges = Balance(measure, indent, ranges.Count);
        else if (style.AvoidShortLastLine && !style.OneCharacterPerLine)
            LineBreaker.AvoidShortLastLine(shaped, ranges, measure);
        var lines = new List<TextLine>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end, forced) = ranges[i];
            var lineIndent = i == 0 ? indent : 0;
            var justify = style.Alignment == TextAlignment.Justify && !forced && i < ranges.Count - 1;
            lines.Add(Position(start, end, measure - lineIndent, justify, lineIndent, size));
        }
        return lines;
    }

    // Smallest measure that still gives the same number of lines, so the lines come out about equally long.
    private List<(int Start, int End, bool Forced)> Balance(float measure, float indent, int count)
    {
        float low = shaped.Width(0, shaped.Clusters.Length) / count, high = measure;
        var best = LineBreaker.Break(shaped, measure, indent, false);
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var middle = (low + high) / 2;
            var attempt = LineBreaker.Break(shaped, middle, indent, false);
            if (attempt.Count <= count && attempt.All(BreaksAtOpportunity))
            {
                best = attempt;
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return best;
    }

    // A narrower measure must not win by cutting a word the breaker only splits as a last resort (政 / 府).
    private bool BreaksAtOpportunity((int Start, int End, bool Forced) line) =>
        line.End >= shaped.Clusters.Length || shaped.Clusters[line.End].BreakBefore || shaped.Clusters[line.End].HardBreak;

    private TextLine Position(int start, int end, float available, bool justify, float indent, float size)
    {
        var clusters = shaped.Clusters;
        var visibleEnd = end;
        while (visibleEnd > start && clusters[visibleEnd - 1].IsSpace)
            visibleEnd--;

        // Squeeze from the line end backwards when the breaker kept a mark on this line by compression.
        var extraBefore = new float[end - start];
        var extraAfter = new float[end - start];
        var natural = shaped.Width(start, visibleEnd);
        var excess = natural - available;
        float squeezed = 0;
        // An opening mark at the line's edge gives up its blank half first (the breaker counted on it).
        if (excess > 0 && (start > 0 || indent == 0) && LineBreaker.LineStartSqueeze(shaped, start) is var lead and > 0)
        {
            var take = Math.Min(lead, excess);
            extraBefore[0] = take;
            excess -= take;
            squeezed += take;
        }
        for (var i = visibleEnd - 1; i >= start && excess > 0; i--)
        {
            var take = i == start && extraBefore[0] > 0 ? 0 : Math.Min(clusters[i].Squeezable, excess);
            if (take <= 0)
                continue;
            if (clusters[i].Blank == BlankHalf.Left)
                extraBefore[i - start] = take;
            else
                extraAfter[i - start] = take;
            excess -= take;
            squeezed += take;
        }
        var width = natural - squeezed;

        float stretch = 0;
        if (justify && width < available)
        {
            var gaps = 0;
            for (var i = start + 1; i < visibleEnd; i++)
                gaps += LineBreaker.IsStretchable(shaped, i) ? 1 : 0;
            // A line with a few gaps and much room (a long URL pushed down) is better left ragged than torn apart.
            if (gaps > 0 && (available - width) / gaps <= 1)
                stretch = (available - width) / gaps;
        }

        var xs = new float[end - start];
        float x = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start && stretch > 0 && i < visibleEnd && LineBreaker.IsStretchable(shaped, i))
                x += stretch;
            var before = clusters[i].CompressedBefore + extraBefore[i - start];
            xs[i - start] = (x - before) * size;
            x += clusters[i].Advance - before - clusters[i].CompressedAfter - extraAfter[i - start];
        }
        var setWidth = stretch > 0 ? available : width;
        var offset = style.Alignment switch
        {
            TextAlignment.Center => (available - setWidth) / 2,
            TextAlignment.Right => available - setWidth,
            _ => 0,
        };
        return new TextLine(start, end, style.LeftIndent + (indent + offset) * size, xs, setWidth * size, size);
    }

    /// <summary>Draws <paramref name="line"/> with its line box's top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public void Draw(SKCanvas canvas, DocumentFonts fonts, TextLine line, float x, float top)
    {
        var size = line.Size;
        var baseline = top + (style.LinePitch - size) / 2 + Ascent * size;
        using var builder = new SKTextBlobBuilder();
        var clusters = shaped.Clusters;
        var runStart = line.Start;
        while (runStart < line.End)
        {
            var face = clusters[runStart].Face;
            var runEnd = runStart + 1;
            while (runEnd < line.End && clusters[runEnd].Face == face)
                runEnd++;
            AddRun(builder, fonts, line, runStart, runEnd, x + line.X, baseline, size);
            runStart = runEnd;
        }
        using var blob = builder.Build();
        if (blob is null)
            return;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }

    // Every run carries its UTF-8 text and per-glyph clusters: Skia then writes ActualText where its
    // cmap-derived ToUnicode would give the wrong character (大 → ⼤), so copy and search work.
    private void AddRun(SKTextBlobBuilder builder, DocumentFonts fonts, TextLine line, int start, int end, float x, float baseline, float size)
    {
        var clusters = shaped.Clusters;
        var glyphCount = 0;
        for (var i = start; i < end; i++)
            glyphCount += clusters[i].GlyphCount;
        if (glyphCount == 0)
            return;
        var offsets = shaped.Utf8Offsets;
        var textStart = clusters[start].Start;
        var textEnd = clusters[end - 1].Start + clusters[end - 1].Length;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(shaped.Text.Substring(textStart, textEnd - textStart));

        var face = shaped.Faces[clusters[start].Face];
        using var font = new SKFont(fonts.Typeface(face), size)
        {
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };
        var run = builder.AllocatePositionedTextRun(font, glyphCount, utf8.Length, null);
        var glyphs = new ushort[glyphCount];
        var points = new SKPoint[glyphCount];
        var clusterOffsets = new uint[glyphCount];
        var g = 0;
        for (var i = start; i < end; i++)
        {
            var c = clusters[i];
            var pen = x + line.ClusterX[i - line.Start];
            for (var k = 0; k < c.GlyphCount; k++, g++)
            {
                var index = c.GlyphStart + k;
                glyphs[g] = fonts.Glyph(face, shaped.Glyphs[index]);
                points[g] = new SKPoint(pen + shaped.GlyphOffsetsX[index] * size, baseline - shaped.GlyphOffsetsY[index] * size);
                clusterOffsets[g] = (uint)(offsets[c.Start] - offsets[textStart]);
                pen += shaped.GlyphAdvances[index] * size;
            }
        }
        run.SetGlyphs(glyphs);
        run.SetPositions(points);
        run.SetText(utf8);
        run.SetClusters(clusterOffsets);
    }
}
