using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation;

/// <summary>
/// What a report is checked against besides itself: last year's published report (cross-year rules), the body's
/// deadline from the registry and when the report was received (<c>late</c>). Every part is optional; a rule
/// whose input is missing finds nothing.
/// </summary>
/// <param name="Previous">The body's report for year − 1 and the version it is, e.g. "2020年度报告第2版".</param>
/// <param name="Deadline">The body's deadline for this report (<see cref="Calendar.ReportDeadline"/>: kind and local override).</param>
/// <param name="ReceivedAt">When the submission arrived; stands in for a signature date when there is none.</param>
public sealed record ValidationContext(PreviousReport? Previous = null, DateOnly? Deadline = null, DateTimeOffset? ReceivedAt = null)
{
    public static ValidationContext None { get; } = new();

    /// <summary>Last year's report, if any.</summary>
    public Report? PreviousYear => Previous?.Report;

    /// <summary>A context with only last year's report, named "&lt;year&gt;年度报告" when no version is known.</summary>
    public static ValidationContext WithPrevious(Report? previousYear) =>
        previousYear is null ? None : new(new PreviousReport(previousYear, $"{previousYear.Year}年度报告"));
}
