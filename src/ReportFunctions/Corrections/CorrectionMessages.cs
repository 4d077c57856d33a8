using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Corrections;

/// <summary>The Chinese text of the e-mail that delivers a correction notice when it is issued.</summary>
internal static class CorrectionMessages
{
    public static EmailContent Issued(CorrectionNotice notice, string organizationName, string quarterName, string pageUrl, EmailSignature signature)
    {
        var due = ChineseDate.Format(notice.DueDate);
        var subject = $"【整改通知】{organizationName}{quarterName}政府信息公开整改事项（{due}前完成）";
        var paragraphs = new[]
        {
            $"政府信息公开工作主管部门在{quarterName}检查中发现贵单位存在以下{notice.Items.Count}项问题，现下发整改通知（编号 {notice.Id}），"
                + $"请于{due}前完成整改：",
        };
        var items = notice.Items.Select(i => i.Problem).ToList();
        return EmailLayout.Compose(subject, organizationName, paragraphs, items, [("整改情况报送页面", pageUrl)], signature,
            "请逐项整改后，在整改情况报送页面填写每一项的整改情况（可附整改后内容的网址），并使用本单位的报送令牌提交。"
                + "主管部门确认前，系统将在整改期限前7天、前1天及逾期后每周提醒。");
    }
}
