using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation.Rules;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Validation;

/// <summary>
/// Runs every rule of format.md §6 that one report can be checked against and every field rule of the contract,
/// and returns all findings at once. A report is acceptable when no finding is an <see cref="Severity.Error"/>.
/// Stateless and thread-safe.
/// </summary>
public sealed class ReportValidator(TimeProvider time, IGlyphCoverage coverage)
{
    private readonly IReadOnlyList<IReportRule> rules =
    [
        new FormatVersionRule(),
        new RequiredContentRule(),
        new OrganizationIdRule(),
        new CreditCodeRule(),
        new YearRule(time),
        new TextLengthRule(),
        new SupportedCharactersRule(coverage),
        new FeeDecimalsRule(),
        new NonNegativeRule(),
        new RowTotalRule(),
        new ResultsTotalRule(),
        new BalanceRule(),
        new OutcomeTotalRule(),
        new CarryOverRule(),
        new InForceRule(),
        new ProblemsAndImprovementsRule(),
        new RectificationRule(),
        new ProcessingFeeRule(),
        new GovernmentContentRule(),
        new ProseTableRule(),
        new TextReuseRule(),
        new HalfWidthPunctuationRule(),
        new SignatureDateRule(),
        new LateRule(),
    ];

    /// <summary>Validates against last year's report only (no deadline known).</summary>
    public IReadOnlyList<ValidationError> Validate(Report report, Report? previousYear = null) =>
        Validate(report, ValidationContext.WithPrevious(previousYear));

    public IReadOnlyList<ValidationError> Validate(Report report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (context.PreviousYear is { } previousYear && previousYear.Year != report.Year - 1)
        {
            throw new ArgumentException(
                $"The previous-year report is for {previousYear.Year}, not {report.Year - 1}.", nameof(context));
        }
        var findings = new List<ValidationError>();
        foreach (var rule in rules)
            findings.AddRange(rule.Check(report, context));
        return findings;
    }
}
