using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Tests.Calendar;

public sealed class ReportDeadlineTests
{
    [Theory]
    [InlineData(OrganizationKind.Department, null, 2025, "2026-01-31")]
    [InlineData(OrganizationKind.Government, null, 2025, "2026-03-31")]
    [InlineData(OrganizationKind.Township, null, 2025, "2026-01-31")]
    [InlineData(OrganizationKind.Other, null, 2025, "2026-01-31")]
    [InlineData(OrganizationKind.Government, "02-20", 2025, "2026-02-20")]
    [InlineData(OrganizationKind.Department, "02-29", 2026, "2027-02-28")]
    [InlineData(OrganizationKind.Department, "02-29", 2027, "2028-02-29")]
    [InlineData(OrganizationKind.Department, "12-31", 2025, "2026-12-31")]
    public void For_GivesTheStatutoryOrLocalDate(OrganizationKind kind, string? deadlineOverride, int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReportDeadline.For(kind, deadlineOverride, year));
    }

    [Theory]
    [InlineData("01-15", true)]
    [InlineData("02-29", true)]
    [InlineData("02-30", false)]
    [InlineData("13-01", false)]
    [InlineData("00-10", false)]
    [InlineData("1-15", false)]
    [InlineData("01/15", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidOverride_AcceptsOnlyRealMonthDays(string? text, bool valid)
    {
        Assert.Equal(valid, ReportDeadline.IsValidOverride(text));
    }
}
