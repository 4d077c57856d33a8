namespace ReportFunctions.Corrections;

/// <summary>
/// One problem of a correction notice: the organization's answer (整改情况, and where the fix can be seen) once it
/// answers, and the office's account once it resolves the item.
/// </summary>
public sealed record CorrectionItem(
    int Number,
    string Problem,
    string? Account,
    DateTimeOffset? ResolvedAt,
    string? Answer = null,
    string? AnswerUrl = null,
    DateTimeOffset? AnsweredAt = null)
{
    public bool Resolved => ResolvedAt is not null;

    public bool Answered => AnsweredAt is not null;
}
