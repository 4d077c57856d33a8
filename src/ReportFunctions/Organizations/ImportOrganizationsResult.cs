namespace ReportFunctions.Organizations;

/// <summary>Answer of POST /api/manage/organizations/import.</summary>
public sealed record ImportOrganizationsResult(int Imported, IReadOnlyList<string> Organizations);
