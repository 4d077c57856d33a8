using ReportFunctions.Submissions;

namespace ReportFunctions.Oversight;

/// <summary>The one mapping from what storage holds about a body's year to its status and the status's Chinese name.</summary>
public static class ReportYearStatuses
{
    public static IReadOnlyList<ReportYearStatus> All { get; } = Enum.GetValues<ReportYearStatus>();

    /// <param name="publishedVersion">The version at the stable URL, 0 when none is published.</param>
    /// <param name="latestSubmissionStatus">The status row of the body's latest submission for the year (a name, so states
    /// added to <see cref="SubmissionStatus"/> map here by name), or null without any.</param>
    public static ReportYearStatus Of(int publishedVersion, DateTimeOffset? correctedAt, string? latestSubmissionStatus)
    {
        if (publishedVersion > 0)
            return publishedVersion > 1 || correctedAt is not null ? ReportYearStatus.Corrected : ReportYearStatus.Published;
        return latestSubmissionStatus switch
        {
            null => ReportYearStatus.NotSubmitted,
            nameof(SubmissionStatus.Rejected) => ReportYearStatus.Rejected,
            "Returned" => ReportYearStatus.Returned,
            // Received (being checked), AwaitingReview, and Failed (the office has to look at it) all wait on someone.
            _ => ReportYearStatus.AwaitingReview,
        };
    }

    public static string Chinese(ReportYearStatus status) => status switch
    {
        ReportYearStatus.NotSubmitted => "未报送",
        ReportYearStatus.AwaitingReview => "已报送待审核",
        ReportYearStatus.Returned => "已退回",
        ReportYearStatus.Rejected => "未通过校验",
        ReportYearStatus.Published => "已发布",
        ReportYearStatus.Corrected => "已更正",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Published or corrected: nothing more is owed for the year.</summary>
    public static bool IsDone(ReportYearStatus status) => status is ReportYearStatus.Published or ReportYearStatus.Corrected;
}
