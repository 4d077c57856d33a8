using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Submissions;

/// <summary>
/// The registry names the body: a report is published under the registry's name and kind whatever the clerk typed
/// (淮安市政府 for 淮安市人民政府 would otherwise be published as typed). The id is the token's check.
/// </summary>
public static class RegisteredOrganization
{
    /// <summary>The report with the registry's name and kind; the same instance when they already agree or the body is unknown.</summary>
    public static Report Apply(Report report, OrganizationRecord? registered)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (registered is null || registered.Id != report.Organization.Id
            || (registered.Name == report.Organization.Name && registered.Kind == report.Organization.Kind))
            return report;
        return report with { Organization = report.Organization with { Name = registered.Name, Kind = registered.Kind } };
    }
}
