namespace ReportFunctions.Submissions;

/// <summary>The outcome of accepting a submission: its id, or a conflict with an earlier use of the Idempotency-Key.</summary>
public sealed record SubmissionReceipt(string? Id, bool IdempotencyConflict);
