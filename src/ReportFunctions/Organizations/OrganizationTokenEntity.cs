using Azure;
using Azure.Data.Tables;

namespace ReportFunctions.Organizations;

/// <summary>The salted hash of an organization's submission token: partition "token", row key the id.</summary>
internal sealed class OrganizationTokenEntity : ITableEntity
{
    public const string Partition = "token";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public byte[] Salt { get; set; } = [];

    public byte[] Hash { get; set; } = [];
}
