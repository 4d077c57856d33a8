using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Core.Tests.Reminders;

public sealed class ReportingQuarterTests
{
    [Theory]
    [InlineData("2026Q1", 2026, 1)]
    [InlineData("2026Q3", 2026, 3)]
    [InlineData("2030Q4", 2030, 4)]
    public void TryParse_ReadsYearAndQuarter(string text, int year, int number)
    {
        Assert.True(ReportingQuarter.TryParse(text, out var quarter));
        Assert.Equal(new ReportingQuarter(year, number), quarter);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026Q0")]
    [InlineData("2026q3")]
    [InlineData("26Q3")]
    [InlineData("2026-Q3")]
    [InlineData("+026Q3")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsAnythingElse(string? text)
    {
        Assert.False(ReportingQuarter.TryParse(text, out _));
    }

    [Fact]
    public void Of_And_Start_AgreeAtQuarterEdges()
    {
        Assert.Equal(new ReportingQuarter(2026, 3), ReportingQuarter.Of(new DateOnly(2026, 9, 30)));
        Assert.Equal(new ReportingQuarter(2026, 4), ReportingQuarter.Of(new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2026, 7, 1), new ReportingQuarter(2026, 3).Start);
        Assert.Equal("2026年第三季度", new ReportingQuarter(2026, 3).ChineseName);
    }
}
