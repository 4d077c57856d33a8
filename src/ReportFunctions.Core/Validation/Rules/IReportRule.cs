using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>One check of a report with one stable code; <see cref="ReportValidator"/> only composes rules.</summary>
public interface IReportRule
{
    /// <summary>Every finding of this rule; <paramref name="context"/> holds last year's published report and the deadline, if known.</summary>
    IEnumerable<ValidationError> Check(Report report, ValidationContext context);
}
