using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R1, stated in table 三's own header: per column, 一 + 二 = 三（七）总计 + 四. Reported on 四、结转下年度继续办理,
/// the figure that follows from the other three.
/// </summary>
internal sealed class BalanceRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, Report? previousYear)
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
                yield return Finding.Error(ErrorCodes.Balance, carriedForward.CellPath(column),
                    $"{ApplicationsTable.Heading}·{column.Label}列：第一项加第二项之和为{received}（{newlyReceived}+{carriedOver}），" +
                    $"第三项（七）总计加第四项之和为{settled}（{total}+{forward}），两者应相等");
            }
        }
    }
}
