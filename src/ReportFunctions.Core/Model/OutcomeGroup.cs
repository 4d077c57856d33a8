namespace ReportFunctions.Core.Model;

/// <summary>
/// One of the three outcome groups of table 四: 行政复议, or 行政诉讼 split into 未经复议直接起诉 and 复议后起诉.
/// </summary>
public sealed record OutcomeGroup(string Path, string Category, string? Subcategory, Func<ReviewsAndLitigation, Outcome> Select)
{
    /// <summary>The group as named in messages, e.g. "行政诉讼·复议后起诉".</summary>
    public string Label => Subcategory is null ? Category : $"{Category}·{Subcategory}";

    /// <summary>The dotted JSON path of one cell, e.g. "reviewsAndLitigation.review.total".</summary>
    public string CellPath(OutcomeColumn column) => $"{Path}.{column.Key}";
}
