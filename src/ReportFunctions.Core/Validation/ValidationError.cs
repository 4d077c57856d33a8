using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Validation;

/// <summary>One finding about a report: stable code, severity, dotted JSON path and a Chinese message.</summary>
/// <param name="CausedBy">
/// The path of another finding of the same validation that probably explains this one (a mistyped total that
/// also breaks R1), so that forms and consoles can group them; null (and absent from JSON) when it stands alone.
/// </param>
public sealed record ValidationError(
    string Code,
    Severity Severity,
    string Path,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CausedBy = null);
