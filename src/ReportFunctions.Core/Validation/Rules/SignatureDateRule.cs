using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R12: the report is written after its statistical period (1 January to 31 December of the year, DB51/T 2660
/// §2.1). Before 1 December it cannot be a full-year report (error); in December it is signed before the period
/// ends, which some bodies do to meet early local deadlines (warning); after the end of the following year the
/// date is probably a typo (warning).
/// </summary>
internal sealed class SignatureDateRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        // Years DateOnly cannot hold are YearRule's range error; there is no date to compare with.
        if (report.Year is < 1 or > 9998)
            yield break;
        var date = report.Signature.Date;
        var periodEnd = new DateOnly(report.Year, 12, 31);
        var shown = ChineseDate.Format(date);
        if (date < new DateOnly(report.Year, 12, 1))
        {
            yield return Finding.Error(ErrorCodes.SignatureDate, "signature.date",
                $"署名日期：{shown}早于统计期结束（{report.Year}年12月31日），年度报告应在统计期结束后成文");
        }
        else if (date <= periodEnd)
        {
            yield return Finding.Warning(ErrorCodes.SignatureDate, "signature.date",
                $"署名日期早于统计期结束：{shown}在{report.Year}年12月31日之前，请确认全年数据已统计完整");
        }
        else if (date > periodEnd.AddYears(1))
        {
            yield return Finding.Warning(ErrorCodes.SignatureDate, "signature.date",
                $"署名日期：{shown}晚于{report.Year + 1}年12月31日，距报告年度结束已超过一年，日期不合理，请核对");
        }
    }
}
