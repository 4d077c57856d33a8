namespace ReportFunctions.Submissions;

/// <summary>A submission as the review routes show it: what the reviewer needs to decide, and what the review decided.</summary>
/// <param name="PreviewUrl">The admin route of the private PDF, while it waits or after it was returned.</param>
/// <param name="Warnings">The findings (warnings only: a submission with errors never reaches review).</param>
public sealed record ReviewedSubmission(
    string Id,
    string Status,
    string OrganizationId,
    string? OrganizationName,
    int Year,
    string Title,
    DateTimeOffset ReceivedAt,
    string? PreviewUrl,
    IReadOnlyList<ErrorItem> Warnings,
    string? ReviewedBy = null,
    DateTimeOffset? ReviewedAt = null,
    string? Comment = null,
    IReadOnlyList<WarningAcknowledgement>? Acknowledgements = null,
    string? Url = null,
    int? Version = null);
