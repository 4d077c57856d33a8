using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>Only the 2021 format is known; reports built in code (not read from JSON) are checked here too.</summary>
internal sealed class FormatVersionRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (report.FormatVersion != ReportReader.SupportedFormatVersion)
        {
            yield return Finding.Error(ErrorCodes.FormatVersion, "formatVersion",
                $"格式版本：不支持“{report.FormatVersion}”，目前只接受“{ReportReader.SupportedFormatVersion}”（国办公开办函〔2021〕30号格式）");
        }
    }
}
