using ReportFunctions.Submissions;

namespace ReportFunctions.Oversight;

/// <summary>One submission of a body, with its findings (errors and warnings) read from its status row.</summary>
public sealed record BodySubmission(SubmissionEntity Row, IReadOnlyList<ErrorItem> Findings);
