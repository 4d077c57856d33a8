namespace ReportFunctions.Corrections;

public enum CorrectionRefusal
{
    None,
    Invalid,
    NotFound,
}
