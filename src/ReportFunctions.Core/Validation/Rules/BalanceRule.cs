using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R1, stated in table 三's own header: per column, 一 + 二 = 三（七）总计 + 四. Reported on 四、结转下年度继续办理, the
/// figure that follows from the other three, naming all four rows. When a broken R3 in the same column (a mistyped
/// （七）总计) or, in the 总计 column, a broken R2 in one of the four rows (a mistyped row total) explains the
/// imbalance, the finding says so and points at it (<see cref="ValidationError.CausedBy"/>), so one slip reads as one.
/// </summary>
internal sealed class BalanceRule : IReportRule
{
    private static readonly ApplicationsRowRole[] Parts =
        [ApplicationsRowRole.NewlyReceived, ApplicationsRowRole.CarriedOver, ApplicationsRowRole.Total, ApplicationsRowRole.CarriedForward];

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var a = report.Applications;
        var carriedForward = ApplicationsTable.Row(ApplicationsRowRole.CarriedForward);
        foreach (var column in ApplicationsTable.Columns)
        {
            var newlyReceived = column.Select(a.NewlyReceived);
            var carriedOver = column.Select(a.CarriedOver);
            var total = column.Select(a.Total);
            var forward = column.Select(a.CarriedForward);
            var received = (Int128)newlyReceived + carriedOver;
            var settled = (Int128)total + forward;
            if (received != settled)
            {
                var cause = Cause(a, column);
                yield return Finding.Error(ErrorCodes.Balance, carriedForward.CellPath(column),
                    $"{ApplicationsTable.Heading}·{column.Label}列：第一项加第二项之和为{received}（{newlyReceived}+{carriedOver}），" +
                    $"第三项（七）总计加第四项之和为{settled}（{total}+{forward}），两者应相等，请核对本列第一项、第二项、第三项（七）总计和第四项" +
                    (cause is null ? "" : "（可能由上一条引起）"),
                    cause);
            }
        }
    }

    /// <summary>The path of the results-total or row-total finding that explains an imbalance in this column, if any.</summary>
    private static string? Cause(Applications a, ApplicantColumn column)
    {
        var totalRow = ApplicationsTable.Row(ApplicationsRowRole.Total);
        Int128 leaves = 0;
        foreach (var row in ApplicationsTable.Rows)
        {
            if (row.Role == ApplicationsRowRole.Result)
                leaves += column.Select(row.Select(a));
        }
        if (leaves != column.Select(a.Total))
            return totalRow.CellPath(column);
        if (!column.IsTotal)
            return null;
        foreach (var role in Parts)
        {
            var row = ApplicationsTable.Row(role);
            var cells = row.Select(a);
            var sum = (Int128)cells.NaturalPerson + cells.Commercial + cells.Research + cells.PublicWelfare + cells.LegalService + cells.Other;
            if (sum != cells.Total)
                return row.CellPath(column);
        }
        return null;
    }
}
