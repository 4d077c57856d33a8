namespace ReportFunctions.Core.Model;

/// <summary>结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计.</summary>
public sealed record Outcome(long Upheld, long Corrected, long Other, long Pending, long Total);
