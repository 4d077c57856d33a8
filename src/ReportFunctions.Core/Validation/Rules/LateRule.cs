using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R12 / 条例 第四十九条: the report is dated on or before the body's deadline from the registry (kind and local
/// override, <see cref="ReportDeadline"/>). The signature date is compared, or, when the report has none, the
/// receipt time in China Standard Time. A warning stating the days late: a late report must still be published.
/// </summary>
internal sealed class LateRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (context.Deadline is not { } deadline)
            yield break;
        var (date, what) = report.Signature.Date != default
            ? (report.Signature.Date, "署名日期")
            : context.ReceivedAt is { } received ? (ChinaStandardTime.DateOf(received), "收到日期") : (default, "");
        if (date == default || date <= deadline)
            yield break;
        var days = date.DayNumber - deadline.DayNumber;
        yield return Finding.Warning(ErrorCodes.Late, "signature.date",
            $"{what}{ChineseDate.Format(date)}晚于本机关{report.Year}年度报告的报送期限{ChineseDate.Format(deadline)}，逾期{days}天");
    }
}
