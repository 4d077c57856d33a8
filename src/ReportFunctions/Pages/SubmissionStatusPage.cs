using System.Globalization;
using System.Text;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Submissions;
using static ReportFunctions.Pages.PageLayout;

namespace ReportFunctions.Pages;

/// <summary>
/// GET /api/submissions/{id} for people: where a submission stands in Chinese. While it is being processed the page
/// follows it by itself (status.js polls the JSON of the same route and reloads on a change; without script, a
/// refresh link); once done it links the PDF and the HTML edition, lists every finding with a way back to the form,
/// or explains a failure without internal detail.
/// </summary>
public static class SubmissionStatusPage
{
    public const string Title = "报告处理情况";

    /// <param name="formUrl">The form reopened with this submission's data and findings (GET /api/form?org=…&amp;from=…).</param>
    /// <param name="pagePreviewUrl">Page 1 of the published version as an image; null when there is none.</param>
    public static string Render(SubmissionEntity submission, IReadOnlyList<ErrorItem> findings, string statusUrl, string formUrl, string? pagePreviewUrl = null)
    {
        var state = submission.State;
        var html = new StringBuilder();
        html.Append($"""
            <dl class="facts">
            <dt>受理编号</dt><dd class="submission-id">{Encode(submission.Id)}</dd>
            <dt>报告</dt><dd>{Encode(submission.Title)}</dd>
            <dt>受理时间</dt><dd>{Encode(Moment(submission.ReceivedAt))}</dd>
            <dt>处理状态</dt><dd><strong class="status status-{state.ToString().ToLowerInvariant()}">{Encode(SubmissionStatusNames.Chinese(state))}</strong></dd>
            </dl>

            """);
        switch (state)
        {
            case SubmissionStatus.Received:
                html.Append($"""
                    <div class="notice" id="status-follow" data-poll="{Encode(statusUrl)}" role="status">
                    <p>报告已受理，正在校验并生成PDF，通常在一分钟内完成。本页面会自动更新。</p>
                    <p><a href="{Encode(statusUrl)}">刷新处理情况</a></p>
                    </div>

                    """);
                break;
            case SubmissionStatus.Published:
                html.Append($"""
                    <div class="notice ok"><p>报告已通过校验，并作为第{submission.Version?.ToString(CultureInfo.InvariantCulture)}版公开发布{(submission.Pages is { } pages ? $"（PDF共{pages.ToString(CultureInfo.InvariantCulture)}页）" : "")}。请核对发布的报告，并在本机关政府信息公开专栏中链接。</p></div>
                    <ul class="links">
                    <li><a href="{Encode(submission.Url ?? "")}">查看PDF版报告</a></li>
                    {(submission.HtmlUrl is { } htmlUrl ? $"<li><a href=\"{Encode(htmlUrl)}\">查看网页版报告</a></li>" : "")}
                    </ul>
                    {(pagePreviewUrl is null ? "" : $"<figure class=\"page-preview\"><img src=\"{Encode(pagePreviewUrl)}\" alt=\"发布的报告第1页\" width=\"400\" height=\"566\"><figcaption>发布的报告第1页</figcaption></figure>")}

                    """);
                if (findings.Count > 0)
                {
                    html.Append("<h2>提示</h2>\n<p>以下提示不影响发布，供今后编制报告参考：</p>\n");
                    SubmissionFindings.AppendList(html, findings);
                }
                break;
            case SubmissionStatus.Rejected:
                var errors = findings.Count(f => f.Severity == "error");
                html.Append($"""
                    <div class="notice error"><p>报告未通过校验，没有发布。共有{errors.ToString(CultureInfo.InvariantCulture)}处错误{(findings.Count > errors ? $"、{(findings.Count - errors).ToString(CultureInfo.InvariantCulture)}处提示" : "")}，请逐项修改后重新报送。</p>
                    <p><a class="button" href="{Encode(formUrl)}">打开填报表修改</a></p>
                    <p class="hint">填报表会填入本次报送的内容，并在各处标出需要修改的地方。报送令牌需要重新填写。</p></div>
                    <h2>需要修改的地方</h2>

                    """);
                SubmissionFindings.AppendList(html, findings);
                break;
            case SubmissionStatus.Failed:
                html.Append($"""
                    <div class="notice error"><p>{Encode(submission.Reason ?? "系统处理本次报送时出错，报告未能发布。请稍后重新提交。")}</p>
                    <p><a class="button secondary" href="{Encode(formUrl)}">打开填报表重新报送</a></p></div>

                    """);
                break;
            case SubmissionStatus.AwaitingReview:
                html.Append("""
                    <div class="notice warn" role="status"><p>报告已通过校验。按照先备案后公布的要求，报告已报送主管部门审核，审核通过后公开发布；在此之前报告不对外公开。审核结果将通过电子邮件通知本机关。</p></div>

                    """);
                if (findings.Count > 0)
                {
                    html.Append("<h2>提示</h2>\n<p>以下提示不影响报送，审核时主管部门可能予以关注：</p>\n");
                    SubmissionFindings.AppendList(html, findings);
                }
                break;
            case SubmissionStatus.Returned:
                html.Append($"""
                    <div class="notice error"><p>主管部门审核后退回了本次报送的报告，报告没有发布。请按审核意见修改后重新报送。</p>
                    {(submission.ReviewComment is { Length: > 0 } comment ? $"<h2>审核意见</h2>\n<blockquote class=\"review-comment\"><p>{Encode(comment)}</p></blockquote>" : "")}
                    <p><a class="button" href="{Encode(formUrl)}">打开填报表修改</a></p></div>

                    """);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(submission), state, "a submission status the page does not explain");
        }
        return PageLayout.Render(Title, html.ToString(), scripts: state == SubmissionStatus.Received ? ["status.js"] : null);
    }

    /// <summary>"2025年3月31日 10:20" in China Standard Time.</summary>
    internal static string Moment(DateTimeOffset instant)
    {
        var local = instant.ToOffset(ChinaStandardTime.Offset);
        return ChineseDate.Format(DateOnly.FromDateTime(local.DateTime)) + local.ToString(" HH:mm", CultureInfo.InvariantCulture);
    }
}
