using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Core.Validation;
using ReportFunctions.Email;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Storage;

namespace ReportFunctions.Corrections;

/// <summary>
/// Correction notices in the CorrectionNotices table: one partition (a county issues tens a quarter), one row per notice,
/// items as JSON in the row so answering or resolving an item and the notice's status change in one ETag-checked write.
/// Issuing a notice e-mails it to the organization at once, with the link to the page where it answers each item.
/// </summary>
public sealed class CorrectionNotices(
    TableServiceClient tables,
    OrganizationRegistry registry,
    EmailOutbox outbox,
    EmailSignatures signatures,
    ReportLocations locations,
    TimeProvider time,
    ILogger<CorrectionNotices> logger)
{
    public const int MaxItems = 50;
    public const int MaxProblemLength = 300;
    public const int MaxAccountLength = 500;
    public const int MaxUrlLength = 500;
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
        if (organization.Contacts.Count == 0)
        {
            logger.LogWarning("Correction notice {NoticeId} issued, but {OrganizationId} has no contacts to e-mail it to", notice.Id, organization.Id);
            return new CorrectionOutcome(notice);
        }
        var content = CorrectionMessages.Issued(notice, organization.Name, quarter.ChineseName,
            locations.CorrectionPageUrl(notice.Id, organization.Id), signatures.Today());
        await outbox.EnqueueAsync(new OutboxEmail($"correction-issued-{notice.Id}", organization.Contacts, [], content.Subject, content.Text, content.Html), ct);
        return new CorrectionOutcome(notice);
    }

    /// <summary>
    /// Stores the organization's answers (整改情况) to items that are not yet resolved; an item answered again keeps the
    /// newer answer. The caller has checked the organization's token; a notice of another organization is unknown here.
    /// </summary>
    public async Task<CorrectionOutcome> AnswerAsync(string id, string organizationId, IReadOnlyList<CorrectionAnswer?> answers, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: ct);
            if (!row.HasValue || row.Value is not { } entity || entity.GetString("OrganizationId") != organizationId)
                return CorrectionOutcome.NotFound($"整改通知“{id}”不存在。");
            var notice = FromEntity(entity);
            var errors = ValidateAnswers(notice, answers);
            if (errors.Count > 0)
                return new CorrectionOutcome(null, CorrectionRefusal.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);

            var now = time.GetUtcNow();
            var items = notice.Items.ToList();
            foreach (var answer in answers)
            {
                var url = answer!.Url?.Trim();
                items[answer.Number - 1] = items[answer.Number - 1] with
                {
                    Answer = answer.Text!.Trim(),
                    AnswerUrl = string.IsNullOrEmpty(url) ? null : url,
                    AnsweredAt = now,
                };
            }
            var updated = notice with { Items = items };
            try
            {
                await _table.UpdateEntityAsync(ToEntity(updated), entity.ETag, TableUpdateMode.Replace, ct);
                logger.LogInformation("Correction notice {NoticeId}: {Answered} items answered by {OrganizationId}", id, answers.Count, organizationId);
                return new CorrectionOutcome(updated);
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 5)
            {
                // The office resolved an item meanwhile: read again, so a resolved item is not answered over.
            }
        }
    }

    /// <summary>Every problem of the answers at once, each at its field ("items.{n}.text", "items.{n}.url"), in Chinese.</summary>
    public static IReadOnlyList<ValidationError> ValidateAnswers(CorrectionNotice notice, IReadOnlyList<CorrectionAnswer?> answers)
    {
        var errors = new List<ValidationError>();
        if (answers.Count == 0)
            errors.Add(Error("required", "items", "请至少填写一项整改情况。"));
        var seen = new HashSet<int>();
        foreach (var answer in answers)
        {
            if (answer is null || answer.Number < 1 || answer.Number > notice.Items.Count)
            {
                errors.Add(Error("range", "items", $"整改通知没有第{answer?.Number}项。"));
                continue;
            }
            var n = answer.Number;
            if (!seen.Add(n))
                errors.Add(Error("range", $"items.{n}", $"第{n}项的整改情况重复提交。"));
            else if (notice.Items[n - 1].Resolved)
                errors.Add(Error("conflict", $"items.{n}.text", $"第{n}项已由主管部门确认完成整改，不能再修改。"));
            var text = answer.Text?.Trim();
            if (string.IsNullOrEmpty(text))
                errors.Add(Error("required", $"items.{n}.text", $"请填写第{n}项的整改情况。"));
            else if (text.Length > MaxAccountLength)
                errors.Add(Error("range", $"items.{n}.text", $"第{n}项的整改情况不能超过{MaxAccountLength}个字符（现有{text.Length}个）。"));
            var url = answer.Url?.Trim();
            if (!string.IsNullOrEmpty(url) && (url.Length > MaxUrlLength
                || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                errors.Add(Error("range", $"items.{n}.url", $"第{n}项的网址“{Shorten(url)}”无效，应为以 http:// 或 https:// 开头的完整网址。"));
        }
        return errors;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static ValidationError Error(string code, string path, string message) => new(code, Severity.Error, path, message);

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

    /// <summary>The office confirms the item rectified; without an account of its own, the organization's answer is the account.</summary>
    public async Task<CorrectionOutcome> ResolveItemAsync(string id, int number, string? account, CancellationToken ct)
    {
        account = account?.Trim();
        if (account?.Length > MaxAccountLength)
            return CorrectionOutcome.Invalid($"整改情况（account）不能超过{MaxAccountLength}个字符。");
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

            var item = notice.Items[number - 1];
            var resolvedAccount = string.IsNullOrEmpty(account) ? item.Answer : account;
            if (resolvedAccount is null)
                return CorrectionOutcome.Invalid($"第{number}项尚未报送整改情况，请填写整改情况（account），不超过{MaxAccountLength}个字符。");
            var items = notice.Items.ToList();
            items[number - 1] = item with { Account = resolvedAccount, ResolvedAt = time.GetUtcNow() };
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
