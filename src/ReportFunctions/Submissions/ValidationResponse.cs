namespace ReportFunctions.Submissions;

/// <summary>POST /api/reports/validate: valid when no finding is an error (warnings allowed).</summary>
public sealed record ValidationResponse(bool Valid, IReadOnlyList<ErrorItem> Errors);
