using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class YearRuleTests
{
    private static List<ValidationError> Check(int year, DateTimeOffset now) =>
        new YearRule(new FixedTime(now)).Check(ReportBuilder.Valid().With(r => r with { Year = year }).Build(), ValidationContext.None).ToList();

    private static readonly DateTimeOffset March2026 = new(2026, 3, 15, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2019)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Check_AcceptsYearsFrom2019ToTheCurrentYear(int year) => Assert.Empty(Check(year, March2026));

    [Theory]
    [InlineData(2018)]
    [InlineData(2027)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_ReportsRange_OutsideThoseYears(int year)
    {
        var finding = Assert.Single(Check(year, March2026));
        Assert.Equal((ErrorCodes.Range, "year"), (finding.Code, finding.Path));
        Assert.Equal($"报告年度：应在2019年至2026年之间，填报的是{year}", finding.Message);
    }

    [Fact]
    public void Check_UsesChinaStandardTime_AtTheNewYear()
    {
        // 31 Dec 2026 16:00 UTC is already 1 January 2027 in Beijing.
        Assert.Empty(Check(2027, new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Single(Check(2027, new DateTimeOffset(2026, 12, 31, 15, 59, 59, TimeSpan.Zero)));
    }
}
