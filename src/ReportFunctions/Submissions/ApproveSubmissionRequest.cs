namespace ReportFunctions.Submissions;

/// <summary>Body of POST /api/manage/review/{id}/approve.</summary>
/// <param name="Reviewer">Who approves, until the console fills it from the signed-in user (IReviewerIdentity).</param>
/// <param name="Note">An optional note on the approval.</param>
public sealed record ApproveSubmissionRequest(string? Reviewer, string? Note, IReadOnlyList<WarningAcknowledgement?>? Acknowledgements);
