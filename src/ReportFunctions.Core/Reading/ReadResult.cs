using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>The report when the JSON could be read into the model, otherwise every reading error with its path.</summary>
public sealed record ReadResult(Report? Report, IReadOnlyList<ValidationError> Errors);
