using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Pages;

/// <summary>Times on console pages: China Standard Time, "2026年3月31日 14:05".</summary>
public static class ConsoleFormat
{
    public static string Time(DateTimeOffset? instant) =>
        instant is { } value
            ? $"{ChineseDate.Format(ChinaStandardTime.DateOf(value))} {value.ToOffset(ChinaStandardTime.Offset):HH:mm}"
            : "—";
}
