using System.Globalization;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Reminders;

/// <summary>
/// Decides which reminders are due on a day in China Standard Time. Pure: the same inputs give the same plan, and
/// the ReminderLog, not the planner, makes sure a reminder goes out once.
/// </summary>
/// <remarks>
/// Each rule has stages; on any day the planner returns the latest stage whose date has come, so a timer that
/// missed a day catches up with the stage it missed (the message states the real days left or overdue) and a run
/// repeated on the same day returns the same keys.
/// </remarks>
public static class ReminderPlanner
{
    private static readonly int[] AnnualDaysBefore = [14, 7, 3, 1, 0];
    private static readonly int[] CorrectionDaysBefore = [7, 1];
    private const int OverdueInterval = 7;

    /// <summary>How long after the first day of a quarter a missed quarterly-check reminder is still sent.</summary>
    private const int QuarterStartCatchUpDays = 7;

    public static IReadOnlyList<PlannedReminder> Plan(
        IReadOnlyList<OrganizationRecord> organizations,
        IReadOnlySet<(string OrganizationId, int Year)> published,
        IReadOnlyList<OpenNotice> notices,
        DateOnly today)
    {
        var plan = new List<PlannedReminder>();
        var active = organizations.Where(o => o.Active).ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var organization in active.Values.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            if (AnnualReport(organization, published, today) is { } annual)
            {
                plan.Add(annual);
            }
        }

        foreach (var notice in notices.OrderBy(n => n.OrganizationId, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            if (notice.OpenItems.Count > 0 && active.TryGetValue(notice.OrganizationId, out var organization)
                && Correction(organization, notice, today) is { } correction)
            {
                plan.Add(correction);
            }
        }

        var quarter = ReportingQuarter.Of(today);
        if (today.DayNumber - quarter.Start.DayNumber < QuarterStartCatchUpDays)
        {
            plan.AddRange(active.Values.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => new PlannedReminder(
                new ReminderKey(o.Id, ReminderKind.QuarterlyCheck, quarter.ToString(), "start"),
                o, quarter.Start, quarter.Start.DayNumber - today.DayNumber, null, null, quarter, o.Contacts, [])));
        }

        return plan;
    }

    private static PlannedReminder? AnnualReport(
        OrganizationRecord organization, IReadOnlySet<(string, int)> published, DateOnly today)
    {
        // The reminder cycle for report year Y runs from 14 days before its deadline until the cycle for Y+1 starts,
        // so an early local deadline (e.g. "01-10", whose first reminder falls in December) and a long-overdue report
        // are both covered, and only one report year is chased at a time.
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            var deadline = ReportDeadline.For(organization.Kind, organization.DeadlineOverride, year);
            var next = ReportDeadline.For(organization.Kind, organization.DeadlineOverride, year + 1);
            if (today < deadline.AddDays(-AnnualDaysBefore[0]) || today >= next.AddDays(-AnnualDaysBefore[0]))
            {
                continue;
            }

            if (published.Contains((organization.Id, year)))
            {
                return null;
            }

            var daysLeft = deadline.DayNumber - today.DayNumber;
            var stage = Stage(AnnualDaysBefore, daysLeft);
            if (stage is null)
            {
                return null;
            }

            var cc = organization.SupervisorEmail is { Length: > 0 } supervisor ? new[] { supervisor } : [];
            return new PlannedReminder(
                new ReminderKey(organization.Id, ReminderKind.AnnualReport, year.ToString(CultureInfo.InvariantCulture), stage),
                organization, deadline, daysLeft, year, null, null, organization.Contacts, cc);
        }

        return null;
    }

    private static PlannedReminder? Correction(OrganizationRecord organization, OpenNotice notice, DateOnly today)
    {
        var daysLeft = notice.DueDate.DayNumber - today.DayNumber;
        var stage = Stage(CorrectionDaysBefore, daysLeft);
        return stage is null
            ? null
            : new PlannedReminder(
                new ReminderKey(organization.Id, ReminderKind.Correction, notice.Id, stage),
                organization, notice.DueDate, daysLeft, null, notice, notice.Quarter, organization.Contacts, []);
    }

    /// <summary>
    /// The latest stage whose day has come: "before-N" (or "due" for N = 0) for the smallest N ≥ days left, which
    /// stays current for the first overdue week; then "overdue-7k" after 7k days.
    /// </summary>
    private static string? Stage(int[] daysBefore, int daysLeft)
    {
        if (daysLeft > daysBefore[0])
        {
            return null;
        }

        var overdue = -daysLeft;
        if (overdue >= OverdueInterval)
        {
            return $"overdue-{overdue / OverdueInterval * OverdueInterval}";
        }

        var stage = daysBefore.Where(d => d >= Math.Max(daysLeft, 0)).Min();
        return stage == 0 ? "due" : $"before-{stage}";
    }
}
