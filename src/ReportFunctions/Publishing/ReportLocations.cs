using Microsoft.Extensions.Options;

namespace ReportFunctions.Publishing;

/// <summary>Blob names and public URLs: the routes in ReportDocumentFunctions serve exactly these blobs.</summary>
public sealed class ReportLocations(IOptions<ReportsOptions> options)
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    public static string CurrentPdfBlob(int year, string organizationId) => $"{year}/{organizationId}.pdf";

    public static string VersionPdfBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}.pdf";

    /// <summary>The HTML edition beside the current PDF.</summary>
    public static string CurrentHtmlBlob(int year, string organizationId) => $"{year}/{organizationId}.html";

    public static string VersionHtmlBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}.html";

    /// <summary>Page 1 of the version as a PNG, shown on the submission's status page.</summary>
    public static string VersionPreviewBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}-page1.png";

    public static string VersionJsonBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}.json";

    public string CurrentUrl(int year, string organizationId) => $"{Base}/api/reports/{year}/{organizationId}.pdf";

    /// <summary>GET /api/reports/{year}/{orgId}.html: the HTML edition of the current version.</summary>
    public string CurrentHtmlUrl(int year, string organizationId) => $"{Base}/api/reports/{year}/{organizationId}.html";

    public string VersionUrl(int year, string organizationId, int version) => $"{Base}/api/reports/{year}/{organizationId}/v{version}.pdf";

    public string VersionPreviewUrl(int year, string organizationId, int version) => $"{Base}/api/reports/{year}/{organizationId}/v{version}-page1.png";

    public string VersionHtmlUrl(int year, string organizationId, int version) => $"{Base}/api/reports/{year}/{organizationId}/v{version}.html";

    /// <summary>GET /api/column: the public column (年报专栏), and its Atom feed.</summary>
    public string ColumnUrl => $"{Base}/api/column";

    public string FeedUrl => $"{Base}/api/column/feed.atom";

    /// <summary>GET /api/reports?year=…: the year's published reports.</summary>
    public string ListingUrl(int year) => $"{Base}/api/reports?year={year}";

    /// <summary>GET /api/form?org=…&amp;from=…: this app's form for the organization, reopened on an earlier submission when
    /// <paramref name="fromSubmissionId"/> is given. Always this app's own form: Reminders:FormUrl may be a portal page
    /// that knows nothing of "from".</summary>
    public string FormUrl(string organizationId, string? fromSubmissionId = null) =>
        $"{Base}/api/form?org={Uri.EscapeDataString(organizationId)}"
        + (fromSubmissionId is null ? "" : $"&from={Uri.EscapeDataString(fromSubmissionId)}");

    /// <summary>GET /api/corrections/{noticeId}?org=…: where the organization answers a correction notice.</summary>
    public string CorrectionPageUrl(string noticeId, string organizationId) =>
        $"{Base}/api/corrections/{Uri.EscapeDataString(noticeId)}?org={Uri.EscapeDataString(organizationId)}";

    /// <summary>GET /api/submissions/{id}: where a submission stands, with its findings.</summary>
    public string SubmissionStatusUrl(string submissionId) => $"{Base}/api/submissions/{Uri.EscapeDataString(submissionId)}";
}
