namespace ReportFunctions.Submissions;

public enum ReviewRefusal
{
    None,
    Invalid,
    NotFound,

    /// <summary>The submission is not (or no longer) waiting for review.</summary>
    Conflict,
}
