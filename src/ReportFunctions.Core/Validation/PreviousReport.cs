using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation;

/// <summary>Last year's report as the cross-year rules compare with it.</summary>
/// <param name="Source">What was compared with, in Chinese, for messages and results (e.g. "2020年度报告第2版").</param>
public sealed record PreviousReport(Report Report, string Source);
