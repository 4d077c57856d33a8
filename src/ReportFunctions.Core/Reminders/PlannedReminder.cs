using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Reminders;

/// <summary>One reminder the planner decided is due today.</summary>
/// <param name="DueDate">The report deadline, the notice's due date, or the first day of the quarter.</param>
/// <param name="DaysLeft">Days from today to <paramref name="DueDate"/>; negative when overdue.</param>
/// <param name="ReportYear">The reported year, for annual-report reminders.</param>
/// <param name="Notice">The open correction notice, for correction reminders.</param>
/// <param name="Quarter">The quarter that has begun, for quarterly-check reminders.</param>
public sealed record PlannedReminder(
    ReminderKey Key,
    OrganizationRecord Organization,
    DateOnly DueDate,
    int DaysLeft,
    int? ReportYear,
    OpenNotice? Notice,
    ReportingQuarter? Quarter,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc);
