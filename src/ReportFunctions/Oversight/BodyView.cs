using ReportFunctions.Core.Organizations;
using ReportFunctions.Corrections;

namespace ReportFunctions.Oversight;

/// <summary>Everything the console shows about one body.</summary>
public sealed record BodyView(
    OrganizationRecord Organization,
    IReadOnlyList<BodyYear> Years,
    IReadOnlyList<BodySubmission> Submissions,
    IReadOnlyList<BodyEmail> Emails,
    IReadOnlyList<CorrectionNotice> Notices);
