using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Core.Tests.Calendar;

public sealed class ChinaStandardTimeTests
{
    [Theory]
    [InlineData("2026-12-31T15:59:59Z", "2026-12-31")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    [InlineData("2028-02-28T16:00:00Z", "2028-02-29")]
    [InlineData("2026-07-01T01:00:00Z", "2026-07-01")]
    public void DateOf_IsTheCalendarDateAtUtcPlus8(string instant, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(DateOnly.Parse(expected, culture), ChinaStandardTime.DateOf(DateTimeOffset.Parse(instant, culture)));
    }
}
