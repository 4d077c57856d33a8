using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Publishing;

/// <summary>The current published version of one organization's report for one year; HtmlUrl is null for a version published before HTML editions.</summary>
public sealed record PublishedReport(
    string OrganizationId,
    string OrganizationName,
    int Year,
    string Title,
    int Version,
    string Url,
    string? HtmlUrl,
    DateTimeOffset PublishedAt,
    DateTimeOffset? CorrectedAt);
