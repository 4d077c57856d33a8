using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Core.Reminders;

/// <summary>The Chinese text of each reminder.</summary>
public static class ReminderMessages
{
    public static EmailContent Compose(PlannedReminder reminder, ReminderLinks links, EmailSignature signature) => reminder.Key.Kind switch
    {
        ReminderKind.AnnualReport => AnnualReport(reminder, links, signature),
        ReminderKind.Correction => Correction(reminder, links, signature),
        ReminderKind.QuarterlyCheck => QuarterlyCheck(reminder, links, signature),
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Key.Kind, "未知的提醒类型"),
    };

    private static EmailContent AnnualReport(PlannedReminder reminder, ReminderLinks links, EmailSignature signature)
    {
        var organization = reminder.Organization;
        var report = $"{reminder.ReportYear}年政府信息公开工作年度报告";
        var deadline = ChineseDate.Format(reminder.DueDate);
        var subject = reminder.DaysLeft >= 0
            ? $"【提醒】{organization.Name}{report}将于{deadline}到期"
            : $"【提醒】{organization.Name}{report}已逾期{-reminder.DaysLeft}天";
        var basis = ReportDeadline.IsValidOverride(organization.DeadlineOverride)
            ? "按照本地区规定的报送时限"
            : "按照《中华人民共和国政府信息公开条例》第四十九条";
        var paragraphs = new[]
        {
            $"贵单位{report}尚未在本系统发布。{basis}，该报告应于{deadline}前报送并向社会公布。{Remaining(reminder.DaysLeft)}",
            "请尽快通过填报页面提交报告；报告通过校验后将自动生成并发布。",
        };
        var statusUrl = PageLink.ForOrganization(links.StatusUrlForYear(reminder.ReportYear ?? reminder.DueDate.Year - 1), organization.Id);
        return EmailLayout.Compose(subject, organization.Name, paragraphs, [],
            [("填报页面", links.FormFor(organization.Id)), ($"{reminder.ReportYear}年度已发布报告", statusUrl)], signature);
    }

    private static EmailContent Correction(PlannedReminder reminder, ReminderLinks links, EmailSignature signature)
    {
        var notice = reminder.Notice ?? throw new ArgumentException("整改提醒缺少整改通知", nameof(reminder));
        var organization = reminder.Organization;
        var due = ChineseDate.Format(reminder.DueDate);
        var subject = reminder.DaysLeft >= 0
            ? $"【整改提醒】{organization.Name}{notice.Quarter.ChineseName}整改事项将于{due}到期"
            : $"【整改提醒】{organization.Name}{notice.Quarter.ChineseName}整改事项已逾期{-reminder.DaysLeft}天";
        var paragraphs = new[]
        {
            $"政府信息公开工作主管部门就{notice.Quarter.ChineseName}检查发现的问题下发了整改通知（编号 {notice.Id}），"
                + $"整改期限为{due}。{Remaining(reminder.DaysLeft)}尚有{notice.OpenItems.Count}项问题未完成整改：",
        };
        return EmailLayout.Compose(subject, organization.Name, paragraphs, notice.OpenItems,
            [("整改情况报送页面", links.CorrectionPageUrl(notice))],
            signature,
            "请逐项整改，并通过整改情况报送页面向主管部门报送整改情况。");
    }

    private static EmailContent QuarterlyCheck(PlannedReminder reminder, ReminderLinks links, EmailSignature signature)
    {
        var quarter = reminder.Quarter ?? throw new ArgumentException("季度检查提醒缺少季度", nameof(reminder));
        var organization = reminder.Organization;
        var subject = $"【提醒】{organization.Name}请开展{quarter.ChineseName}政府信息公开季度检查";
        var paragraphs = new[]
        {
            $"{quarter.ChineseName}已于{ChineseDate.Format(quarter.Start)}开始。请按照政务公开季度监测要求，"
                + "对本单位政府信息公开专栏、政府网站和政务新媒体开展自查，及时更新栏目内容，对发现的问题立行立改，"
                + "并做好上季度通报问题的整改。",
        };
        return EmailLayout.Compose(subject, organization.Name, paragraphs, [], [("填报页面", links.FormFor(organization.Id))], signature);
    }

    private static string Remaining(int daysLeft) => daysLeft switch
    {
        > 0 => $"距截止日期还有{daysLeft}天。",
        0 => "今天是截止日期。",
        _ => $"现已逾期{-daysLeft}天。",
    };
}
