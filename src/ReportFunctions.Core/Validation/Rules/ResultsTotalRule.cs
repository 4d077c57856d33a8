using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>R3: per column of table 三, the 21 result leaves add up to 三（七）总计.</summary>
internal sealed class ResultsTotalRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var totalRow = ApplicationsTable.Row(ApplicationsRowRole.Total);
        foreach (var column in ApplicationsTable.Columns)
        {
            Int128 sum = 0;
            foreach (var row in ApplicationsTable.Rows)
            {
                if (row.Role == ApplicationsRowRole.Result)
                    sum += column.Select(row.Select(report.Applications));
            }
            var total = column.Select(report.Applications.Total);
            if (sum != total)
            {
                yield return Finding.Error(ErrorCodes.ResultsTotal, totalRow.CellPath(column),
                    $"{totalRow.Label}·{column.Label}：各项办理结果之和为{sum}，与填报的{total}不符");
            }
        }
    }
}
