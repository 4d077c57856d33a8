using ReportFunctions.Core.Model;

namespace ReportFunctions.Organizations;

/// <summary>A registered organization: who may submit, whom to remind, and its local deadline ("MM-DD").</summary>
public sealed record OrganizationRecord(
    string Id,
    string Name,
    OrganizationKind Kind,
    IReadOnlyList<string> Contacts,
    string? DeadlineOverride,
    bool Active,
    string? SupervisorEmail);
