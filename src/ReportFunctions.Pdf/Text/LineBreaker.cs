namespace ReportFunctions.Pdf.Text;

/// <summary>
/// Breaks shaped text into lines (clreq basic level): greedy fill, squeeze punctuation before pushing a
/// character down, then justify. All lengths here are in em.
/// </summary>
internal static class LineBreaker
{
    private const float Epsilon = 1e-4f;

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
            var available = measure - (first ? indent : 0);
            var e = oneClusterPerLine ? NextBreak(clusters, s) : FindEnd(text, s, available);
            var forced = e < clusters.Length && clusters[e].HardBreak;
            lines.Add((s, e, forced));
            s = SkipSpaces(clusters, forced ? e + 1 : e);
            first = false;
        }
        return lines;
    }

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

    private static int FindEnd(ShapedText text, int s, float available)
    {
        var clusters = text.Clusters;
        float x = 0;
        var k = s;
        while (k < clusters.Length && !clusters[k].HardBreak)
        {
            var w = clusters[k].NetAdvance + (k > s ? clusters[k].GlueBefore : 0);
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
        return natural > s ? natural : k;
    }

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
