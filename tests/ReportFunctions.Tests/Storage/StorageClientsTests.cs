using Microsoft.Extensions.Configuration;
using ReportFunctions.Storage;

namespace ReportFunctions.Tests.Storage;

public sealed class StorageClientsTests
{
    [Fact]
    public void Create_UsesTheIdentityBasedServiceUris_WhenThereIsNoConnectionString()
    {
        var clients = StorageClients.Create(Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://streports.blob.core.chinacloudapi.cn",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://streports.queue.core.chinacloudapi.cn",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://streports.table.core.chinacloudapi.cn",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal("streports.blob.core.chinacloudapi.cn", clients.Blobs.Uri.Host);
        Assert.Equal("streports.queue.core.chinacloudapi.cn", clients.Queues.Uri.Host);
        Assert.Equal("streports.table.core.chinacloudapi.cn", clients.Tables.Uri.Host);
    }

    [Fact]
    public void Create_BuildsEndpointsFromTheAccountName_AsTheHostDoes()
    {
        var clients = StorageClients.Create(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "streports" }));

        Assert.Equal("https://streports.blob.core.windows.net/", clients.Blobs.Uri.ToString());
    }

    [Fact]
    public void Create_FailsWithTheSettingsToSet_WhenStorageIsNotConfigured()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageClients.Create(Configuration(new())));

        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
