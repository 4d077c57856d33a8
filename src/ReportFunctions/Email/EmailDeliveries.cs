using Azure;
using Azure.Data.Tables;
using ReportFunctions.Storage;

namespace ReportFunctions.Email;

/// <summary>
/// The EmailDeliveries table: one row per outbox e-mail id. "Sent" guards against sending a message twice when the
/// queue redelivers it after a successful send (the function or host died before the message was deleted);
/// "Sending", a claim with a lease written under the row's ETag, guards against two copies of one e-mail (a
/// redelivered submission notifies again) being sent by two concurrent invocations. Failures keep their last
/// error so the poison listing can say why.
/// </summary>
public sealed class EmailDeliveries(TableServiceClient tables, TimeProvider time)
{
    public const string Sent = "Sent";
    public const string Sending = "Sending";
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

    /// <summary>The records of these e-mail ids (point reads in parallel); ids without a record are left out.</summary>
    public async Task<IReadOnlyList<EmailDeliveryRecord>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await Task.WhenAll(ids.Distinct().Select(id => GetAsync(id, cancellationToken)));
        return records.OfType<EmailDeliveryRecord>().ToList();
    }

    /// <summary>
    /// Claims an id for one sender until <paramref name="lease"/> has passed. Read and write are one
    /// conditional step (insert, or update under the ETag read), so of two concurrent claims exactly one wins.
    /// An expired claim (its sender died mid-send) is taken over; a failure releases the claim.
    /// </summary>
    public async Task<DeliveryClaim> ClaimAsync(string id, long attempt, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = new TableEntity(id, "") { ["Status"] = Sending, ["Attempts"] = attempt, ["ClaimedUntil"] = now + lease };
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        try
        {
            if (!row.HasValue || row.Value is not { } entity)
            {
                await _table.AddEntityAsync(claim, cancellationToken);
                return DeliveryClaim.Claimed;
            }

            var status = entity.GetString("Status");
            if (status == Sent)
                return DeliveryClaim.AlreadySent;
            if (status == Sending && entity.GetDateTimeOffset("ClaimedUntil") > now)
                return DeliveryClaim.HeldByAnother;
            await _table.UpdateEntityAsync(claim, entity.ETag, TableUpdateMode.Merge, cancellationToken);
            return DeliveryClaim.Claimed;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another invocation wrote the row between this read and this write: its claim (or send) stands.
            return DeliveryClaim.HeldByAnother;
        }
    }

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
