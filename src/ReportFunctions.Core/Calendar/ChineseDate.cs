using System.Globalization;

namespace ReportFunctions.Core.Calendar;

public static class ChineseDate
{
    /// <summary>"2026年12月4日": Arabic numerals, no zero padding (GB/T 9704-2012 §7.3.5.1), in reminders, messages and the PDF signature.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
