using Azure.Data.Tables;
using ReportFunctions.Storage;

namespace ReportFunctions.Email;

/// <summary>
/// The EmailDeliveries table: one row per outbox e-mail id. "Sent" guards against sending a message twice when the
/// queue redelivers it after a successful send (the function or host died before the message was deleted);
/// failures keep their last error so the poison listing can say why.
/// </summary>
public sealed class EmailDeliveries(TableServiceClient tables, TimeProvider time)
{
    public const string Sent = "Sent";
    public const string Failed = "Failed";
    private const int MaxErrorLength = 2000;

    private readonly TableClient _table = tables.GetTableClient(StorageNames.EmailDeliveriesTable);

    public async Task<EmailDeliveryRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity)
            return null;
        return new EmailDeliveryRecord(
            id,
            entity.GetString("Status") ?? "",
            entity.GetInt64("Attempts") ?? 0,
            entity.GetString("LastError"),
            entity.GetDateTimeOffset("SentAt"));
    }

    public async Task<bool> WasSentAsync(string id, CancellationToken cancellationToken) =>
        (await GetAsync(id, cancellationToken))?.Status == Sent;

    public async Task MarkSentAsync(string id, long attempt, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(id, "") { ["Status"] = Sent, ["Attempts"] = attempt, ["SentAt"] = time.GetUtcNow() },
            TableUpdateMode.Merge, cancellationToken);

    public async Task RecordFailureAsync(string id, long attempt, string error, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(id, "")
            {
                ["Status"] = Failed,
                ["Attempts"] = attempt,
                ["LastError"] = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength],
                ["FailedAt"] = time.GetUtcNow(),
            },
            TableUpdateMode.Merge, cancellationToken);
}
