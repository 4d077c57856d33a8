using System.Text.Json;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Reminders;
using ReportFunctions.Submissions;

namespace ReportFunctions.Oversight;

/// <summary>
/// One body's page: one query each for its submissions, notices and reminders, a point read per report year it
/// submitted for, and a point read per e-mail it was sent (the ids are derived, as their senders derive them).
/// </summary>
public sealed class BodyViewBuilder(
    OrganizationRegistry registry,
    SubmissionStore submissions,
    PublishedReportIndex published,
    CorrectionNotices corrections,
    ReminderLog reminders,
    EmailDeliveries deliveries)
{
    public async Task<BodyView?> BuildAsync(string organizationId, CancellationToken ct)
    {
        var organization = await registry.GetAsync(organizationId, ct);
        if (organization is null)
            return null;
        var submissionsRead = submissions.ListForOrganizationAsync(organization.Id, ct);
        var noticesRead = corrections.ListAsync(organization.Id, null, null, ct);
        var remindersRead = reminders.ListQueuedAsync(organization.Id, ct);
        await Task.WhenAll(submissionsRead, noticesRead, remindersRead);

        var rows = submissionsRead.Result;
        var years = rows.Select(s => s.Year).Distinct().OrderDescending().ToList();
        var publishedRows = await Task.WhenAll(years.Select(y => published.GetAsync(y, organization.Id, ct)));
        var bodyYears = years.Select((year, i) =>
        {
            var row = publishedRows[i];
            var latest = rows.First(s => s.Year == year);
            return new BodyYear(year, ReportYearStatuses.Of(row?.Version ?? 0, row?.CorrectedAt, latest.Status), row is { Version: > 0 } ? row : null);
        }).ToList();

        var emails = new List<BodyEmail>();
        foreach (var reminder in remindersRead.Result)
            emails.Add(new BodyEmail(reminder.EmailId, ReminderText(reminder.Key), reminder.QueuedAt, null));
        foreach (var row in rows)
        {
            // The ids SubmissionNotifier gives its outcome e-mails.
            if (row.State == SubmissionStatus.Published && row.Version is { } version)
                emails.Add(new BodyEmail($"published-{organization.Id}-{row.Year}-v{version}", $"{row.Year}年度报告第{version}版发布通知", row.CompletedAt, null));
            else if (row.State == SubmissionStatus.Rejected)
                emails.Add(new BodyEmail($"rejected-{row.Id}", $"{row.Year}年度报告未通过校验通知", row.CompletedAt, null));
        }
        var records = (await deliveries.GetManyAsync(emails.Select(e => e.Id), ct)).ToDictionary(r => r.Id);
        var withDelivery = emails
            .Select(e => e with { Delivery = records.GetValueOrDefault(e.Id) })
            .OrderByDescending(e => e.Delivery?.SentAt ?? e.QueuedAt)
            .ToList();

        return new BodyView(
            organization,
            bodyYears,
            rows.Select(r => new BodySubmission(r, Findings(r))).ToList(),
            withDelivery,
            noticesRead.Result.OrderByDescending(n => n.IssuedAt).ToList());
    }

    private static IReadOnlyList<ErrorItem> Findings(SubmissionEntity row) =>
        row.Errors is null ? [] : JsonSerializer.Deserialize(row.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem) ?? [];

    /// <summary>What a reminder was about, in Chinese: "2025年度报告催报（截止前7天）".</summary>
    public static string ReminderText(ReminderKey key)
    {
        var stage = key.Stage switch
        {
            "due" => "截止当日",
            "start" => "季度开始",
            var s when s.StartsWith("before-", StringComparison.Ordinal) => $"截止前{s["before-".Length..]}天",
            var s when s.StartsWith("overdue-", StringComparison.Ordinal) => $"逾期{s["overdue-".Length..]}天",
            var s => s,
        };
        return key.Kind switch
        {
            ReminderKind.AnnualReport => $"{key.Period}年度报告催报（{stage}）",
            ReminderKind.Correction => $"整改通知{key.Period}提醒（{stage}）",
            _ => $"{key.Period}季度检查提醒",
        };
    }
}
