using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Validation;

// STUB: replaced by the foundation work.
public sealed class ReportValidator(TimeProvider time, IGlyphCoverage coverage)
{
    public IReadOnlyList<ValidationError> Validate(Report report, Report? previousYear = null) => throw new NotImplementedException($"{time}{coverage}");
}
