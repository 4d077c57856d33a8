using ReportFunctions.Core.Organizations;
using ReportFunctions.Reminders;

namespace ReportFunctions.Oversight;

/// <summary>One body in the year table.</summary>
/// <param name="DaysLeft">Days until the deadline (China time), negative when overdue; null once published.</param>
/// <param name="Version">The published version, if any.</param>
public sealed record YearOverviewRow(
    OrganizationRecord Organization,
    DateOnly Deadline,
    ReportYearStatus Status,
    int? DaysLeft,
    int? Version,
    string? PublishedUrl,
    SentReminder? LastReminder,
    int OpenCorrectionItems)
{
    public bool Overdue => DaysLeft < 0;

    /// <summary>"剩余12天", "今日截止", "逾期3天", or "—" once published.</summary>
    public string DaysText => DaysLeft switch
    {
        null => "—",
        > 0 and var d => $"剩余{d}天",
        0 => "今日截止",
        var d => $"逾期{-d}天",
    };
}
