namespace ReportFunctions.Submissions;

/// <summary>The 202 answer to POST /api/reports.</summary>
public sealed record SubmissionAccepted(string Id, string Status, string StatusUrl);
