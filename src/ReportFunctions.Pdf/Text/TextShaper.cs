using System.Text;
using HarfBuzzSharp;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Pdf.Text;

/// <summary>Shapes a string with HarfBuzz, choosing per character the style's face or its fallback.</summary>
internal static class TextShaper
{
    private static readonly Language Chinese = new("zh-Hans");

    // Noto CJK's ccmp joins "——" into one glyph and its liga makes fi/fl/ff ligatures: glyphs no cmap entry
    // reaches, which extract through ActualText only (as U+FFFD in MuPDF). One glyph per character keeps the
    // PDF's ToUnicode map complete.
    private static readonly Feature[] Features = [Feature.Parse("-ccmp"), Feature.Parse("-liga")];

    /// <summary>U+2060 WORD JOINER: no line break here. It is removed before shaping, so it is never drawn or extracted.</summary>
    public const char WordJoiner = '\u2060';

    public static ShapedText Shape(string text, TextStyle style) => Shape([new TextRun(text, style.Face)], style);

    public static ShapedText Shape(IReadOnlyList<TextRun> runs, TextStyle style)
    {
        var (text, wanted, joined) = Join(runs);
        var faces = new List<FontFace>();
        var preferred = runs.Select(r => FaceIndex(faces, r.Face)).ToArray();
        var fallback = style.Fallback is { } f ? FaceIndex(faces, f) : -1;
        var clusters = new List<Cluster>(text.Length);
        var glyphs = new List<ushort>(text.Length);
        var advances = new List<float>(text.Length);
        var offsetsX = new List<float>(text.Length);
        var offsetsY = new List<float>(text.Length);
        using var buffer = new HarfBuzzSharp.Buffer();

        var runStart = 0;
        while (runStart < text.Length)
        {
            var face = FaceFor(text, runStart, faces, preferred[wanted[runStart]], fallback);
            var runEnd = runStart + CharCount(text, runStart);
            while (runEnd < text.Length && FaceFor(text, runEnd, faces, preferred[wanted[runEnd]], fallback) == face)
                runEnd += CharCount(text, runEnd);
            ShapeRun(text, runStart, runEnd, (byte)face, faces[face], buffer, clusters, glyphs, advances, offsetsX, offsetsY);
            runStart = runEnd;
        }

        var array = clusters.ToArray();
        var faceArray = faces.ToArray();
        if (style.TabularDigits)
            SetFiguresTabular(text, array, faceArray, advances, offsetsX);
        Annotate(text, array, faceArray, glyphs, joined);
        return new ShapedText(text, faceArray, array, [.. glyphs], [.. advances], [.. offsetsX], [.. offsetsY]);
    }

    // The runs' text as one string without word joiners; for every index, the run it came from; and the
    // indices a word joiner stood before.
    private static (string Text, int[] Run, HashSet<int> Joined) Join(IReadOnlyList<TextRun> runs)
    {
        var text = new StringBuilder();
        var origin = new List<int>();
        var joined = new HashSet<int>();
        for (var r = 0; r < runs.Count; r++)
        {
            foreach (var c in NormalizeWhitespace(runs[r].Text))
            {
                if (c == WordJoiner)
                {
                    joined.Add(text.Length);
                    continue;
                }
                text.Append(c);
                origin.Add(r);
            }
        }
        return (text.ToString(), [.. origin], joined);
    }

    private static int FaceIndex(List<FontFace> faces, FontFace face)
    {
        var index = faces.IndexOf(face);
        if (index >= 0)
            return index;
        faces.Add(face);
        return faces.Count - 1;
    }

    // Tabs, carriage returns and other control whitespace have no glyph and would draw as .notdef boxes:
    // line ends become '\n' (a forced break), the rest ordinary spaces.
    private static string NormalizeWhitespace(string text)
    {
        if (!text.Any(c => char.IsWhiteSpace(c) && c is not (' ' or '\n' or '\u3000' or '\u00A0')))
            return text;
        var normalized = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                    normalized.Append('\n');
            }
            else
            {
                normalized.Append(char.IsWhiteSpace(c) && c is not ('\n' or '\u3000' or '\u00A0') ? ' ' : c);
            }
        }
        return normalized.ToString();
    }

    private static int CharCount(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;

    private static int FaceFor(string text, int index, List<FontFace> faces, int preferred, int fallback)
    {
        if (fallback < 0 || fallback == preferred || char.IsWhiteSpace(text[index]))
            return preferred;
        var codePoint = char.ConvertToUtf32(text, index);
        // Chinese punctuation is set full width: a face with narrow quotes borrows the fallback's.
        if (LineBreakRules.IsCompressiblePunctuation(text[index]) && !faces[preferred].IsFullWidth(codePoint) && faces[fallback].IsFullWidth(codePoint))
            return fallback;
        return faces[preferred].HasGlyph(codePoint) || !faces[fallback].HasGlyph(codePoint) ? preferred : fallback;
    }

    private static void ShapeRun(string text, int start, int end, byte faceIndex, FontFace face, HarfBuzzSharp.Buffer buffer,
        List<Cluster> clusters, List<ushort> glyphs, List<float> advances, List<float> offsetsX, List<float> offsetsY)
    {
        buffer.ClearContents();
        buffer.AddUtf16(text, start, end - start);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = Script.Han;
        buffer.Language = Chinese;
        face.ShapingFont.Shape(buffer, Features);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        float em = face.UnitsPerEm;

        var i = 0;
        while (i < infos.Length)
        {
            var clusterStart = (int)infos[i].Cluster;
            var j = i;
            float advance = 0;
            var glyphStart = glyphs.Count;
            while (j < infos.Length && infos[j].Cluster == clusterStart)
            {
                glyphs.Add((ushort)infos[j].Codepoint);
                advances.Add(positions[j].XAdvance / em);
                offsetsX.Add(positions[j].XOffset / em);
                offsetsY.Add(positions[j].YOffset / em);
                advance += positions[j].XAdvance / em;
                j++;
            }
            var clusterEnd = j < infos.Length ? (int)infos[j].Cluster : end;
            var isHardBreak = text[clusterStart] == '\n';
            if (isHardBreak)
            {
                glyphs.RemoveRange(glyphStart, glyphs.Count - glyphStart);
                advances.RemoveRange(glyphStart, advances.Count - glyphStart);
                offsetsX.RemoveRange(glyphStart, offsetsX.Count - glyphStart);
                offsetsY.RemoveRange(glyphStart, offsetsY.Count - glyphStart);
                advance = 0;
            }
            clusters.Add(new Cluster
            {
                Start = clusterStart,
                Length = clusterEnd - clusterStart,
                GlyphStart = glyphStart,
                GlyphCount = glyphs.Count - glyphStart,
                Face = faceIndex,
                Advance = advance,
                HardBreak = isHardBreak,
                IsSpace = text[clusterStart] == ' ',
            });
            i = j;
        }
    }

    // The bundled subsets carry no 'tnum' feature, so tabular figures are made here: every digit gets the
    // widest digit's advance, its glyph centred in it, and columns of numbers line up.
    private static void SetFiguresTabular(string text, Cluster[] clusters, FontFace[] faces, List<float> advances, List<float> offsetsX)
    {
        for (var i = 0; i < clusters.Length; i++)
        {
            ref var c = ref clusters[i];
            if (c.GlyphCount != 1 || c.Length != 1 || !char.IsAsciiDigit(text[c.Start]))
                continue;
            var extra = faces[c.Face].FigureWidth - c.Advance;
            offsetsX[c.GlyphStart] += extra / 2;
            advances[c.GlyphStart] += extra;
            c.Advance += extra;
        }
    }

    private static void Annotate(string text, Cluster[] clusters, FontFace[] faces, List<ushort> glyphs, HashSet<int> joined)
    {
        for (var i = 0; i < clusters.Length; i++)
        {
            ref var c = ref clusters[i];
            var first = text[c.Start];
            if (c.GlyphCount == 1 && Math.Abs(c.Advance - 1) < 0.05f && LineBreakRules.IsCompressiblePunctuation(first))
                c.Blank = BlankSide(faces[c.Face], glyphs[c.GlyphStart]);
            if (i == 0)
                continue;
            ref var p = ref clusters[i - 1];
            var last = text[p.Start + p.Length - 1];
            c.BreakBefore = p.HardBreak || (!c.HardBreak && !joined.Contains(c.Start) && LineBreakRules.CanBreakBetween(last, first));
            // clreq §3.1.6: two adjacent full-width marks take 1.5 em, not 2.
            if (p.Blank == BlankHalf.Right && c.Blank != BlankHalf.None)
                p.CompressedAfter = 0.5f;
            else if (c.Blank == BlankHalf.Left && p.Blank != BlankHalf.None)
                c.CompressedBefore = 0.5f;
        }
    }

    private static BlankHalf BlankSide(FontFace face, ushort glyph)
    {
        if (!face.ShapingFont.TryGetGlyphExtents(glyph, out var extents))
            return BlankHalf.None;
        float em = face.UnitsPerEm;
        var left = extents.XBearing / em;
        var right = (extents.XBearing + extents.Width) / em;
        if (right <= 0.55f)
            return BlankHalf.Right;
        if (left >= 0.45f)
            return BlankHalf.Left;
        return BlankHalf.None;
    }

    /// <summary>UTF-8 byte offset of every UTF-16 index of <paramref name="text"/> (length + 1 entries).</summary>
    public static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                offsets[++i] = bytes;
                bytes += 4;
            }
            else
            {
                bytes += Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            }
        }
        offsets[text.Length] = bytes;
        return offsets;
    }
}
