using System.Globalization;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Calendar;

/// <summary>When an organization's annual report for a year is due.</summary>
public static class ReportDeadline
{
    /// <summary>
    /// 条例 第四十九条: departments by 1月31日, governments by 3月31日 of the following year; townships and other
    /// bodies have no national date and default to 1月31日. A local "MM-DD" override replaces the date. The date is
    /// a calendar date and is not moved off weekends or holidays: the 条例 says "每年1月31日前", not a working day.
    /// </summary>
    public static DateOnly For(OrganizationKind kind, string? deadlineOverride, int reportYear)
    {
        var dueYear = reportYear + 1;
        if (TryParseOverride(deadlineOverride, out var month, out var day))
        {
            // "02-29" means the last day of February: in a year without 29 February that is the 28th.
            return new DateOnly(dueYear, month, Math.Min(day, DateTime.DaysInMonth(dueYear, month)));
        }

        return kind == OrganizationKind.Government ? new DateOnly(dueYear, 3, 31) : new DateOnly(dueYear, 1, 31);
    }

    /// <summary>True for "MM-DD" naming a day that exists in some year (so "02-29" is valid, "02-30" is not).</summary>
    public static bool IsValidOverride(string? text) => TryParseOverride(text, out _, out _);

    private static bool TryParseOverride(string? text, out int month, out int day)
    {
        month = day = 0;
        return text is { Length: 5 } && text[2] == '-'
            && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && month is >= 1 and <= 12
            && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }
}
