using Azure;
using Azure.Data.Tables;

namespace ReportFunctions.Publishing;

/// <summary>
/// The years that have published reports: one row per year in the listing table's partition <see cref="Partition"/>,
/// written at every publication, so the column finds its years with one small query instead of scanning every year.
/// </summary>
public sealed class PublishedYearEntity : ITableEntity
{
    /// <summary>Not a year, so a year's query (PartitionKey == "2024") never meets these rows.</summary>
    public const string Partition = "years";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
