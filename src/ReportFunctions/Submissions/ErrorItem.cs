using ReportFunctions.Core.Validation;

namespace ReportFunctions.Submissions;

/// <summary>
/// A validation finding as the API shows it: {code, severity: "error"|"warning", path, message, causedBy?}, where
/// causedBy is the path of the finding that probably explains this one (a mistyped total behind a balance finding).
/// </summary>
public sealed record ErrorItem(string Code, string Severity, string Path, string Message, string? CausedBy = null)
{
    public static ErrorItem From(ValidationError error) =>
        new(error.Code, error.Severity == Core.Validation.Severity.Error ? "error" : "warning", error.Path, error.Message, error.CausedBy);

    public static IReadOnlyList<ErrorItem> From(IEnumerable<ValidationError> errors) => errors.Select(From).ToList();

    /// <summary>Back to a finding, e.g. from a stored status row.</summary>
    public ValidationError ToValidationError() =>
        new(Code, Severity == "error" ? Core.Validation.Severity.Error : Core.Validation.Severity.Warning, Path, Message, CausedBy);
}
