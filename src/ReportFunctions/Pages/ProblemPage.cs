using System.Text;
using ReportFunctions.Submissions;
using static ReportFunctions.Pages.PageLayout;

namespace ReportFunctions.Pages;

/// <summary>An API refusal (403, 413, 429, …) as people read it: the problem's Chinese title and detail, its findings, and a way back.</summary>
public static class ProblemPage
{
    public static string Render(string title, string detail, IReadOnlyList<ErrorItem>? findings)
    {
        var html = new StringBuilder();
        html.Append($"<div class=\"notice error\" role=\"alert\"><p>{Encode(detail)}</p></div>\n");
        if (findings is { Count: > 0 })
            SubmissionFindings.AppendList(html, findings);
        html.Append("<p>请返回填报表修改后重新提交；浏览器的“后退”会保留已填写的内容。</p>\n");
        return PageLayout.Render(title, html.ToString());
    }
}
