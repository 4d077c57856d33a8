using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests;

/// <summary>Runs the full validator the way production does, with a fixed clock and a fake font coverage.</summary>
public static class TestValidation
{
    public static IReadOnlyList<ValidationError> Validate(Report report, Report? previousYear = null) =>
        new ReportValidator(FixedTime.Default, new FakeGlyphCoverage()).Validate(report, previousYear);

    public static IReadOnlyList<ValidationError> Validate(Report report, ValidationContext context) =>
        new ReportValidator(FixedTime.Default, new FakeGlyphCoverage()).Validate(report, context);

    public static IReadOnlyList<ValidationError> Validate(ReportBuilder builder, Report? previousYear = null) =>
        Validate(builder.Build(), previousYear);
}
