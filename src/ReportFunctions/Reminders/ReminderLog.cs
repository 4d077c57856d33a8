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

    /// <summary>Reminders queued for one kind and period (e.g. the annual report of 2025), every organization, in one query.</summary>
    public async Task<IReadOnlyList<SentReminder>> ListQueuedAsync(ReminderKind kind, string period, CancellationToken cancellationToken)
    {
        // Row keys are "{kind}:{period}:{stage}": one range of row keys across all partitions.
        var prefix = $"{kind}:{period}:";
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix[..^1] + ";"} and Status eq {Queued}");
        return await QueryAsync(filter, cancellationToken);
    }

    /// <summary>Every reminder queued for one organization.</summary>
    public async Task<IReadOnlyList<SentReminder>> ListQueuedAsync(string organizationId, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {organizationId} and Status eq {Queued}"), cancellationToken);

    private async Task<IReadOnlyList<SentReminder>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<SentReminder>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var parts = row.RowKey.Split(':');
            if (parts.Length == 3 && Enum.TryParse<ReminderKind>(parts[0], out var kind) && row.GetDateTimeOffset("QueuedAt") is { } queuedAt)
                list.Add(new SentReminder(new ReminderKey(row.PartitionKey, kind, parts[1], parts[2]), row.GetString("EmailId") ?? "", queuedAt));
        }
        return list.OrderByDescending(r => r.QueuedAt).ToList();
    }

    public async Task MarkQueuedAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = Keys(key);
        await _table.UpdateEntityAsync(
            new TableEntity(partitionKey, rowKey) { ["Status"] = Queued, ["QueuedAt"] = time.GetUtcNow() },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}
