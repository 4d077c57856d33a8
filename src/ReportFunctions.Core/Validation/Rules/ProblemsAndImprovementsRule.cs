using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R10: section 五 states real problems and improvements. Evaluators and checkers (KIROGOVCOMPARE) treat an
/// empty section or a bare "无" (also "本年度无。") as a defect, so those are errors.
/// </summary>
internal sealed class ProblemsAndImprovementsRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (!RequiredContentRule.HasText(report.ProblemsAndImprovements))
        {
            yield return Finding.Error(ErrorCodes.Required, "problemsAndImprovements",
                $"{SectionHeadings.ProblemsAndImprovements}：不能为空，应说明存在的主要问题、改进措施及上年度问题的整改情况");
            yield break;
        }
        if (NothingToReport.IsAll(report.ProblemsAndImprovements, out var words))
        {
            yield return Finding.Error(ErrorCodes.Required, "problemsAndImprovements",
                $"{SectionHeadings.ProblemsAndImprovements}：不能只写“{words}”，应说明存在的主要问题、改进措施及上年度问题的整改情况");
        }
    }
}
