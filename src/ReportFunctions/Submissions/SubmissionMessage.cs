namespace ReportFunctions.Submissions;

/// <summary>The queue message: only the submission id; the body and status live in storage.</summary>
public sealed record SubmissionMessage(string SubmissionId);
