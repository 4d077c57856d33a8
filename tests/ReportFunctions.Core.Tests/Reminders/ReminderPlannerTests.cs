using CsCheck;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private const string Supervisor = "gkb@huaian.gov.cn";
    private static readonly IReadOnlySet<(string, int)> NonePublished = new HashSet<(string, int)>();
    private static readonly IReadOnlySet<(string, int)> LastYearPublished = new HashSet<(string, int)> { ("huaian-gov", 2024) };

    private static OrganizationRecord Org(
        string id = "huaian-gov",
        OrganizationKind kind = OrganizationKind.Department,
        string? deadlineOverride = null,
        bool active = true,
        string? supervisor = Supervisor,
        params string[] contacts) =>
        new(id, "淮安市人民政府", kind, contacts.Length > 0 ? contacts : [$"{id}@huaian.gov.cn"], deadlineOverride, active, supervisor);

    private static IReadOnlyList<PlannedReminder> Plan(
        DateOnly today, OrganizationRecord[] orgs, IReadOnlySet<(string, int)>? published = null, OpenNotice[]? notices = null) =>
        ReminderPlanner.Plan(orgs, published ?? NonePublished, notices ?? [], today);

    private static PlannedReminder? Annual(DateOnly today, OrganizationRecord org, IReadOnlySet<(string, int)>? published = null) =>
        Plan(today, [org], published).SingleOrDefault(r => r.Key.Kind == ReminderKind.AnnualReport);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2026, 1, 17, "before-14", 14)]
    [InlineData(2026, 1, 24, "before-7", 7)]
    [InlineData(2026, 1, 28, "before-3", 3)]
    [InlineData(2026, 1, 30, "before-1", 1)]
    [InlineData(2026, 1, 31, "due", 0)]
    [InlineData(2026, 2, 6, "due", -6)]
    [InlineData(2026, 2, 7, "overdue-7", -7)]
    [InlineData(2026, 2, 13, "overdue-7", -13)]
    [InlineData(2026, 2, 14, "overdue-14", -14)]
    [InlineData(2026, 12, 31, "overdue-329", -334)]
    public void Plan_Department_RemindsAtEachStageOfTheJanuary31Deadline(int y, int m, int d, string stage, int daysLeft)
    {
        var reminder = Annual(D(y, m, d), Org());

        Assert.NotNull(reminder);
        Assert.Equal(new ReminderKey("huaian-gov", ReminderKind.AnnualReport, "2025", stage), reminder.Key);
        Assert.Equal(D(2026, 1, 31), reminder.DueDate);
        Assert.Equal(daysLeft, reminder.DaysLeft);
        Assert.Equal(2025, reminder.ReportYear);
        Assert.Equal(["huaian-gov@huaian.gov.cn"], reminder.To);
        Assert.Equal([Supervisor], reminder.Cc);
    }

    [Fact]
    public void Plan_Department_NothingMoreThan14DaysBeforeTheDeadline()
    {
        Assert.Null(Annual(D(2026, 1, 16), Org(), LastYearPublished));
        // Until then the 2024 report, if never published, is still the one chased.
        Assert.Equal(2024, Annual(D(2026, 1, 16), Org())?.ReportYear);
    }

    [Fact]
    public void Plan_Government_IsDue31March()
    {
        Assert.Null(Annual(D(2026, 3, 16), Org(kind: OrganizationKind.Government), LastYearPublished));
        var reminder = Annual(D(2026, 3, 17), Org(kind: OrganizationKind.Government));
        Assert.Equal(("before-14", D(2026, 3, 31)), (reminder?.Key.Stage, reminder?.DueDate));
    }

    [Theory]
    [InlineData(OrganizationKind.Township)]
    [InlineData(OrganizationKind.Other)]
    public void Plan_TownshipAndOther_DefaultTo31January(OrganizationKind kind)
    {
        Assert.Equal(D(2026, 1, 31), Annual(D(2026, 1, 17), Org(kind: kind))?.DueDate);
    }

    [Fact]
    public void Plan_Override_ReplacesTheStatutoryDate()
    {
        var reminder = Annual(D(2026, 2, 6), Org(kind: OrganizationKind.Government, deadlineOverride: "02-20"));
        Assert.Equal(("before-14", D(2026, 2, 20), 14), (reminder?.Key.Stage, reminder?.DueDate, reminder?.DaysLeft));
    }

    [Fact]
    public void Plan_WeekendDeadline_IsNotMoved()
    {
        // 2026-01-31 is a Saturday: 条例 §49 gives a calendar date ("每年1月31日前"), so the deadline stays.
        Assert.Equal(DayOfWeek.Saturday, D(2026, 1, 31).DayOfWeek);
        var reminder = Annual(D(2026, 1, 31), Org());
        Assert.Equal(("due", D(2026, 1, 31), 0), (reminder?.Key.Stage, reminder?.DueDate, reminder?.DaysLeft));
        Assert.Equal("overdue-7", Annual(D(2026, 2, 7), Org())?.Key.Stage);
    }

    [Fact]
    public void Plan_Override29February_IsThe28thInCommonYearsAndThe29thInLeapYears()
    {
        var org = Org(deadlineOverride: "02-29");
        Assert.Equal(("due", D(2027, 2, 28)), (Annual(D(2027, 2, 28), org)?.Key.Stage, Annual(D(2027, 2, 28), org)?.DueDate));
        Assert.Equal(("before-1", D(2028, 2, 29)), (Annual(D(2028, 2, 28), org)?.Key.Stage, Annual(D(2028, 2, 28), org)?.DueDate));
        Assert.Equal(("due", 2027), (Annual(D(2028, 2, 29), org)?.Key.Stage, Annual(D(2028, 2, 29), org)?.ReportYear));
        Assert.Equal("before-14", Annual(D(2028, 2, 15), org)?.Key.Stage);
    }

    [Fact]
    public void Plan_LeapDayToday_CountsDaysAcrossIt()
    {
        // The 2026 report of a government was due 2027-03-31; 2028 is a leap year, so 29 February is day 335.
        var org = Org(kind: OrganizationKind.Government);
        Assert.Equal((2026, -335), (Annual(D(2028, 2, 29), org)?.ReportYear, Annual(D(2028, 2, 29), org)?.DaysLeft));
        Assert.Equal((2025, -334), (Annual(D(2027, 2, 28), org)?.ReportYear, Annual(D(2027, 2, 28), org)?.DaysLeft));
        Assert.Equal((2027, 14), (Annual(D(2028, 3, 17), org)?.ReportYear, Annual(D(2028, 3, 17), org)?.DaysLeft));
    }

    [Fact]
    public void Plan_EarlyOverride_StartsRemindingInDecemberOfTheReportedYear()
    {
        var org = Org(deadlineOverride: "01-10");

        var december = Annual(D(2025, 12, 27), org);
        Assert.Equal((2025, "before-14", D(2026, 1, 10)), (december?.ReportYear, december?.Key.Stage, december?.DueDate));

        // The day before, the previous year's report is still the one chased (overdue since 2025-01-10).
        var dayBefore = Annual(D(2025, 12, 26), org);
        Assert.Equal((2024, -350), (dayBefore?.ReportYear, dayBefore?.DaysLeft));
    }

    [Fact]
    public void Plan_YearBoundary_ChasesLastYearsOverdueReportUntilTheNextCycleStarts()
    {
        var org = Org();
        Assert.Equal((2025, "overdue-336"), (Annual(D(2027, 1, 2), org)?.ReportYear, Annual(D(2027, 1, 2), org)?.Key.Stage));
        Assert.Equal((2025, -350), (Annual(D(2027, 1, 16), org)?.ReportYear, Annual(D(2027, 1, 16), org)?.DaysLeft));
        Assert.Equal((2026, "before-14"), (Annual(D(2027, 1, 17), org)?.ReportYear, Annual(D(2027, 1, 17), org)?.Key.Stage));
    }

    [Fact]
    public void Plan_AlreadyPublished_NoAnnualReminder()
    {
        var published = new HashSet<(string, int)> { ("huaian-gov", 2025) };
        Assert.Null(Annual(D(2026, 1, 24), Org(), published));
        Assert.Null(Annual(D(2026, 3, 1), Org(), published));
        // Another organization's publication does not count, nor does another year's.
        Assert.NotNull(Annual(D(2026, 1, 24), Org(id: "other-body"), published));
        Assert.NotNull(Annual(D(2026, 1, 24), Org(), new HashSet<(string, int)> { ("huaian-gov", 2024) }));
    }

    [Fact]
    public void Plan_InactiveOrganization_GetsNothing()
    {
        var org = Org(active: false);
        var notice = new OpenNotice("n1", org.Id, new ReportingQuarter(2026, 1), D(2026, 1, 8), ["栏目更新不及时"]);

        // 1 January: quarter start, correction due in 7 days; 17 January: 14 days before the report deadline.
        Assert.Empty(Plan(D(2026, 1, 1), [org], notices: [notice]));
        Assert.Empty(Plan(D(2026, 1, 17), [org], notices: [notice]));
    }

    [Fact]
    public void Plan_WithoutSupervisor_NoCopy()
    {
        Assert.Empty(Annual(D(2026, 1, 24), Org(supervisor: null))!.Cc);
    }

    [Fact]
    public void Plan_MissedDay_CatchesUpWithTheStageItMissed()
    {
        var reminder = Annual(D(2026, 1, 20), Org());
        Assert.Equal(("before-14", 11), (reminder?.Key.Stage, reminder?.DaysLeft));
    }

    [Theory]
    [InlineData(2026, 1, 1, "2026Q1")]
    [InlineData(2026, 4, 1, "2026Q2")]
    [InlineData(2026, 7, 1, "2026Q3")]
    [InlineData(2026, 10, 1, "2026Q4")]
    [InlineData(2026, 10, 7, "2026Q4")]
    public void Plan_QuarterStart_RemindsEveryActiveOrganization(int y, int m, int d, string quarter)
    {
        var orgs = new[] { Org(id: "a-body"), Org(id: "b-body", active: false), Org(id: "c-body") };
        var checks = Plan(D(y, m, d), orgs).Where(r => r.Key.Kind == ReminderKind.QuarterlyCheck).ToList();

        Assert.Equal(["a-body", "c-body"], checks.Select(r => r.Key.OrganizationId));
        Assert.All(checks, r => Assert.Equal((quarter, "start"), (r.Key.Period, r.Key.Stage)));
        Assert.All(checks, r => Assert.Empty(r.Cc));
    }

    [Theory]
    [InlineData(2026, 10, 8)]
    [InlineData(2026, 12, 31)]
    [InlineData(2026, 9, 30)]
    public void Plan_OtherDays_NoQuarterlyCheck(int y, int m, int d)
    {
        Assert.DoesNotContain(Plan(D(y, m, d), [Org()]), r => r.Key.Kind == ReminderKind.QuarterlyCheck);
    }

    [Theory]
    [InlineData(2026, 10, 7, null, 0)]
    [InlineData(2026, 10, 8, "before-7", 7)]
    [InlineData(2026, 10, 13, "before-7", 2)]
    [InlineData(2026, 10, 14, "before-1", 1)]
    [InlineData(2026, 10, 15, "before-1", 0)]
    [InlineData(2026, 10, 21, "before-1", -6)]
    [InlineData(2026, 10, 22, "overdue-7", -7)]
    [InlineData(2026, 10, 29, "overdue-14", -14)]
    public void Plan_OpenCorrectionNotice_RemindsAtEachStage(int y, int m, int d, string? stage, int daysLeft)
    {
        var notice = new OpenNotice("2026Q3-huaian-gov-1a2b3c4d", "huaian-gov", new ReportingQuarter(2026, 3), D(2026, 10, 15),
            ["政策解读栏目未及时更新", "依申请公开目录缺失"]);

        var reminder = Plan(D(y, m, d), [Org()], notices: [notice]).SingleOrDefault(r => r.Key.Kind == ReminderKind.Correction);

        if (stage is null)
        {
            Assert.Null(reminder);
            return;
        }

        Assert.NotNull(reminder);
        Assert.Equal(new ReminderKey("huaian-gov", ReminderKind.Correction, notice.Id, stage), reminder.Key);
        Assert.Equal((daysLeft, notice), (reminder.DaysLeft, reminder.Notice));
    }

    [Fact]
    public void Plan_NoticeWithoutOpenItemsOrForUnknownOrganization_NoReminder()
    {
        var resolved = new OpenNotice("n1", "huaian-gov", new ReportingQuarter(2026, 3), D(2026, 10, 15), []);
        var stranger = new OpenNotice("n2", "unknown-body", new ReportingQuarter(2026, 3), D(2026, 10, 15), ["x"]);
        Assert.DoesNotContain(Plan(D(2026, 10, 14), [Org()], notices: [resolved, stranger]), r => r.Key.Kind == ReminderKind.Correction);
    }

    [Fact]
    public void Plan_DailyRuns_SendEachAnnualStageOnItsOwnDay()
    {
        var sent = new Dictionary<ReminderKey, DateOnly>();
        for (var day = D(2026, 1, 1); day <= D(2026, 3, 1); day = day.AddDays(1))
        {
            foreach (var reminder in Plan(day, [Org()]).Where(r => r.Key is { Kind: ReminderKind.AnnualReport, Period: "2025" }))
                sent.TryAdd(reminder.Key, day);
        }

        Assert.Equal(
            [D(2026, 1, 17), D(2026, 1, 24), D(2026, 1, 28), D(2026, 1, 30), D(2026, 1, 31), D(2026, 2, 7), D(2026, 2, 14),
             D(2026, 2, 21), D(2026, 2, 28)],
            sent.Values.Order());
    }

    [Fact]
    public void Plan_AnyDayAnyOrganization_EveryStageFiresOnItsDayOnceWhenRunDaily()
    {
        var gen =
            from kind in Gen.Enum<OrganizationKind>()
            from month in Gen.Int[1, 12]
            from day in Gen.Int[1, 31]
            from useOverride in Gen.Bool
            from start in Gen.Int[0, 3 * 366]
            select (kind, useOverride && day <= DateTime.DaysInMonth(2000, month) ? $"{month:00}-{day:00}" : null, D(2024, 1, 1).AddDays(start));

        gen.Sample(input =>
        {
            var (kind, deadlineOverride, start) = input;
            var org = Org(kind: kind, deadlineOverride: deadlineOverride);
            var seen = new HashSet<ReminderKey>();
            for (var today = start; today < start.AddDays(400); today = today.AddDays(1))
            {
                foreach (var reminder in Plan(today, [org]).Where(r => r.Key.Kind == ReminderKind.AnnualReport))
                {
                    if (!seen.Add(reminder.Key) || today == start)
                        continue;
                    // A stage first seen after the first day must fall on its exact day.
                    var expected = reminder.Key.Stage switch
                    {
                        "due" => 0,
                        var s when s.StartsWith("before-", StringComparison.Ordinal) => int.Parse(s["before-".Length..]),
                        var s => -int.Parse(s["overdue-".Length..]),
                    };
                    if (reminder.DaysLeft != expected)
                        return false;
                }
            }

            return true;
        }, iter: 200);
    }
}
