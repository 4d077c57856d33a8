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
        CheckAsync(ReportReader.Read(json.Span), CheckContext.None, cancellationToken);

    /// <summary>Reads and checks, with the deadline and receipt time the caller knows (rule <c>late</c>).</summary>
    public Task<ReportCheck> CheckAsync(ReadOnlyMemory<byte> json, CheckContext context, CancellationToken cancellationToken) =>
        CheckAsync(ReportReader.Read(json.Span), context, cancellationToken);

    /// <summary>Checks a report already read (the HTTP intake reads it to answer malformed JSON at once).</summary>
    public Task<ReportCheck> CheckAsync(ReadResult read, CancellationToken cancellationToken) =>
        CheckAsync(read, CheckContext.None, cancellationToken);

    /// <summary>Checks a report already read, with the deadline and receipt time the caller knows.</summary>
    public async Task<ReportCheck> CheckAsync(ReadResult read, CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(context);
        if (read.Report is not { } report)
            return new ReportCheck(read, read.Errors, null);
        // An invalid id is a finding of its own and names no stored report.
        var previous = OrganizationId.IsValid(report.Organization.Id)
            ? await previousReports.FindAsync(report.Organization.Id, report.Year - 1, cancellationToken)
            : null;
        var validation = new ValidationContext(previous, context.DeadlineFor(report.Year), context.ReceivedAt);
        return new ReportCheck(read, validator.Validate(report, validation), previous);
    }
}
