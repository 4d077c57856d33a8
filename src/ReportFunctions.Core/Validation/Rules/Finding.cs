namespace ReportFunctions.Core.Validation.Rules;

/// <summary>Shorthands for the findings rules produce.</summary>
internal static class Finding
{
    public static ValidationError Error(string code, string path, string message, string? causedBy = null) =>
        new(code, Severity.Error, path, message, causedBy);

    public static ValidationError Warning(string code, string path, string message) => new(code, Severity.Warning, path, message);
}
