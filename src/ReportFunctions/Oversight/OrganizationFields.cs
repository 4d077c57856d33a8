namespace ReportFunctions.Oversight;

/// <summary>The console's organization form as posted: every field text, contacts one per line (or separated by ";" or ",").</summary>
public sealed record OrganizationFields(
    string? Id,
    string? Name,
    string? Kind,
    string? Contacts,
    string? DeadlineOverride,
    bool Active,
    string? SupervisorEmail);
