using System.ComponentModel.DataAnnotations;

namespace ReportFunctions.Publishing;

public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Base of the published URLs, "{base}/api/reports/{year}/{orgId}.pdf", e.g. "https://reports.example.gov.cn".</summary>
    [Required, Url]
    public string PublicBaseUrl { get; init; } = "";
}
