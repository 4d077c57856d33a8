using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>R2: in every row of table 三, 自然人 and the five 法人或其他组织 columns add up to 总计.</summary>
internal sealed class RowTotalRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var totalColumn = ApplicationsTable.Columns.Single(c => c.IsTotal);
        foreach (var row in ApplicationsTable.Rows)
        {
            var cells = row.Select(report.Applications);
            Int128 sum = 0;
            foreach (var column in ApplicationsTable.Columns)
            {
                if (!column.IsTotal)
                    sum += column.Select(cells);
            }
            if (sum != cells.Total)
            {
                yield return Finding.Error(ErrorCodes.RowTotal, row.CellPath(totalColumn),
                    $"{row.Label}·总计：自然人与法人或其他组织各项之和为{sum}，与填报的{cells.Total}不符");
            }
        }
    }
}
