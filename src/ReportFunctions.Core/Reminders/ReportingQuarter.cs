using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReportFunctions.Core.Reminders;

/// <summary>A calendar quarter written "2026Q3", the period of a quarterly check and its correction notices.</summary>
public sealed record ReportingQuarter(int Year, int Number)
{
    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    public static ReportingQuarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportingQuarter? quarter)
    {
        quarter = null;
        if (text is not { Length: 6 } || text[4] != 'Q' || text[5] is < '1' or > '4'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 2000)
        {
            return false;
        }

        quarter = new ReportingQuarter(year, text[5] - '0');
        return true;
    }

    /// <summary>"2026年第三季度".</summary>
    public string ChineseName => $"{Year}年第{"一二三四"[Number - 1]}季度";

    public override string ToString() => $"{Year}Q{Number}";
}
