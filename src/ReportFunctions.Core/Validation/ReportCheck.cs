using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Validation;

/// <summary>What checking a report found: the reading, every finding, and the previous-year report compared with.</summary>
public sealed record ReportCheck(ReadResult Read, IReadOnlyList<ValidationError> Findings, PreviousReport? Previous)
{
    public Report? Report => Read.Report;

    /// <summary>True when the report could be read and no finding is an error (warnings allowed).</summary>
    public bool IsValid => Read.Report is not null && Findings.All(f => f.Severity != Severity.Error);
}
