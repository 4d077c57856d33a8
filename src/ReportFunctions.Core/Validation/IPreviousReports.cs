namespace ReportFunctions.Core.Validation;

/// <summary>Where an organization's report for an earlier year comes from: the published store in the app, a file in the CLI.</summary>
public interface IPreviousReports
{
    /// <summary>The organization's current report for <paramref name="year"/>, or null when it has none.</summary>
    Task<PreviousReport?> FindAsync(string organizationId, int year, CancellationToken cancellationToken);
}
