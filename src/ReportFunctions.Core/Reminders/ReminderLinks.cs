namespace ReportFunctions.Core.Reminders;

/// <param name="FormUrl">The page where an organization fills in its report.</param>
/// <param name="StatusUrlForYear">The listing of published reports for a year.</param>
public sealed record ReminderLinks(string FormUrl, Func<int, string> StatusUrlForYear);
