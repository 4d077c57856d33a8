namespace ReportFunctions.Core.Model;

/// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
public sealed record ReviewsAndLitigation(Outcome Review, Outcome LitigationDirect, Outcome LitigationAfterReview);

/// <summary>结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计.</summary>
public sealed record Outcome(long Upheld, long Corrected, long Other, long Pending, long Total);
