namespace ReportFunctions.Core.Reminders;

public static class ChineseDate
{
    /// <summary>"2026年12月4日": the style of official documents (GB/T 9704), no leading zeros.</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
