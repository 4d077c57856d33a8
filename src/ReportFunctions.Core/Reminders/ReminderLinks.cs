namespace ReportFunctions.Core.Reminders;

/// <param name="FormUrl">The page where an organization fills in its report; linked with "?org=".</param>
/// <param name="StatusUrlForYear">The listing of published reports for a year.</param>
/// <param name="CorrectionPageUrl">The page where the organization answers a correction notice (with "?org=").</param>
public sealed record ReminderLinks(string FormUrl, Func<int, string> StatusUrlForYear, Func<OpenNotice, string> CorrectionPageUrl)
{
    /// <summary>The form for one organization: "?org=" pre-fills it.</summary>
    public string FormFor(string organizationId) => PageLink.ForOrganization(FormUrl, organizationId);
}
