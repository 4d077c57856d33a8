namespace ReportFunctions.Submissions;

/// <summary>The reviewer's note on one warning of a submission (code and path as the findings list it), kept with the approval.</summary>
public sealed record WarningAcknowledgement(string? Code, string? Path, string? Note);
