namespace ReportFunctions.Pdf.Text;

/// <summary>
/// Breaks shaped text into lines (clreq basic level): greedy fill, squeeze punctuation before pushing a
/// character down, then justify. All lengths here are in em.
/// </summary>
internal static class LineBreaker
{
    private const float Epsilon = 1e-4f;

    // A web address or over-long token may be split after these, when a letter or digit follows.
    private const string SoftBreakAfter = "/.-_?&=#";

    // The least of a split token (in em) worth keeping on the line it starts on.
    private const float MinimumKept = 2;

    // How far back (in em) a token longer than the line is split at a mark rather than at the last character.
    private const float MaxSoftBreakLoss = 1.5f;

    /// <summary>Line ranges for a measure of <paramref name="measure"/> em, the first line indented by <paramref name="indent"/> em.</summary>
    public static List<(int Start, int End, bool Forced)> Break(ShapedText text, float measure, float indent, bool oneClusterPerLine)
    {
        var clusters = text.Clusters;
        var lines = new List<(int, int, bool)>();
        var s = SkipSpaces(clusters, 0);
        var first = true;
        while (s < clusters.Length)
        {
            if (clusters[s].HardBreak)
            {
                lines.Add((s, s, true));
                s = SkipSpaces(clusters, s + 1);
                first = false;
                continue;
            }
            var atEdge = !first || indent == 0;
            var available = measure - (first ? indent : 0) + (atEdge ? LineStartSqueeze(text, s) : 0);
            var e = oneClusterPerLine ? NextBreak(clusters, s) : FindEnd(text, s, available, measure);
            var forced = e < clusters.Length && clusters[e].HardBreak;
            lines.Add((s, e, forced));
            s = SkipSpaces(clusters, forced ? e + 1 : e);
            first = false;
        }
        return lines;
    }

    /// <summary>
    /// When the last line holds one character (its closing marks aside), ends the line before it at an earlier
    /// break so that two or more characters go down; leaves the lines as they are when no such break fits.
    /// </summary>
    public static void AvoidShortLastLine(ShapedText text, List<(int Start, int End, bool Forced)> lines, float measure)
    {
        if (lines.Count < 2 || lines[^2].Forced || Characters(text, lines[^1].Start, lines[^1].End) > 1)
            return;
        var (start, end, forced) = lines[^1];
        var previousStart = lines[^2].Start;
        for (var b = start - 1; b > previousStart; b--)
        {
            if (!text.Clusters[b].BreakBefore)
                continue;
            if (text.Width(b, end) - Squeezable(text.Clusters, b, end) > measure + Epsilon)
                return;
            if (Characters(text, b, end) < 2)
                continue;
            lines[^2] = (previousStart, b, false);
            lines[^1] = (b, end, forced);
            return;
        }
    }

    // Characters other than spaces and the marks that may not start a line.
    private static int Characters(ShapedText text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text.Clusters[i];
            if (!c.IsSpace && !c.HardBreak && !LineBreakRules.CannotStartLine(text.Text[c.Start]))
                count++;
        }
        return count;
    }

    /// <summary>
    /// How much an opening bracket or quote at the very start of a line may give up: its blank half (clreq
    /// §3.1.7 lets a line-start opening mark be set half width). So "（三）不" fits a 3.5 em label column.
    /// </summary>
    public static float LineStartSqueeze(ShapedText text, int s) =>
        s < text.Clusters.Length && text.Clusters[s].Blank == BlankHalf.Left && LineBreakRules.CannotEndLine(text.Text[text.Clusters[s].Start])
            ? text.Clusters[s].Squeezable
            : 0;

    private static int SkipSpaces(Cluster[] clusters, int i)
    {
        while (i < clusters.Length && clusters[i].IsSpace)
            i++;
        return i;
    }

    private static int NextBreak(Cluster[] clusters, int s)
    {
        var e = s + 1;
        while (e < clusters.Length && !clusters[e].BreakBefore && !clusters[e].HardBreak)
            e++;
        return e;
    }

    private static int FindEnd(ShapedText text, int s, float available, float measure)
    {
        var clusters = text.Clusters;
        float x = 0;
        var k = s;
        while (k < clusters.Length && !clusters[k].HardBreak)
        {
            var w = clusters[k].NetAdvance;
            if (x + w > available + Epsilon && !clusters[k].IsSpace && k > s)
                break;
            x += w;
            k++;
        }
        if (k == clusters.Length || clusters[k].HardBreak || clusters[k].BreakBefore)
            return k;

        var natural = k;
        while (natural > s && !clusters[natural].BreakBefore)
            natural--;
        // clreq §3.1.7: squeeze punctuation so the mark that may not start a line stays on this one; push down only if that fails.
        var next = NextBreak(clusters, k);
        if (text.Width(s, next) - Squeezable(clusters, s, next) <= available + Epsilon)
            return next;
        return InsideRun(text, s, natural, k, next, measure) ?? (natural > s ? natural : k);
    }

    // Where a web address, or a token no line can hold, is split: pushing it down whole would leave this line
    // half empty (spread wide or ragged), so it is broken after a '/', '.', '-' … that fits, or, for a token
    // longer than the line, at the last character that fits when no such mark is near the line end.
    // Other words and numbers (e-mails, phones) stay whole.
    private static int? InsideRun(ShapedText text, int s, int natural, int k, int runEnd, float measure)
    {
        var clusters = text.Clusters;
        // The whole token, also when an earlier line already took its beginning.
        var runStart = natural;
        while (runStart > 0 && !clusters[runStart].BreakBefore)
            runStart--;
        var run = text.Text[clusters[runStart].Start..(clusters[runEnd - 1].Start + clusters[runEnd - 1].Length)];
        var overlong = text.Width(natural, runEnd) - Squeezable(clusters, natural, runEnd) > measure + Epsilon;
        if (!overlong && !run.Contains("://", StringComparison.Ordinal) && !run.Contains("www.", StringComparison.Ordinal))
            return null;
        for (var p = k; p > natural; p--)
        {
            var before = text.Text[clusters[p].Start - 1];
            var after = text.Text[clusters[p].Start];
            if (overlong && text.Width(p, k) > MaxSoftBreakLoss)
                break;
            if (SoftBreakAfter.Contains(before) && LineBreakRules.IsLatinLetterOrDigit(after) && Kept(text, s, natural, p))
                return p;
        }
        if (!overlong)
            return null;
        // Even inside a token a line does not start with a closing mark such as '.' or ','.
        var end = k;
        while (end > natural + 1 && LineBreakRules.CannotStartLine(text.Text[clusters[end].Start]))
            end--;
        return Kept(text, s, natural, end) ? end : null;
    }

    // A split that leaves a sliver of the token on this line ("ht" / "tps://…") reads worse than a loose line.
    private static bool Kept(ShapedText text, int s, int natural, int p) => natural == s || text.Width(natural, p) >= MinimumKept;

    public static float Squeezable(Cluster[] clusters, int start, int end)
    {
        float total = 0;
        for (var i = start; i < end; i++)
            total += clusters[i].Squeezable;
        return total;
    }

    /// <summary>Is the gap before cluster <paramref name="i"/> one that justification may widen (not inside a Latin word)?</summary>
    public static bool IsStretchable(ShapedText text, int i)
    {
        var previous = text.Clusters[i - 1];
        var before = text.Text[previous.Start + previous.Length - 1];
        var after = text.Text[text.Clusters[i].Start];
        return before == ' ' || !(LineBreakRules.IsLatinRun(before) && LineBreakRules.IsLatinRun(after));
    }
}
