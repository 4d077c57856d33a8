namespace ReportFunctions.Submissions;

/// <summary>
/// POST /api/reports/validate: valid when no finding is an error (warnings allowed). <paramref name="Truncated"/> is
/// true (and otherwise absent) when reading stopped at its limit of errors: there are more than listed.
/// </summary>
public sealed record ValidationResponse(bool Valid, IReadOnlyList<ErrorItem> Errors, bool? Truncated = null);
