using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// The reported year lies between 2019 (first year under the revised 条例, 国务院令第711号) and the current
/// year in China Standard Time, so that a report filed on 1 January Beijing time is not "from the future".
/// </summary>
internal sealed class YearRule(TimeProvider time) : IReportRule
{
    public const int FirstYear = 2019;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var currentYear = ChinaStandardTime.Today(time).Year;
        if (report.Year < FirstYear || report.Year > currentYear)
        {
            yield return Finding.Error(ErrorCodes.Range, "year",
                $"报告年度：应在{FirstYear}年至{currentYear}年之间，填报的是{report.Year}");
        }
    }
}
