using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class SignatureDateRuleTests
{
    private static List<ValidationError> Check(string date, int year = 2021) =>
        new SignatureDateRule().Check(ReportBuilder.Valid().With(r => r with
        {
            Year = year,
            Signature = r.Signature with { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) },
        }).Build(), ValidationContext.None).ToList();

    [Theory]
    [InlineData("2022-01-01")]
    [InlineData("2022-01-15")]
    [InlineData("2022-12-31")]
    public void Check_FindsNothing_FromTheDayAfterThePeriodToTheEndOfTheNextYear(string date) => Assert.Empty(Check(date));

    [Theory]
    [InlineData("2021-11-30")]
    [InlineData("2021-01-01")]
    [InlineData("2020-12-31")]
    public void Check_ReportsError_BeforeTheFirstOfDecember(string date)
    {
        var finding = Assert.Single(Check(date));
        Assert.Equal((ErrorCodes.SignatureDate, Severity.Error, "signature.date"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains("早于统计期结束（2021年12月31日）", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-12-01")]
    [InlineData("2021-12-31")]
    public void Check_Warns_InDecemberOfTheReportedYear(string date)
    {
        var finding = Assert.Single(Check(date));
        Assert.Equal((ErrorCodes.SignatureDate, Severity.Warning), (finding.Code, finding.Severity));
        Assert.StartsWith("署名日期早于统计期结束", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarnsUnreasonablyLate_AfterTheEndOfTheNextYear()
    {
        var finding = Assert.Single(Check("2023-01-01"));
        Assert.Equal((ErrorCodes.SignatureDate, Severity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("日期不合理", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HandlesLeapDays() => Assert.Empty(Check("2024-02-29", year: 2023));

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    [InlineData(int.MaxValue)]
    public void Check_LeavesYearsOutsideTheCalendarToTheYearRule(int year) => Assert.Empty(Check("2022-01-15", year));
}
