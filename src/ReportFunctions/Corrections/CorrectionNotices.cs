using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Organizations;
using ReportFunctions.Storage;

namespace ReportFunctions.Corrections;

/// <summary>
/// Correction notices in the CorrectionNotices table: one partition (a county issues tens a quarter), one row per notice,
/// items as JSON in the row so resolving an item and the notice's status change in one ETag-checked write.
/// </summary>
public sealed class CorrectionNotices(TableServiceClient tables, OrganizationRegistry registry, TimeProvider time)
{
    public const int MaxItems = 50;
    public const int MaxProblemLength = 300;
    public const int MaxAccountLength = 500;
    private const string Partition = "notice";

    private readonly TableClient _table = tables.GetTableClient(StorageNames.CorrectionNoticesTable);

    public async Task<CorrectionOutcome> IssueAsync(IssueCorrectionNoticeRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Organization))
            return CorrectionOutcome.Invalid("缺少机构标识（organization）。");
        if (!ReportingQuarter.TryParse(request.Quarter, out var quarter))
            return CorrectionOutcome.Invalid($"季度“{request.Quarter}”无效，应为“2026Q3”格式。");
        if (!DateOnly.TryParseExact(request.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueDate))
            return CorrectionOutcome.Invalid($"整改期限“{request.DueDate}”无效，应为“2026-10-15”格式的日期。");
        if (dueDate < quarter.Start)
            return CorrectionOutcome.Invalid($"整改期限{ChineseDate.Format(dueDate)}早于{quarter.ChineseName}开始日期。");
        var problems = (request.Items ?? []).Select(p => p?.Trim() ?? "").ToList();
        if (problems.Count == 0)
            return CorrectionOutcome.Invalid("整改通知至少应列出一个问题（items）。");
        if (problems.Count > MaxItems)
            return CorrectionOutcome.Invalid($"一份整改通知最多列出{MaxItems}个问题。");
        var bad = problems.FindIndex(p => p.Length == 0 || p.Length > MaxProblemLength);
        if (bad >= 0)
            return CorrectionOutcome.Invalid($"第{bad + 1}个问题为空或超过{MaxProblemLength}个字符。");
        var organization = await registry.GetAsync(request.Organization, ct);
        if (organization is null)
            return CorrectionOutcome.NotFound($"机构“{request.Organization}”未登记。");
        if (!organization.Active)
            return CorrectionOutcome.Invalid($"机构“{organization.Name}”已停用，不能下发整改通知。");

        var notice = new CorrectionNotice(
            $"{quarter}-{organization.Id}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            organization.Id,
            quarter.ToString(),
            dueDate,
            time.GetUtcNow(),
            problems.Select((p, i) => new CorrectionItem(i + 1, p, null, null)).ToList());
        await _table.AddEntityAsync(ToEntity(notice), ct);
        return new CorrectionOutcome(notice);
    }

    public async Task<CorrectionNotice?> GetAsync(string id, CancellationToken ct)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: ct);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>Notices filtered by organization, quarter and status ("open" | "resolved"); null means any.</summary>
    public async Task<IReadOnlyList<CorrectionNotice>> ListAsync(string? organizationId, string? quarter, string? status, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (organizationId is not null)
            filter += " and " + TableClient.CreateQueryFilter($"OrganizationId eq {organizationId}");
        if (quarter is not null)
            filter += " and " + TableClient.CreateQueryFilter($"Quarter eq {quarter}");
        if (status is not null)
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {status}");
        var notices = new List<CorrectionNotice>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            notices.Add(FromEntity(entity));
        return notices.OrderBy(n => n.DueDate).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<CorrectionOutcome> ResolveItemAsync(string id, int number, string? account, CancellationToken ct)
    {
        account = account?.Trim();
        if (string.IsNullOrEmpty(account) || account.Length > MaxAccountLength)
            return CorrectionOutcome.Invalid($"请填写整改情况（account），不超过{MaxAccountLength}个字符。");
        // Two items of one notice resolved at the same moment: the ETag makes the second write retry on fresh data.
        for (var attempt = 1; ; attempt++)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: ct);
            if (!row.HasValue || row.Value is not { } entity)
                return CorrectionOutcome.NotFound($"整改通知“{id}”不存在。");
            var notice = FromEntity(entity);
            if (number < 1 || number > notice.Items.Count)
                return CorrectionOutcome.NotFound($"整改通知“{id}”没有第{number}项。");
            if (notice.Items[number - 1].Resolved)
                return CorrectionOutcome.Conflict($"整改通知“{id}”第{number}项已标记为完成整改。");

            var items = notice.Items.ToList();
            items[number - 1] = items[number - 1] with { Account = account, ResolvedAt = time.GetUtcNow() };
            var updated = notice with { Items = items };
            try
            {
                await _table.UpdateEntityAsync(ToEntity(updated), entity.ETag, TableUpdateMode.Replace, ct);
                return new CorrectionOutcome(updated);
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 5)
            {
                // Someone changed the notice since it was read: read it again and reapply this item.
            }
        }
    }

    private static TableEntity ToEntity(CorrectionNotice notice) => new(Partition, notice.Id)
    {
        ["OrganizationId"] = notice.OrganizationId,
        ["Quarter"] = notice.Quarter,
        ["DueDate"] = notice.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["IssuedAt"] = notice.IssuedAt,
        ["Status"] = notice.Status,
        ["Items"] = JsonSerializer.Serialize(notice.Items, CorrectionJsonContext.Web.IReadOnlyListCorrectionItem),
    };

    private static CorrectionNotice FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("OrganizationId"),
        entity.GetString("Quarter"),
        DateOnly.ParseExact(entity.GetString("DueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        entity.GetDateTimeOffset("IssuedAt") ?? DateTimeOffset.MinValue,
        JsonSerializer.Deserialize(entity.GetString("Items"), CorrectionJsonContext.Web.IReadOnlyListCorrectionItem) ?? []);
}
