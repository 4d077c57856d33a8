using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Reminders;

/// <summary>A correction notice with at least one item not yet rectified.</summary>
/// <param name="OpenItems">The problems still open, in the notice's order.</param>
public sealed record OpenNotice(
    string Id,
    string OrganizationId,
    ReportingQuarter Quarter,
    DateOnly DueDate,
    IReadOnlyList<string> OpenItems);
