using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace ReportFunctions.Storage;

/// <summary>
/// Builds the storage clients from the setting the Functions host itself uses, `AzureWebJobsStorage`: a
/// connection string (Azurite, local), or identity-based `AzureWebJobsStorage__blobServiceUri` /
/// `__queueServiceUri` / `__tableServiceUri` (or `__accountName`) with `__clientId` for a user-assigned
/// managed identity (https://learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity).
/// </summary>
internal sealed class StorageClients
{
    public const string Setting = "AzureWebJobsStorage";

    private StorageClients(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables)
    {
        Blobs = blobs;
        Queues = queues;
        Tables = tables;
    }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    // The Functions host reads and writes queue messages as Base64; plain text would be poison to it.
    private static QueueClientOptions QueueOptions => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public static StorageClients Create(IConfiguration configuration)
    {
        var connectionString = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageClients(
                new BlobServiceClient(connectionString),
                new QueueServiceClient(connectionString, QueueOptions),
                new TableServiceClient(connectionString));
        }

        var section = configuration.GetSection(Setting);
        var credential = CreateCredential(section["credential"], section["clientId"]);
        return new StorageClients(
            new BlobServiceClient(ServiceUri(section, "blob"), credential),
            new QueueServiceClient(ServiceUri(section, "queue"), credential, QueueOptions),
            new TableServiceClient(ServiceUri(section, "table"), credential));
    }

    private static TokenCredential CreateCredential(string? credential, string? clientId)
    {
        if (!string.IsNullOrWhiteSpace(clientId))
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        if (string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
            return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        return new DefaultAzureCredential();
    }

    private static Uri ServiceUri(IConfigurationSection section, string service)
    {
        var uri = section[$"{service}ServiceUri"];
        if (!string.IsNullOrWhiteSpace(uri))
            return new Uri(uri);
        var account = section["accountName"];
        if (!string.IsNullOrWhiteSpace(account))
            return new Uri($"https://{account}.{service}.core.windows.net");
        throw new InvalidOperationException(
            $"Storage is not configured: set {Setting} to a connection string, or {Setting}__{service}ServiceUri (with {Setting}__clientId for a user-assigned identity).");
    }
}
