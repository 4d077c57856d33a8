namespace ReportFunctions.Cli;

/// <summary>Process exit codes of <c>reportfunctions</c>.</summary>
public static class ExitCodes
{
    /// <summary>No errors (warnings allowed); for render, the files were written.</summary>
    public const int Ok = 0;

    /// <summary>The report has errors; render wrote nothing.</summary>
    public const int ReportErrors = 1;

    /// <summary>Bad usage, or the file cannot be read or is not a report (malformed JSON included).</summary>
    public const int Unusable = 2;

    /// <summary>Rendering or another internal step failed on a usable report: a defect of this program, not of the report.</summary>
    public const int Failed = 3;
}
