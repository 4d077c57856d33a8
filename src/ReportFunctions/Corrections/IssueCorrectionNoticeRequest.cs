namespace ReportFunctions.Corrections;

/// <summary>Body of POST /api/manage/corrections.</summary>
public sealed record IssueCorrectionNoticeRequest(string? Organization, string? Quarter, string? DueDate, IReadOnlyList<string?>? Items);
