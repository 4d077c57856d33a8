using Azure;
using Azure.Data.Tables;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Storage;

namespace ReportFunctions.Reminders;

/// <summary>
/// The ReminderLog table, one row per (organization, kind, period, stage). A run claims a reminder by inserting its
/// row (insert-if-absent: 409 means another run has it) before the e-mail is queued, so a timer that fires twice or
/// a catch-up run queues nothing twice. A row left "Claimed" by a run that died before queueing is reclaimed after
/// <see cref="StaleClaim"/>; the e-mail id is the same, so the sender's guard still sends it at most once.
/// </summary>
public sealed class ReminderLog(TableServiceClient tables, TimeProvider time)
{
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);
    private const string Claimed = "Claimed";
    private const string Queued = "Queued";

    private readonly TableClient _table = tables.GetTableClient(StorageNames.ReminderLogTable);

    public static (string PartitionKey, string RowKey) Keys(ReminderKey key) =>
        (key.OrganizationId, $"{key.Kind}:{key.Period}:{key.Stage}");

    public async Task<bool> TryClaimAsync(ReminderKey key, string emailId, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = Keys(key);
        var now = time.GetUtcNow();
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(partitionKey, rowKey) { ["Status"] = Claimed, ["EmailId"] = emailId, ["ClaimedAt"] = now },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await _table.GetEntityAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("Status") != Claimed || existing.GetDateTimeOffset("ClaimedAt") > now - StaleClaim)
                return false;
            try
            {
                // The ETag makes the reclaim itself insert-if-unchanged: of two catch-up runs, one wins.
                await _table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["ClaimedAt"] = now },
                    existing.ETag, TableUpdateMode.Merge, cancellationToken);
                return true;
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return false;
            }
        }
    }

    public async Task MarkQueuedAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = Keys(key);
        await _table.UpdateEntityAsync(
            new TableEntity(partitionKey, rowKey) { ["Status"] = Queued, ["QueuedAt"] = time.GetUtcNow() },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}
