namespace ReportFunctions.Corrections;

/// <summary>One problem of a correction notice and, once rectified, the organization's account of it (整改情况).</summary>
public sealed record CorrectionItem(int Number, string Problem, string? Account, DateTimeOffset? ResolvedAt)
{
    public bool Resolved => ResolvedAt is not null;
}
