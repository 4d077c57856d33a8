using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Chinese text uses full-width punctuation (GB/T 15834-2011): an ASCII , : ; ( ) ? ! between Chinese characters is
/// a typing slip. A warning per text naming each position (1-based character index) and the full-width mark to use,
/// so that a form can offer the fix.
/// </summary>
internal sealed class HalfWidthPunctuationRule : IReportRule
{
    private const int MaxListed = 5;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        foreach (var text in ReportText.All(report))
        {
            List<int>? positions = null;
            var s = text.Text;
            for (var i = 1; i < s.Length - 1; i++)
            {
                if (FullWidth(s[i]) is not null && IsChinese(s[i - 1]) && IsChinese(s[i + 1]))
                    (positions ??= []).Add(i);
            }
            if (positions is null)
                continue;
            var listed = string.Join("、", positions.Take(MaxListed).Select(i => $"第{i + 1}个字符“{s[i]}”（应为“{FullWidth(s[i])}”，在“{s[i - 1]}{s[i]}{s[i + 1]}”中）"));
            var more = positions.Count > MaxListed ? $"等{positions.Count}处" : "";
            yield return Finding.Warning(ErrorCodes.HalfWidthPunctuation, text.Path,
                $"{text.Label}：中文之间使用了半角标点：{listed}{more}");
        }
    }

    /// <summary>The full-width mark for an ASCII one this rule looks for, else null.</summary>
    public static char? FullWidth(char c) => c switch
    {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '?' => '？',
        '!' => '！',
        _ => null,
    };

    // CJK Unified Ideographs and Extension A.
    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
