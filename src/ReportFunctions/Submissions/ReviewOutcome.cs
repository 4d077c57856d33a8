namespace ReportFunctions.Submissions;

/// <summary>The submission after a review request, or why the request was refused (a Chinese message for the caller).</summary>
public sealed record ReviewOutcome(ReviewedSubmission? Submission, ReviewRefusal Refusal = ReviewRefusal.None, string? Message = null)
{
    public static ReviewOutcome Invalid(string message) => new(null, ReviewRefusal.Invalid, message);

    public static ReviewOutcome NotFound(string message) => new(null, ReviewRefusal.NotFound, message);

    public static ReviewOutcome Conflict(string message) => new(null, ReviewRefusal.Conflict, message);
}
