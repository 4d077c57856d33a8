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
        new ProblemsAndImprovementsRule(),
        new SignatureDateRule(),
    ];

    public IReadOnlyList<ValidationError> Validate(Report report, Report? previousYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = new List<ValidationError>();
        foreach (var rule in rules)
            findings.AddRange(rule.Check(report, previousYear));
        return findings;
    }
}
