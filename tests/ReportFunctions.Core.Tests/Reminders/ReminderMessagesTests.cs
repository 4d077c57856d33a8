using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Core.Tests.Reminders;

public sealed class ReminderMessagesTests
{
    private static readonly ReminderLinks Links = new("https://gk.example.gov.cn/form", y => $"https://gk.example.gov.cn/api/reports?year={y}",
        n => $"https://gk.example.gov.cn/api/corrections/{n.Id}?org={n.OrganizationId}");

    private static readonly EmailSignature Signature = new("淮安市人民政府办公室政务公开科", "0517-83600000", new DateOnly(2026, 3, 24));

    private static readonly OrganizationRecord Huaian =
        new("huaian-gov", "淮安市人民政府", OrganizationKind.Government, ["gk@huaian.gov.cn"], null, true, "gkb@js.gov.cn");

    private static PlannedReminder Annual(DateOnly today, OrganizationRecord? org = null) =>
        ReminderPlanner.Plan([org ?? Huaian], new HashSet<(string, int)>(), [], today).Single(r => r.Key.Kind == ReminderKind.AnnualReport);

    [Fact]
    public void Compose_AnnualBeforeDeadline_SubjectNamesOrganizationYearAndDate()
    {
        var message = ReminderMessages.Compose(Annual(new DateOnly(2026, 3, 24)), Links, Signature);

        Assert.Equal("【提醒】淮安市人民政府2025年政府信息公开工作年度报告将于2026年3月31日到期", message.Subject);
        Assert.Contains("2026年3月31日前", message.Text);
        Assert.Contains("距截止日期还有7天", message.Text);
        Assert.Contains("第四十九条", message.Text);
        Assert.Contains("https://gk.example.gov.cn/form", message.Text);
        Assert.Contains("https://gk.example.gov.cn/api/reports?year=2025", message.Text);
        Assert.Contains("<a href=\"https://gk.example.gov.cn/form?org=huaian-gov\">", message.Html);
        Assert.Contains("https://gk.example.gov.cn/api/reports?year=2025&org=huaian-gov", message.Text);
        Assert.Contains("2026年3月31日", message.Html);
    }

    [Fact]
    public void Compose_AnnualOverdue_SaysHowManyDays()
    {
        var message = ReminderMessages.Compose(Annual(new DateOnly(2026, 4, 7)), Links, Signature);

        Assert.Equal("【提醒】淮安市人民政府2025年政府信息公开工作年度报告已逾期7天", message.Subject);
        Assert.Contains("现已逾期7天", message.Text);
    }

    [Fact]
    public void Compose_AnnualOnTheDay_SaysToday()
    {
        Assert.Contains("今天是截止日期", ReminderMessages.Compose(Annual(new DateOnly(2026, 3, 31)), Links, Signature).Text);
    }

    [Fact]
    public void Compose_LocalDeadline_DoesNotCiteArticle49()
    {
        var message = ReminderMessages.Compose(Annual(new DateOnly(2026, 2, 10), Huaian with { DeadlineOverride = "02-20" }), Links, Signature);

        Assert.Contains("本地区规定", message.Text);
        Assert.DoesNotContain("第四十九条", message.Text);
        Assert.Contains("2026年2月20日", message.Subject);
    }

    [Fact]
    public void Compose_Correction_ListsTheOpenItemsAndEscapesHtml()
    {
        var notice = new OpenNotice("2026Q3-huaian-gov-0a1b2c3d", "huaian-gov", new ReportingQuarter(2026, 3), new DateOnly(2026, 10, 15),
            ["政策解读栏目<超过6个月>未更新", "依申请公开目录缺失"]);
        var reminder = ReminderPlanner.Plan([Huaian], new HashSet<(string, int)>(), [notice], new DateOnly(2026, 10, 8))
            .Single(r => r.Key.Kind == ReminderKind.Correction);

        var message = ReminderMessages.Compose(reminder, Links, Signature);

        Assert.Equal("【整改提醒】淮安市人民政府2026年第三季度整改事项将于2026年10月15日到期", message.Subject);
        Assert.Contains("1. 政策解读栏目<超过6个月>未更新", message.Text);
        Assert.Contains("2. 依申请公开目录缺失", message.Text);
        Assert.Contains("尚有2项问题未完成整改", message.Text);
        Assert.Contains("<li>政策解读栏目&lt;超过6个月&gt;未更新</li>", message.Html);
        Assert.Contains("整改情况报送页面：https://gk.example.gov.cn/api/corrections/2026Q3-huaian-gov-0a1b2c3d?org=huaian-gov", message.Text);
    }

    [Fact]
    public void Compose_QuarterlyCheck_NamesTheQuarter()
    {
        var reminder = ReminderPlanner.Plan([Huaian], new HashSet<(string, int)>(), [], new DateOnly(2026, 7, 1))
            .Single(r => r.Key.Kind == ReminderKind.QuarterlyCheck);

        var message = ReminderMessages.Compose(reminder, Links, Signature);

        Assert.Equal("【提醒】淮安市人民政府请开展2026年第三季度政府信息公开季度检查", message.Subject);
        Assert.Contains("2026年7月1日", message.Text);
    }

    [Fact]
    public void Compose_AnyReminder_ClosesWithTheOfficeItsPhoneAndTheDateBeforeTheFooter()
    {
        var message = ReminderMessages.Compose(Annual(new DateOnly(2026, 3, 24)), Links, Signature);

        Assert.Contains("淮安市人民政府办公室政务公开科\n联系电话：0517-83600000\n2026年3月24日\n\n本邮件由", message.Text);
        Assert.Contains("淮安市人民政府办公室政务公开科<br>联系电话：0517-83600000<br>2026年3月24日</p>", message.Html);
    }

    [Fact]
    public void Compose_SignatureWithoutPhone_HasNoPhoneLine()
    {
        var message = ReminderMessages.Compose(Annual(new DateOnly(2026, 3, 24)), Links, Signature with { Phone = null });

        Assert.Contains("淮安市人民政府办公室政务公开科\n2026年3月24日\n", message.Text);
        Assert.DoesNotContain("联系电话", message.Text);
    }

    [Theory]
    [InlineData("https://a.gov.cn/api/form", "https://a.gov.cn/api/form?org=x-1")]
    [InlineData("https://a.gov.cn/api/reports?year=2025", "https://a.gov.cn/api/reports?year=2025&org=x-1")]
    [InlineData("https://a.gov.cn/form#top", "https://a.gov.cn/form?org=x-1#top")]
    public void PageLink_ForOrganization_AppendsOrgToTheQuery(string url, string expected)
    {
        Assert.Equal(expected, PageLink.ForOrganization(url, "x-1"));
    }
}
