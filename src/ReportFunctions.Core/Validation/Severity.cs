namespace ReportFunctions.Core.Validation;

public enum Severity
{
    Error,
    Warning,
}
