using Azure;
using Azure.Data.Tables;

namespace ReportFunctions.Publishing;

/// <summary>
/// One organization's report for one year: partition the year, row key the organization id. Holds the version
/// counter (allocated under optimistic concurrency) and what the listing shows about the current version.
/// </summary>
public sealed class PublishedReportEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int AllocatedVersion { get; set; }

    public string AllocatedSubmissionId { get; set; } = "";

    /// <summary>The version served at the stable URL; 0 until the first one is published.</summary>
    public int Version { get; set; }

    public string OrganizationName { get; set; } = "";

    public string Title { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>Null on rows of versions published before HTML editions.</summary>
    public string? HtmlUrl { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? CorrectedAt { get; set; }

    /// <summary>
    /// Every published version with its date, as JSON (PublishingJsonContext); null on rows written before it was kept,
    /// whose history is only the first publication and the last correction.
    /// </summary>
    public string? Versions { get; set; }
}
