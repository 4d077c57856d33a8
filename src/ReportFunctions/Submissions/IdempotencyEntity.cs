using Azure;
using Azure.Data.Tables;

namespace ReportFunctions.Submissions;

/// <summary>
/// One Idempotency-Key of one organization: partition the organization id, row key the SHA-256 of the key
/// (a client's key may hold characters a row key cannot).
/// </summary>
public sealed class IdempotencyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SubmissionId { get; set; } = "";

    public string BodySha256 { get; set; } = "";
}
