using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Storage;

namespace ReportFunctions.Organizations;

/// <summary>The organizations allowed to submit, in Table storage, with their submission tokens stored only as salted hashes.</summary>
public sealed class OrganizationRegistry(TableServiceClient tables)
{
    // Entity group transactions take at most 100 entities.
    private const int MaxBatch = 100;

    private readonly TableClient _table = tables.GetTableClient(StorageNames.OrganizationsTable);

    public async Task<OrganizationRecord?> GetAsync(string id, CancellationToken ct)
    {
        if (!OrganizationId.IsValid(id))
            return null;
        var row = await _table.GetEntityIfExistsAsync<OrganizationEntity>(OrganizationEntity.Partition, id, cancellationToken: ct);
        return row.HasValue ? row.Value!.ToRecord() : null;
    }

    public async Task<IReadOnlyList<OrganizationRecord>> ListAsync(CancellationToken ct)
    {
        var list = new List<OrganizationRecord>();
        await foreach (var row in _table.QueryAsync<OrganizationEntity>(e => e.PartitionKey == OrganizationEntity.Partition, cancellationToken: ct))
            list.Add(row.ToRecord());
        return list;
    }

    public async Task UpsertAsync(OrganizationRecord organization, CancellationToken ct)
    {
        OrganizationValidation.ThrowIfInvalid(organization);
        await _table.UpsertEntityAsync(OrganizationEntity.From(organization), TableUpdateMode.Replace, ct);
    }

    /// <summary>
    /// Registers or replaces every organization, all or nothing: all are validated first, and each batch of
    /// up to 100 is one table transaction (a larger import is atomic per batch of 100, the service's limit).
    /// </summary>
    public async Task ImportAsync(IReadOnlyList<OrganizationRecord> organizations, CancellationToken ct)
    {
        foreach (var organization in organizations)
            OrganizationValidation.ThrowIfInvalid(organization);
        var duplicate = organizations.GroupBy(o => o.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"机构标识“{duplicate.Key}”重复。", nameof(organizations));
        foreach (var batch in organizations.Chunk(MaxBatch))
        {
            var actions = batch.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace, OrganizationEntity.From(o)));
            await _table.SubmitTransactionAsync(actions, ct);
        }
    }

    /// <summary>Issues (or rotates) the organization's submission token; only its salted hash is kept.</summary>
    public async Task<string> IssueTokenAsync(string id, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is null)
            throw new KeyNotFoundException($"Organization {id} is not registered.");
        // "{id}.{secret}": the token names its organization, so a submission can be refused before its body is parsed.
        var token = $"{id}{TokenSeparator}{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var salt = RandomNumberGenerator.GetBytes(16);
        await _table.UpsertEntityAsync(
            new OrganizationTokenEntity { RowKey = id, Salt = salt, Hash = Hash(salt, token) },
            TableUpdateMode.Replace,
            ct);
        return token;
    }

    /// <summary>The organization a token names ("{id}.{secret}"), or null for a token issued before tokens named it.</summary>
    public static string? OrganizationOf(string token)
    {
        var separator = token.IndexOf(TokenSeparator, StringComparison.Ordinal);
        return separator > 0 && OrganizationId.IsValid(token[..separator]) ? token[..separator] : null;
    }

    /// <summary>True only for a registered, active organization and its current token.</summary>
    public async Task<bool> VerifyTokenAsync(string id, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || !OrganizationId.IsValid(id))
            return false;
        var organizationRead = _table.GetEntityIfExistsAsync<OrganizationEntity>(OrganizationEntity.Partition, id, cancellationToken: ct);
        var storedRead = _table.GetEntityIfExistsAsync<OrganizationTokenEntity>(OrganizationTokenEntity.Partition, id, cancellationToken: ct);
        var (organization, stored) = (await organizationRead, await storedRead);
        if (!organization.HasValue || !organization.Value!.Active || !stored.HasValue)
            return false;
        return CryptographicOperations.FixedTimeEquals(Hash(stored.Value!.Salt, token), stored.Value.Hash);
    }

    // The token is 256 random bits, not a password: a salted SHA-256 is enough (a slow KDF such as PBKDF2
    // protects low-entropy secrets and would cost every submission tens of milliseconds of CPU).
    private const char TokenSeparator = '.';

    internal static byte[] Hash(byte[] salt, string token)
    {
        var tokenBytes = Encoding.UTF8.GetBytes(token);
        var input = new byte[salt.Length + tokenBytes.Length];
        salt.CopyTo(input, 0);
        tokenBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
