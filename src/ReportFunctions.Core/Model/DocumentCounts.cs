namespace ReportFunctions.Core.Model;

/// <summary>本年制发件数 / 本年废止件数 / 现行有效件数.</summary>
public sealed record DocumentCounts(long Issued, long Repealed, long InForce);
