using System.Globalization;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// The fee (万元) has at most 6 decimals, i.e. to the 分, as real reports print it (e.g. 5949.088667). The reader enforces this on JSON; reports built in
/// code (form posts, tests) are checked here too.
/// </summary>
internal sealed class FeeDecimalsRule : IReportRule
{
    public const int MaxDecimals = 6;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var fees = report.ActiveDisclosure.Fees;
        if (fees.Scale > MaxDecimals)
        {
            yield return Finding.Error(ErrorCodes.Type, "activeDisclosure.fees",
                $"{FieldLabels.Describe("activeDisclosure.fees")}：金额（万元）最多保留{MaxDecimals}位小数，填报的{fees.ToString(CultureInfo.InvariantCulture)}有{fees.Scale}位");
        }
    }
}
