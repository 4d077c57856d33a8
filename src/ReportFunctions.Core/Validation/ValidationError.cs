namespace ReportFunctions.Core.Validation;

/// <summary>One finding about a report: stable code, severity, dotted JSON path and a Chinese message.</summary>
public sealed record ValidationError(string Code, Severity Severity, string Path, string Message);
