using ReportFunctions.Core.Validation;

namespace ReportFunctions.Cli;

/// <summary>The report given with <c>--previous</c>: named explicitly, so it is used for its year whatever the id says.</summary>
internal sealed class PreviousReportFile(PreviousReport? previous) : IPreviousReports
{
    public Task<PreviousReport?> FindAsync(string organizationId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(previous?.Report.Year == year ? previous : null);
}
