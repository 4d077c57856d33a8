namespace ReportFunctions.Core.Calendar;

/// <summary>Calendar dates as a Chinese office sees them.</summary>
public static class ChinaStandardTime
{
    // China Standard Time is UTC+8 all year (no daylight saving since 1991); a fixed offset avoids depending on
    // tzdata names ("Asia/Shanghai" vs "China Standard Time"), which differ between Linux and Windows hosts.
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
