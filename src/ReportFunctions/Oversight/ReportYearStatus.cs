namespace ReportFunctions.Oversight;

/// <summary>Where a body stands with its report for one year, as the supervising office sees it.</summary>
public enum ReportYearStatus
{
    NotSubmitted,
    /// <summary>Submitted and not yet decided: being checked now, or waiting for the office's review.</summary>
    AwaitingReview,
    /// <summary>Sent back by the reviewer.</summary>
    Returned,
    /// <summary>The checks found errors; nothing published.</summary>
    Rejected,
    Published,
    /// <summary>Published, then corrected by a later version.</summary>
    Corrected,
}
