using System.Globalization;
using System.Text;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R10: section 五 states real problems and improvements. Evaluators and checkers (KIROGOVCOMPARE) treat an
/// empty section or a bare "无" as a defect, so those are errors.
/// </summary>
internal sealed class ProblemsAndImprovementsRule : IReportRule
{
    private static readonly HashSet<string> NothingToSay = ["无", "暂无", "没有", "无问题", "暂无问题", "没有问题", "未发现问题"];

    public IEnumerable<ValidationError> Check(Report report, Report? previousYear)
    {
        if (!RequiredContentRule.HasText(report.ProblemsAndImprovements))
        {
            yield return Finding.Error(ErrorCodes.Required, "problemsAndImprovements",
                $"{SectionHeadings.ProblemsAndImprovements}：不能为空，应说明存在的主要问题、改进措施及上年度问题的整改情况");
            yield break;
        }
        var words = LettersOnly(report.ProblemsAndImprovements);
        if (NothingToSay.Contains(words))
        {
            yield return Finding.Error(ErrorCodes.Required, "problemsAndImprovements",
                $"{SectionHeadings.ProblemsAndImprovements}：不能只写“{words}”，应说明存在的主要问题、改进措施及上年度问题的整改情况");
        }
    }

    /// <summary>The section's text without punctuation, spaces or headings' numbering, lower-cased.</summary>
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
