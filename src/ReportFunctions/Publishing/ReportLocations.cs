using Microsoft.Extensions.Options;
using ReportFunctions.Options;

namespace ReportFunctions.Publishing;

/// <summary>Blob names and public URLs of published reports; the routes in ReportPdfFunctions serve exactly these.</summary>
public sealed class ReportLocations(IOptions<ReportsOptions> options)
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    public static string CurrentPdfBlob(int year, string organizationId) => $"{year}/{organizationId}.pdf";

    public static string VersionPdfBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}.pdf";

    public static string VersionJsonBlob(int year, string organizationId, int version) => $"{year}/{organizationId}/v{version}.json";

    public string CurrentUrl(int year, string organizationId) => $"{Base}/api/reports/{year}/{organizationId}.pdf";

    public string VersionUrl(int year, string organizationId, int version) => $"{Base}/api/reports/{year}/{organizationId}/v{version}.pdf";
}
