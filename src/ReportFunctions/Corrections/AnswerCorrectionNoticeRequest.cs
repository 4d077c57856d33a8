namespace ReportFunctions.Corrections;

/// <summary>JSON body of POST /api/corrections/{noticeId}?org=…; the token comes in X-Org-Token.</summary>
public sealed record AnswerCorrectionNoticeRequest(IReadOnlyList<CorrectionAnswer?>? Answers);
