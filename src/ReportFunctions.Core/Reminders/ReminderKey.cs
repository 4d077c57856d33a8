using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Reminders;

/// <summary>Identifies one reminder for the ReminderLog: the same key is never sent twice.</summary>
/// <param name="Period">The report year ("2025"), the correction notice id, or the quarter ("2026Q3").</param>
/// <param name="Stage">"before-14", "before-7", "before-3", "before-1", "due", "overdue-7", "overdue-14", …, or "start".</param>
public sealed record ReminderKey(string OrganizationId, ReminderKind Kind, string Period, string Stage)
{
    public override string ToString() => $"{OrganizationId}/{Kind}/{Period}/{Stage}";
}
