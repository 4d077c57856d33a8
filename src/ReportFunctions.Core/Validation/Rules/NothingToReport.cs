using System.Globalization;
using System.Text;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Recognises a section that only says there is nothing ("无", "暂无", "本年度无。"): its letters, without
/// punctuation, spaces and a leading "本年度"-like period, are one of a few words. Sections 五 and 六 use it.
/// </summary>
internal static class NothingToReport
{
    private static readonly HashSet<string> Nothing = ["无", "暂无", "没有", "无问题", "暂无问题", "没有问题", "未发现问题", "无相关情况", "无相关事项"];

    private static readonly string[] Periods = ["本年度", "本年", "今年", "年度", "全年"];

    /// <summary>True when the section says nothing but "无"; <paramref name="words"/> is what it says, for the message.</summary>
    public static bool IsAll(IReadOnlyList<Block> blocks, out string words)
    {
        words = LettersOnly(blocks);
        var rest = words;
        foreach (var period in Periods)
        {
            if (rest.StartsWith(period, StringComparison.Ordinal))
            {
                rest = rest[period.Length..];
                break;
            }
        }
        return Nothing.Contains(words) || Nothing.Contains(rest);
    }

    /// <summary>The section's paragraphs without punctuation, spaces or digits, lower-cased; cut after 16 letters.</summary>
    private static string LettersOnly(IReadOnlyList<Block> blocks)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in blocks.SelectMany(b => b.Paragraphs))
        {
            foreach (var rune in paragraph.EnumerateRunes())
            {
                var category = Rune.GetUnicodeCategory(rune);
                if (category is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter)
                    builder.Append(Rune.ToLowerInvariant(rune).ToString());
                if (builder.Length > 16)
                    return builder.ToString();
            }
        }
        return builder.ToString();
    }
}
