using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Section 五 reports how the problems of last year's report were rectified (format of 国办公开办函〔2021〕30号;
/// format.md §2 row 五): some sentence (or heading) names last year (上年度, 上一年度, 去年, 往年, "2023年") and its
/// rectification (整改, 改进, 落实, 解决…). A warning: the wording is free. An empty or "无" section is
/// <see cref="ProblemsAndImprovementsRule"/>'s error.
/// </summary>
internal sealed partial class RectificationRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var blocks = report.ProblemsAndImprovements;
        if (!RequiredContentRule.HasText(blocks) || NothingToReport.IsAll(blocks, out _))
            yield break;
        var lastYear = (report.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
        foreach (var sentence in Sentence.In("problemsAndImprovements", blocks))
        {
            var text = sentence.Text;
            if ((LastYear().IsMatch(text) || text.Contains(lastYear, StringComparison.Ordinal)) && Rectified().IsMatch(text))
                yield break;
        }
        yield return Finding.Warning(ErrorCodes.Rectification, "problemsAndImprovements",
            $"{SectionHeadings.ProblemsAndImprovements}：未说明上年度年报所列问题的整改情况（如“针对上年度报告指出的……问题，已……完成整改”）");
    }

    [GeneratedRegex("上一?年度?|去年|往年|以往|前一年|上期|上次")]
    private static partial Regex LastYear();

    [GeneratedRegex("整改|改进|改正|落实|解决|完善|完成|纠正|提升|加强")]
    private static partial Regex Rectified();
}
