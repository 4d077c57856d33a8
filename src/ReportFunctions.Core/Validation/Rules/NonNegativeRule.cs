using System.Globalization;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>R5: every count in tables 二, 三 and 四 and the fee amount are non-negative.</summary>
internal sealed class NonNegativeRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        foreach (var cell in ActiveDisclosureTable.Cells)
        {
            var value = cell.Select(report.ActiveDisclosure);
            if (value < 0)
                yield return Negative(cell.Path, value.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var row in ApplicationsTable.Rows)
        {
            var cells = row.Select(report.Applications);
            foreach (var column in ApplicationsTable.Columns)
            {
                var value = column.Select(cells);
                if (value < 0)
                    yield return Negative(row.CellPath(column), value.ToString(CultureInfo.InvariantCulture));
            }
        }
        foreach (var group in ReviewsTable.Groups)
        {
            var outcome = group.Select(report.ReviewsAndLitigation);
            foreach (var column in ReviewsTable.Columns)
            {
                var value = column.Select(outcome);
                if (value < 0)
                    yield return Negative(group.CellPath(column), value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static ValidationError Negative(string path, string value) =>
        Finding.Error(ErrorCodes.Range, path, $"{FieldLabels.Describe(path)}：不能为负数，填报的是{value}");
}
