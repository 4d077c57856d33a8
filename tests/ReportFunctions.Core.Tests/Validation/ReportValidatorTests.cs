using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Validation;

public sealed class ReportValidatorTests
{
    [Fact]
    public void Validate_FindsNothing_ForAValidReport() => Assert.Empty(TestValidation.Validate(ReportBuilder.Valid()));

    [Fact]
    public void Validate_FindsNothing_ForAllZeroTables() => Assert.Empty(TestValidation.Validate(ReportBuilder.AllZero()));

    [Fact]
    public void Validate_AcceptsCountsUpToOneBillion_AndFeesWithSixDecimals()
    {
        const long billion = 1_000_000_000;
        var report = ReportBuilder.AllZero().With(r => r with
        {
            Overview = [new Block(null, ["全年收到申请2000000000件。"])],
            ActiveDisclosure = r.ActiveDisclosure with { Licensing = billion, Fees = 99999999.999999m },
            Applications = r.Applications with
            {
                NewlyReceived = ReportBuilder.Row(billion, billion, 0, 0, 0, 0),
                Granted = ReportBuilder.Row(billion, billion, 0, 0, 0, 0),
                Total = ReportBuilder.Row(billion, billion, 0, 0, 0, 0),
            },
            ReviewsAndLitigation = r.ReviewsAndLitigation with { Review = new Outcome(billion, billion, billion, billion, 4 * billion) },
        });

        Assert.Empty(TestValidation.Validate(report));
    }

    [Fact]
    public void Validate_ReturnsEveryFindingAtOnce_AcrossRules()
    {
        var report = ReportBuilder.Valid().With(r => r with
        {
            Year = 2018,
            Organization = r.Organization with { Id = "Bad Id" },
            ProblemsAndImprovements = [new Block(null, ["无"])],
            Signature = r.Signature with { Date = new DateOnly(2018, 6, 1) },
            Applications = r.Applications with { Granted = r.Applications.Granted with { Total = 99 } },
            ReviewsAndLitigation = r.ReviewsAndLitigation with { Review = new Outcome(0, 0, 0, 0, 1) },
        });

        var codes = TestValidation.Validate(report).Select(f => f.Code).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                ErrorCodes.Range, ErrorCodes.Required, ErrorCodes.SignatureDate, ErrorCodes.RowTotal, ErrorCodes.ResultsTotal,
                ErrorCodes.OutcomeTotal,
            },
            codes);
    }

    [Fact]
    public void Validate_ReportsWarningsWithoutErrors_ForACarryOverMismatch()
    {
        var lastYear = ReportBuilder.PreviousYear().Build();
        var findings = TestValidation.Validate(ReportBuilder.Valid().Build(), lastYear);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal((ErrorCodes.CarryOver, Severity.Warning), (f.Code, f.Severity)));
    }

    [Fact]
    public void Validate_UsesTheInjectedGlyphCoverage()
    {
        var validator = new ReportValidator(FixedTime.Default, new FakeGlyphCoverage('镇'));
        var findings = validator.Validate(ReportBuilder.Valid().Build());

        Assert.Equal(["organization.name", "signature.issuer"], findings.Select(f => f.Path));
    }
}
