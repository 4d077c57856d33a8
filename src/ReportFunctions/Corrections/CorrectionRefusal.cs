namespace ReportFunctions.Corrections;

public enum CorrectionRefusal
{
    None,
    Invalid,
    NotFound,

    /// <summary>The request is well formed but the notice is no longer in a state that allows it.</summary>
    Conflict,
}
