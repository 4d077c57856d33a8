namespace ReportFunctions.Core.Model;

/// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
public sealed record ReviewsAndLitigation(Outcome Review, Outcome LitigationDirect, Outcome LitigationAfterReview);
