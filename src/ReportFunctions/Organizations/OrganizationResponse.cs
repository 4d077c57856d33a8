using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Organizations;

/// <summary>An organization as the admin routes show it (never its token).</summary>
public sealed record OrganizationResponse(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Contacts,
    string? DeadlineOverride,
    bool Active,
    string? SupervisorEmail,
    bool? RequiresReview)
{
    public static OrganizationResponse From(OrganizationRecord record) => new(
        record.Id,
        record.Name,
        OrganizationKindNames.Name(record.Kind),
        record.Contacts,
        record.DeadlineOverride,
        record.Active,
        record.SupervisorEmail,
        record.RequiresReview);
}
