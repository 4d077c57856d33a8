namespace ReportFunctions.Submissions;

/// <summary>GET /api/submissions/{id}: the status and, once known, the publication or the findings.</summary>
/// <param name="Comment">Why the reviewer returned it (status Returned).</param>
/// <param name="ReviewedAt">When a reviewer approved or returned it.</param>
public sealed record SubmissionStatusResponse(
    string Id,
    string Status,
    string? Url = null,
    string? HtmlUrl = null,
    int? Version = null,
    string? Sha256 = null,
    long? Bytes = null,
    int? Pages = null,
    string? Reason = null,
    IReadOnlyList<ErrorItem>? Errors = null,
    string? Comment = null,
    DateTimeOffset? ReviewedAt = null);
