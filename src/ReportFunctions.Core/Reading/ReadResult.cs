using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>
/// The report when the JSON could be read into the model, otherwise every reading error with its path.
/// For malformed JSON, <see cref="Line"/> and <see cref="Column"/> (1-based, column in characters) locate the fault.
/// </summary>
public sealed record ReadResult(Report? Report, IReadOnlyList<ValidationError> Errors, int? Line = null, int? Column = null)
{
    /// <summary>True when the input was not JSON at all, as opposed to JSON that does not fit the contract.</summary>
    public bool IsMalformed => Line is not null;

    /// <summary>True when reading stopped at <see cref="ReportReader.MaxErrors"/> errors: there are more than listed.</summary>
    public bool Truncated { get; init; }
}
