using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Validation;

/// <summary>
/// Read → find the organization's report for the previous year → validate: the one path used by the validate
/// route, the queue worker and the CLI, so that all three apply the cross-year rules the same way.
/// </summary>
public sealed class ReportChecker(ReportValidator validator, IPreviousReports previousReports)
{
    public Task<ReportCheck> CheckAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        CheckAsync(ReportReader.Read(json.Span), cancellationToken);

    /// <summary>Checks a report already read (the HTTP intake reads it to answer malformed JSON at once).</summary>
    public async Task<ReportCheck> CheckAsync(ReadResult read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Report is not { } report)
            return new ReportCheck(read, read.Errors, null);
        // An invalid id is a finding of its own and names no stored report.
        var previous = OrganizationId.IsValid(report.Organization.Id)
            ? await previousReports.FindAsync(report.Organization.Id, report.Year - 1, cancellationToken)
            : null;
        return new ReportCheck(read, validator.Validate(report, previous?.Report), previous);
    }
}
