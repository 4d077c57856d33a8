namespace ReportFunctions.Submissions;

/// <summary>Review before publication (先备案后公布), `Review__RequiredByDefault` in the environment.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>Whether organizations without a setting of their own (RequiresReview null) wait for review; off, so
    /// that a valid report is published at once unless the office asks for review.</summary>
    public bool RequiredByDefault { get; init; }
}
