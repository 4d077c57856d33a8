using Azure;
using Azure.Data.Tables;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Submissions;

/// <summary>The status row of one submission: partition key the submission id, row key "status".</summary>
public sealed class SubmissionEntity : ITableEntity
{
    public const string Row = "status";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OrganizationId { get; set; } = "";

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public string BlobName { get; set; } = "";

    public string BodySha256 { get; set; } = "";

    public string Status { get; set; } = nameof(SubmissionStatus.Received);

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Set as soon as the worker allocates a version, so a redelivered message reuses it.</summary>
    public int? Version { get; set; }

    public string? Url { get; set; }

    public string? HtmlUrl { get; set; }

    public string? Sha256 { get; set; }

    public long? Bytes { get; set; }

    public int? Pages { get; set; }

    /// <summary>The findings as JSON ([{code, severity, path, message}]), warnings included.</summary>
    public string? Errors { get; set; }

    /// <summary>Why the submission Failed, in Chinese, with the reference to quote; never the raw exception text.</summary>
    public string? Reason { get; set; }

    public long Attempts { get; set; }

    /// <summary>Who approved or returned it (from <c>IReviewerIdentity</c>), and when.</summary>
    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The reviewer's comment when returning it; a note on the approval otherwise.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>The reviewer's acknowledgements of warnings, as JSON ([{code, path, note}]), recorded with the approval.</summary>
    public string? Acknowledgements { get; set; }

    public string Id => PartitionKey;

    public SubmissionStatus State => Enum.Parse<SubmissionStatus>(Status);
}
