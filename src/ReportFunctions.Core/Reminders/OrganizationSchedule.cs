using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Reminders;

/// <summary>What the planner needs to know about a registered organization.</summary>
/// <param name="DeadlineOverride">A local report deadline "MM-DD" that replaces the 条例 §49 date.</param>
/// <param name="SupervisorEmail">The supervising office's address, already defaulted by the caller; copied on annual-report reminders.</param>
public sealed record OrganizationSchedule(
    string Id,
    string Name,
    OrganizationKind Kind,
    IReadOnlyList<string> Contacts,
    string? DeadlineOverride,
    bool Active,
    string? SupervisorEmail);
