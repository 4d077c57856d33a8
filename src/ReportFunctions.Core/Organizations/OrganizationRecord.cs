using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Organizations;

/// <summary>A registered organization: who may submit, whom to remind, and its local deadline.</summary>
/// <param name="DeadlineOverride">A local report deadline "MM-DD" that replaces the 条例 §49 date.</param>
/// <param name="SupervisorEmail">The supervising office's address; copied on annual-report reminders.</param>
/// <param name="RequiresReview">Whether a valid submission waits for the supervising office's review (先备案后公布)
/// before it is published; null follows the app's default (setting Review:RequiredByDefault).</param>
public sealed record OrganizationRecord(
    string Id,
    string Name,
    OrganizationKind Kind,
    IReadOnlyList<string> Contacts,
    string? DeadlineOverride,
    bool Active,
    string? SupervisorEmail,
    bool? RequiresReview = null);
