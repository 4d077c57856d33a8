using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>R4: in each group of table 四, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.</summary>
internal sealed class OutcomeTotalRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var totalColumn = ReviewsTable.Columns.Single(c => c.IsTotal);
        foreach (var group in ReviewsTable.Groups)
        {
            var outcome = group.Select(report.ReviewsAndLitigation);
            var sum = (Int128)outcome.Upheld + outcome.Corrected + outcome.Other + outcome.Pending;
            if (sum != outcome.Total)
            {
                var path = group.CellPath(totalColumn);
                yield return Finding.Error(ErrorCodes.OutcomeTotal, path,
                    $"{FieldLabels.Describe(path)}：结果维持、结果纠正、其他结果、尚未审结之和为{sum}，与填报的{outcome.Total}不符");
            }
        }
    }
}
