using static ReportFunctions.Pages.PageLayout;

namespace ReportFunctions.Pages;

/// <summary>What a clerk sees after posting the form: the submission number and the status page to follow it on.</summary>
public static class SubmissionReceiptPage
{
    public const string Title = "报告已受理";

    /// <param name="statusUrl">The absolute address of the HTML status page, to bookmark or pass on.</param>
    public static string Render(string submissionId, string statusUrl) => PageLayout.Render(Title, $"""
        <div class="notice ok" role="status">
        <p>报告已收到并受理，正在进行校验。通过校验后自动生成PDF并公开发布；未通过校验的，处理情况页面会列出需要修改的位置。</p>
        </div>
        <dl class="facts">
        <dt>受理编号</dt><dd class="submission-id">{Encode(submissionId)}</dd>
        <dt>处理情况</dt><dd><a href="{Encode(statusUrl)}">{Encode(statusUrl)}</a></dd>
        </dl>
        <p>请记下受理编号或保存上面的地址，以便查询处理结果；处理结果也会以电子邮件通知本机关登记的联系人。</p>
        <p><a class="button" href="{Encode(statusUrl)}">查看处理情况</a></p>
        """);
}
