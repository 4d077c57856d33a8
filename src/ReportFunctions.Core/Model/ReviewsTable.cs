namespace ReportFunctions.Core.Model;

/// <summary>
/// Table 四 (政府信息公开行政复议、行政诉讼情况) as the format prints it: one row of 15 cells, three groups of
/// five columns. Shared by the validator's messages and the PDF template.
/// </summary>
public static class ReviewsTable
{
    public const string Heading = "四、政府信息公开行政复议、行政诉讼情况";

    public const string Review = "行政复议";

    public const string Litigation = "行政诉讼";

    /// <summary>结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计.</summary>
    public static IReadOnlyList<OutcomeColumn> Columns { get; } =
    [
        new("upheld", "结果维持", o => o.Upheld),
        new("corrected", "结果纠正", o => o.Corrected),
        new("other", "其他结果", o => o.Other),
        new("pending", "尚未审结", o => o.Pending),
        new("total", "总计", o => o.Total),
    ];

    /// <summary>The groups in printed order, left to right.</summary>
    public static IReadOnlyList<OutcomeGroup> Groups { get; } =
    [
        new("reviewsAndLitigation.review", Review, null, r => r.Review),
        new("reviewsAndLitigation.litigationDirect", Litigation, "未经复议直接起诉", r => r.LitigationDirect),
        new("reviewsAndLitigation.litigationAfterReview", Litigation, "复议后起诉", r => r.LitigationAfterReview),
    ];
}
