using System.Globalization;
using System.Text;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R11 (warning): this year's narrative must not mostly repeat last year's (宿迁 assessment rule: 与上年度重复率大于50%
/// 扣分; 国办公开办函〔2021〕30号 (四) names "内容雷同"). Measure: the narrative is every paragraph of 一, 二's text,
/// 五 and 六 (not headings, not the preface, whose legal wording is the same every year), reduced to letters and
/// digits; a character is repeated when it lies in a run of <see cref="Window"/> or more consecutive characters that
/// also occurs in last year's narrative (character n-gram containment, the 13-character window of common Chinese
/// duplicate checkers). Ratio = repeated characters ÷ all characters; above <see cref="Threshold"/> it is reported with
/// the three longest repeated passages.
/// </summary>
internal sealed class TextReuseRule : IReportRule
{
    public const int Window = 13;
    public const double Threshold = 0.5;
    private const int Quoted = 3;
    private const int QuoteLength = 40;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (context.Previous is not { Report: var previous, Source: var source })
            yield break;
        var seen = new HashSet<ulong>();
        foreach (var (_, text) in Narrative(previous))
        {
            var kept = Kept(text, out _);
            for (var i = 0; i + Window <= kept.Length; i++)
                seen.Add(Hash(kept.AsSpan(i, Window)));
        }
        if (seen.Count == 0)
            yield break;

        var total = 0;
        var repeated = 0;
        var passages = new List<(string Path, string Text, int Length)>();
        foreach (var (path, text) in Narrative(report))
        {
            var kept = Kept(text, out var origin);
            total += kept.Length;
            var covered = new bool[kept.Length];
            for (var i = 0; i + Window <= kept.Length; i++)
            {
                if (seen.Contains(Hash(kept.AsSpan(i, Window))))
                    Array.Fill(covered, true, i, Window);
            }
            for (var i = 0; i < kept.Length;)
            {
                if (!covered[i])
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < kept.Length && covered[i])
                    i++;
                repeated += i - start;
                passages.Add((path, text[origin[start]..(origin[i - 1] + 1)], i - start));
            }
        }
        if (total == 0)
            yield break;
        var ratio = (double)repeated / total;
        if (ratio <= Threshold)
            yield break;
        var longest = passages.OrderByDescending(p => p.Length).Take(Quoted).ToList();
        var quotes = string.Join("；", longest.Select(p => $"“{Shorten(p.Text)}”（{p.Length}字）"));
        yield return Finding.Warning(ErrorCodes.TextReuse, longest[0].Path,
            string.Create(CultureInfo.InvariantCulture,
                $"正文与{source}重复率为{ratio * 100:F1}%（{repeated}/{total}字，连续{Window}字以上相同即计为重复），超过50%，内容雷同；最长的重复段落：{quotes}"));
    }

    /// <summary>The narrative paragraphs with their paths: 一, 二's text, 五, 六.</summary>
    private static IEnumerable<(string Path, string Text)> Narrative(Report report)
    {
        foreach (var section in new[]
                 {
                     ("overview", report.Overview), ("activeDisclosure.narrative", report.ActiveDisclosure.Narrative),
                     ("problemsAndImprovements", report.ProblemsAndImprovements), ("otherMatters", report.OtherMatters),
                 })
        {
            var (path, blocks) = section;
            for (var b = 0; b < blocks.Count; b++)
            {
                for (var p = 0; p < blocks[b].Paragraphs.Count; p++)
                    yield return ($"{path}[{b}].paragraphs[{p}]", blocks[b].Paragraphs[p]);
            }
        }
    }

    /// <summary>The letters and digits of a text; <paramref name="origin"/> maps each back to its index in the text.</summary>
    private static string Kept(string text, out int[] origin)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                builder.Append(text[i]);
                map.Add(i);
            }
        }
        origin = [.. map];
        return builder.ToString();
    }

    // FNV-1a over the window's UTF-16 units: stable across runs, no allocation per window.
    private static ulong Hash(ReadOnlySpan<char> window)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in window)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private static string Shorten(string text) => text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength - 1), "…");
}
