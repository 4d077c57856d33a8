namespace ReportFunctions.Submissions;

/// <summary>Body of POST /api/manage/review/{id}/return: who returns it and why (退回意见, e-mailed to the organization).</summary>
public sealed record ReturnSubmissionRequest(string? Reviewer, string? Comment);
