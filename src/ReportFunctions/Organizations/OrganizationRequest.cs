namespace ReportFunctions.Organizations;

/// <summary>Body of PUT /api/manage/organizations/{id}.</summary>
public sealed record OrganizationRequest(
    string? Name,
    string? Kind,
    IReadOnlyList<string>? Contacts,
    string? DeadlineOverride,
    bool? Active,
    string? SupervisorEmail,
    bool? RequiresReview = null);
