namespace ReportFunctions.Tests.Fixtures;

/// <summary>
/// One Azurite (blob, queue, table) per test run, in memory, on free ports. Started from the repository's
/// node_modules (npm ci); fails loudly when it cannot start, so storage tests are never silently skipped.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>A connection string for all three services, usable as the AzureWebJobsStorage setting.</summary>
    public string ConnectionString =>
        (_azurite ?? throw new InvalidOperationException("Azurite has not been started.")).ConnectionString;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public Task DisposeAsync()
    {
        _azurite?.Dispose();
        return Task.CompletedTask;
    }
}
