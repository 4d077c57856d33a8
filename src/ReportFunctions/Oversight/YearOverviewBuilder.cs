using System.Globalization;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Corrections;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Reminders;
using ReportFunctions.Submissions;

namespace ReportFunctions.Oversight;

/// <summary>
/// Every active body's standing for one report year, from five table queries run together (registry, the year's
/// submissions, the year's published reports, open correction notices, the year's reminders): never one per body.
/// </summary>
public sealed class YearOverviewBuilder(
    OrganizationRegistry registry,
    SubmissionStore submissions,
    PublishedReportIndex published,
    CorrectionNotices corrections,
    ReminderLog reminders,
    TimeProvider time)
{
    public async Task<YearOverview> BuildAsync(YearOverviewQuery query, CancellationToken ct)
    {
        var year = query.Year;
        var organizationsRead = registry.ListAsync(ct);
        var submissionsRead = submissions.ListForYearAsync(year, ct);
        var publishedRead = published.ListAsync(year, ct);
        var noticesRead = corrections.ListAsync(null, null, CorrectionNotice.Open, ct);
        var remindersRead = reminders.ListQueuedAsync(ReminderKind.AnnualReport, year.ToString(CultureInfo.InvariantCulture), ct);
        await Task.WhenAll(organizationsRead, submissionsRead, publishedRead, noticesRead, remindersRead);

        // Lists come newest first, so the first of each body is its latest.
        var latest = submissionsRead.Result.GroupBy(s => s.OrganizationId).ToDictionary(g => g.Key, g => g.First());
        var reports = publishedRead.Result.ToDictionary(r => r.OrganizationId);
        var openItems = noticesRead.Result.GroupBy(n => n.OrganizationId).ToDictionary(g => g.Key, g => g.Sum(n => n.Items.Count(i => !i.Resolved)));
        var lastReminder = remindersRead.Result.GroupBy(r => r.Key.OrganizationId).ToDictionary(g => g.Key, g => g.First());
        var today = ChinaStandardTime.Today(time);

        var all = organizationsRead.Result.Where(o => o.Active).Select(o =>
        {
            var report = reports.GetValueOrDefault(o.Id);
            var status = ReportYearStatuses.Of(report?.Version ?? 0, report?.CorrectedAt, latest.GetValueOrDefault(o.Id)?.Status);
            var deadline = ReportDeadline.For(o.Kind, o.DeadlineOverride, year);
            return new YearOverviewRow(
                o, deadline, status,
                ReportYearStatuses.IsDone(status) ? null : deadline.DayNumber - today.DayNumber,
                report?.Version, report?.Url, lastReminder.GetValueOrDefault(o.Id), openItems.GetValueOrDefault(o.Id));
        }).ToList();

        var rows = all
            .Where(r => query.Kind is null || r.Organization.Kind == query.Kind)
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => !query.OverdueOnly || r.Overdue);
        return new YearOverview(
            query, today, Sort(rows, query).ToList(), all.Count,
            ReportYearStatuses.All.ToDictionary(s => s, s => all.Count(r => r.Status == s)),
            all.Count(r => r.Overdue));
    }

    private static IEnumerable<YearOverviewRow> Sort(IEnumerable<YearOverviewRow> rows, YearOverviewQuery query)
    {
        // Rows without a value (no version, no reminder, published: no days) sort last in either direction.
        IOrderedEnumerable<YearOverviewRow> sorted = query.Sort switch
        {
            YearSort.Name => By(rows, r => r.Organization.Name, query.Descending),
            YearSort.Kind => By(rows, r => r.Organization.Kind, query.Descending),
            YearSort.Status => By(rows, r => r.Status, query.Descending),
            YearSort.Days => ByPresent(rows, r => r.DaysLeft, query.Descending),
            YearSort.Version => ByPresent(rows, r => r.Version, query.Descending),
            YearSort.Reminder => ByPresent(rows, r => r.LastReminder?.QueuedAt, query.Descending),
            YearSort.Corrections => By(rows, r => r.OpenCorrectionItems, query.Descending),
            _ => By(rows, r => r.Deadline, query.Descending),
        };
        return sorted.ThenBy(r => r.Organization.Name, StringComparer.Ordinal).ThenBy(r => r.Organization.Id, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<YearOverviewRow> By<T>(IEnumerable<YearOverviewRow> rows, Func<YearOverviewRow, T> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private static IOrderedEnumerable<YearOverviewRow> ByPresent<T>(IEnumerable<YearOverviewRow> rows, Func<YearOverviewRow, T?> key, bool descending)
        where T : struct
    {
        var present = rows.OrderBy(r => key(r) is null);
        return descending ? present.ThenByDescending(key) : present.ThenBy(key);
    }
}
