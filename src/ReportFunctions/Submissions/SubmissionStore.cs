using Azure;
using Azure.Data.Tables;
using ReportFunctions.Storage;

namespace ReportFunctions.Submissions;

/// <summary>Status rows of submissions in Table storage.</summary>
public sealed class SubmissionStore(TableServiceClient tables)
{
    private readonly TableClient _table = tables.GetTableClient(StorageNames.SubmissionsTable);

    public async Task<SubmissionEntity?> GetAsync(string id, CancellationToken ct)
    {
        if (!IsValidId(id))
            return null;
        var row = await _table.GetEntityIfExistsAsync<SubmissionEntity>(id, SubmissionEntity.Row, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>
    /// Every submission in a status, oldest first. The table is keyed by submission id, so this scans it: fine for the
    /// few thousand submissions of a reporting season.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionEntity>> ListAsync(SubmissionStatus status, CancellationToken ct)
    {
        var rows = new List<SubmissionEntity>();
        await foreach (var row in _table.QueryAsync<SubmissionEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {SubmissionEntity.Row} and Status eq {status.ToString()}"), cancellationToken: ct))
            rows.Add(row);
        return rows.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every submission of a report year, in one query (the table is keyed by submission id).</summary>
    public Task<IReadOnlyList<SubmissionEntity>> ListForYearAsync(int year, CancellationToken ct) =>
        QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {SubmissionEntity.Row} and Year eq {year}"), ct);

    /// <summary>Every submission of one organization, in one query, newest first.</summary>
    public Task<IReadOnlyList<SubmissionEntity>> ListForOrganizationAsync(string organizationId, CancellationToken ct) =>
        QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {SubmissionEntity.Row} and OrganizationId eq {organizationId}"), ct);

    private async Task<IReadOnlyList<SubmissionEntity>> QueryAsync(string filter, CancellationToken ct)
    {
        var list = new List<SubmissionEntity>();
        await foreach (var row in _table.QueryAsync<SubmissionEntity>(filter, cancellationToken: ct))
            list.Add(row);
        return list.OrderByDescending(s => s.ReceivedAt).ToList();
    }

    /// <summary>Adds the row; a row already there (a retried request) is left as it is.</summary>
    public async Task AddIfMissingAsync(SubmissionEntity entity, CancellationToken ct)
    {
        try
        {
            await _table.AddEntityAsync(entity, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    /// <summary>Writes the row back if nobody changed it since it was read (412 otherwise).</summary>
    public async Task UpdateAsync(SubmissionEntity entity, CancellationToken ct)
    {
        var response = await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, ct);
        entity.ETag = response.Headers.ETag ?? entity.ETag;
    }

    /// <summary>
    /// Writes a final status. A concurrent write of the same row (a failed duplicate delivery recording its
    /// error) is merged and retried; false when another delivery already completed the submission.
    /// </summary>
    public async Task<bool> CompleteAsync(SubmissionEntity entity, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await UpdateAsync(entity, ct);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                var current = await GetAsync(entity.Id, ct);
                if (current is null || current.State != SubmissionStatus.Received)
                    return false;
                (entity.ETag, entity.Attempts) = (current.ETag, current.Attempts);
            }
        }
    }

    /// <summary>Ids are 32 hex digits; anything else cannot be a key and is simply unknown.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
