using System.Text;
using ReportFunctions.Core.Model;
using ReportFunctions.Submissions;
using static ReportFunctions.Pages.PageLayout;

namespace ReportFunctions.Pages;

/// <summary>
/// Findings as people read them: errors before warnings, each with the position it names on the form, and the
/// findings another one probably causes (causedBy) listed under it. Shared by the status page, the problem page
/// and the form's error summary.
/// </summary>
internal static class SubmissionFindings
{
    /// <summary>A finding and the follow-on findings it probably explains.</summary>
    public sealed record Group(ErrorItem Finding, IReadOnlyList<ErrorItem> FollowOns);

    /// <summary>
    /// Groups follow-ons under the first finding at the path they name; a follow-on whose cause is not in the
    /// list stands on its own.
    /// </summary>
    public static IReadOnlyList<Group> Grouped(IReadOnlyList<ErrorItem> findings)
    {
        var ordered = findings.OrderBy(f => f.Severity == "error" ? 0 : 1).ToList();
        var causes = ordered.Where(f => f.CausedBy is null).GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var followOns = ordered.Where(f => f.CausedBy is { } cause && causes.ContainsKey(cause)).ToLookup(f => causes[f.CausedBy!]);
        return ordered.Where(f => f.CausedBy is not { } cause || !causes.ContainsKey(cause))
            .Select(f => new Group(f, ReferenceEquals(causes.GetValueOrDefault(f.Path), f) ? followOns[f].ToList() : []))
            .ToList();
    }

    public static string SeverityName(ErrorItem finding) => finding.Severity == "error" ? "错误" : "提示";

    /// <summary>Where on the form a finding is, in the form's own labels ("" for the report as a whole).</summary>
    public static string Position(ErrorItem finding) =>
        finding.Path.Length == 0 ? "整份报告" : FieldLabels.Describe(finding.Path);

    /// <summary>An ordered list of the findings with their positions; <paramref name="link"/> makes each a link (to a form's field).</summary>
    public static void AppendList(StringBuilder html, IReadOnlyList<ErrorItem> findings, Func<ErrorItem, string?>? link = null)
    {
        html.Append("<ol class=\"findings\">\n");
        foreach (var group in Grouped(findings))
        {
            html.Append("<li>");
            AppendItem(html, group.Finding, link);
            if (group.FollowOns.Count > 0)
            {
                html.Append("\n<p class=\"follow-on-note\">以下各项可能由上一项引起，改正上一项后可能随之消除：</p><ul class=\"follow-ons\">");
                foreach (var followOn in group.FollowOns)
                {
                    html.Append("<li>");
                    AppendItem(html, followOn, link);
                    html.Append("</li>");
                }
                html.Append("</ul>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void AppendItem(StringBuilder html, ErrorItem finding, Func<ErrorItem, string?>? link)
    {
        var message = Encode(finding.Message);
        html.Append($"<span class=\"severity {finding.Severity}\">{SeverityName(finding)}</span> ");
        html.Append(link?.Invoke(finding) is { } href ? $"<a href=\"{Encode(href)}\">{message}</a>" : message);
        html.Append($"<span class=\"position\">位置：{Encode(Position(finding))}</span>");
    }
}
