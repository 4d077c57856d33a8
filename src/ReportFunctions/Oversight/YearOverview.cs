namespace ReportFunctions.Oversight;

/// <summary>The year table after filtering and sorting, and the counts over every active body (before filtering).</summary>
public sealed record YearOverview(
    YearOverviewQuery Query,
    DateOnly Today,
    IReadOnlyList<YearOverviewRow> Rows,
    int Total,
    IReadOnlyDictionary<ReportYearStatus, int> CountByStatus,
    int OverdueCount);
