using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R6 (warning): 二、上年结转 of year N equals 四、结转下年度继续办理 of year N−1, column by column. A warning,
/// because a published report can be wrong and the clerk may be right this year.
/// </summary>
internal sealed class CarryOverRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (context.Previous is not { Report: var previousYear, Source: var source })
            yield break;
        if (previousYear.Year != report.Year - 1)
        {
            throw new ArgumentException(
                $"The previous-year report is for {previousYear.Year}, not {report.Year - 1}.", nameof(context));
        }
        var carriedOver = ApplicationsTable.Row(ApplicationsRowRole.CarriedOver);
        var carriedForward = ApplicationsTable.Row(ApplicationsRowRole.CarriedForward);
        foreach (var column in ApplicationsTable.Columns)
        {
            var now = column.Select(report.Applications.CarriedOver);
            var then = column.Select(previousYear.Applications.CarriedForward);
            if (now != then)
            {
                yield return Finding.Warning(ErrorCodes.CarryOver, carriedOver.CellPath(column),
                    $"{carriedOver.Label}·{column.Label}：填报为{now}，与{source}“{carriedForward.Label}”的{then}不符");
            }
        }
    }
}
