using System.Globalization;
using System.Text;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Core.Validation;
using ReportFunctions.Corrections;

namespace ReportFunctions.Pages;

/// <summary>
/// The page where an organization answers a correction notice (整改情况): the notice, then per open item its account
/// and optionally the address where the fix can be seen, then the organization's token. A plain form post, no script:
/// errors come back on the same page, summarised at the top (focused) and at each field (GOV.UK's error pattern).
/// </summary>
public static class CorrectionAnswerPage
{
    public const string TokenField = "orgToken";
    public const string Stylesheet = "correction.css";

    public static string TextField(int number) => $"item-{number}-text";

    public static string UrlField(int number) => $"item-{number}-url";

    /// <summary>The answers a form post carries: every open item whose text or address was filled in.</summary>
    public static IReadOnlyList<CorrectionAnswer?> AnswersFrom(CorrectionNotice notice, Func<string, string?> field) =>
        notice.Items.Where(i => !i.Resolved)
            .Select(i => new CorrectionAnswer(i.Number, field(TextField(i.Number)), field(UrlField(i.Number))))
            .Where(a => !string.IsNullOrWhiteSpace(a.Text) || !string.IsNullOrWhiteSpace(a.Url))
            .ToList<CorrectionAnswer?>();

    /// <param name="action">Where the form posts (this page's own address, with ?org=).</param>
    /// <param name="errors">Findings to show, at paths "items.{n}.text", "items.{n}.url", "items" or "orgToken".</param>
    /// <param name="posted">The values posted, shown again with the errors so nothing typed is lost.</param>
    /// <param name="issuer">The supervising office that issued the notice (下发机关).</param>
    public static string Render(
        CorrectionNotice notice, string organizationName, string issuer, string action,
        IReadOnlyList<ValidationError>? errors = null, Func<string, string?>? posted = null)
    {
        errors ??= [];
        var open = notice.Items.Where(i => !i.Resolved).ToList();
        var html = new StringBuilder(8192);
        if (errors.Count > 0)
        {
            html.Append("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"error-summary-title\">")
                .Append($"<h2 id=\"error-summary-title\">提交的内容有{errors.Count}处需要修改</h2><ul>");
            foreach (var error in errors)
                html.Append($"<li><a href=\"#{FieldId(error.Path, open)}\">{Encode(error.Message)}</a></li>");
            html.Append("</ul></div>\n");
        }

        Facts(html, notice, organizationName, issuer);
        if (open.Count == 0)
        {
            html.Append("<p class=\"notice ok\">本通知所列问题已全部由主管部门确认完成整改，无需再报送。</p>\n");
            Items(html, notice.Items);
            return PageLayout.Render("整改情况报送", html.ToString(), [Stylesheet]);
        }

        html.Append($"""
            <p>请逐项填写整改情况，可附整改后内容的网址；暂未完成的事项可以留空，以后再报送。已报送的事项可以修改后重新提交，主管部门确认完成整改前以最后一次提交为准。</p>
            <form method="post" action="{Encode(action)}" accept-charset="utf-8" novalidate>

            """);
        foreach (var item in notice.Items)
        {
            if (item.Resolved)
            {
                Items(html, [item]);
                continue;
            }
            var (text, url) = (TextField(item.Number), UrlField(item.Number));
            html.Append($"<fieldset class=\"item\"><legend>第{item.Number}项：{Encode(item.Problem)}</legend>\n");
            if (item.Answered)
                html.Append($"<p class=\"state\">已于{Encode(Date(item.AnsweredAt!.Value))}报送整改情况，待主管部门确认。</p>\n");
            var textValue = posted?.Invoke(text) ?? item.Answer ?? "";
            var urlValue = posted?.Invoke(url) ?? item.AnswerUrl ?? "";
            Field(html, text, "整改情况", $"说明已采取的整改措施和完成情况，不超过{CorrectionNotices.MaxAccountLength}字。", errors, $"items.{item.Number}.text",
                describedBy => $"<textarea id=\"{text}\" name=\"{text}\" rows=\"4\" maxlength=\"{CorrectionNotices.MaxAccountLength}\"{describedBy}>{Encode(textValue)}</textarea>");
            Field(html, url, "整改后内容的网址（选填）", "可以看到整改结果的页面地址，以 http:// 或 https:// 开头。", errors, $"items.{item.Number}.url",
                describedBy => $"<input type=\"url\" id=\"{url}\" name=\"{url}\" maxlength=\"{CorrectionNotices.MaxUrlLength}\" inputmode=\"url\" autocomplete=\"url\" spellcheck=\"false\" value=\"{Encode(urlValue)}\"{describedBy}>");
            html.Append("</fieldset>\n");
        }

        html.Append("<fieldset class=\"token\"><legend>确认报送单位</legend>\n");
        Field(html, TokenField, "报送令牌", "由主管部门发放，与报送年度报告时使用的令牌相同。", errors, TokenField,
            describedBy => $"<input type=\"password\" id=\"{TokenField}\" name=\"{TokenField}\" required autocomplete=\"off\"{describedBy}>");
        html.Append("</fieldset>\n<p><button type=\"submit\">提交整改情况</button></p>\n</form>\n");
        return PageLayout.Render("整改情况报送", html.ToString(), [Stylesheet]);
    }

    /// <summary>What the organization sees after answering: what was received, and that the office confirms each item.</summary>
    public static string RenderConfirmation(CorrectionNotice notice, string organizationName, string issuer, IReadOnlyList<int> answered, string pageUrl)
    {
        var html = new StringBuilder(4096);
        var numbers = string.Join("、", answered.Select(n => $"第{n}项"));
        html.Append($"""
            <div class="notice ok" role="status"><p><strong>已收到贵单位报送的{numbers}整改情况。</strong></p>
            <p>主管部门确认后将逐项标记为完成整改；确认前可以在本页修改后重新提交。所有事项确认完成整改后，系统不再发送整改提醒。</p></div>

            """);
        Facts(html, notice, organizationName, issuer);
        Items(html, notice.Items);
        html.Append($"<p><a class=\"button secondary\" href=\"{Encode(pageUrl)}\">返回整改情况报送页面</a></p>\n");
        return PageLayout.Render("整改情况已报送", html.ToString(), [Stylesheet]);
    }

    /// <summary>A page for a notice that cannot be shown (unknown, another organization's) or a refused post.</summary>
    public static string RenderMessage(string title, string message) =>
        PageLayout.Render(title, $"<p class=\"notice error\">{Encode(message)}</p>\n", [Stylesheet]);

    private static void Facts(StringBuilder html, CorrectionNotice notice, string organizationName, string issuer)
    {
        var quarter = ReportingQuarter.TryParse(notice.Quarter, out var q) ? q.ChineseName : notice.Quarter;
        html.Append($"""
            <h2>整改通知</h2>
            <dl class="facts">
            <dt>通知编号</dt><dd>{Encode(notice.Id)}</dd>
            <dt>下发机关</dt><dd>{Encode(issuer)}</dd>
            <dt>整改单位</dt><dd>{Encode(organizationName)}</dd>
            <dt>检查季度</dt><dd>{Encode(quarter)}</dd>
            <dt>下发日期</dt><dd>{Encode(Date(notice.IssuedAt))}</dd>
            <dt>整改期限</dt><dd>{Encode(ChineseDate.Format(notice.DueDate))}</dd>
            <dt>整改进度</dt><dd>共{notice.Items.Count}项，已确认完成{notice.Items.Count(i => i.Resolved)}项，已报送待确认{notice.Items.Count(i => i.Answered && !i.Resolved)}项</dd>
            </dl>

            """);
    }

    /// <summary>Items as read-only text: the problem, what was answered, and whether the office confirmed it.</summary>
    private static void Items(StringBuilder html, IEnumerable<CorrectionItem> items)
    {
        foreach (var item in items)
        {
            html.Append($"<section class=\"item\" aria-labelledby=\"item-{item.Number}-title\"><h3 id=\"item-{item.Number}-title\">第{item.Number}项：{Encode(item.Problem)}</h3>\n");
            var state = item switch
            {
                { Resolved: true } => $"<p class=\"state ok\">已确认完成整改（{Encode(Date(item.ResolvedAt!.Value))}）</p>",
                { Answered: true } => "<p class=\"state\">已报送，待主管部门确认</p>",
                _ => "<p class=\"state pending\">尚未报送整改情况</p>",
            };
            html.Append(state).Append('\n');
            if ((item.Resolved ? item.Account : item.Answer) is { } account)
                html.Append($"<p class=\"account\">整改情况：{Encode(account)}</p>\n");
            if (item.AnswerUrl is { } url)
                html.Append($"<p class=\"account\">整改后内容：<a href=\"{Encode(url)}\" rel=\"noopener noreferrer\">{Encode(url)}</a></p>\n");
            html.Append("</section>\n");
        }
    }

    private static void Field(
        StringBuilder html, string id, string label, string hint, IReadOnlyList<ValidationError> errors, string path, Func<string, string> control)
    {
        var error = errors.FirstOrDefault(e => e.Path == path);
        var describedBy = $"{id}-hint" + (error is null ? "" : $" {id}-error");
        html.Append($"<div class=\"field{(error is null ? "" : " invalid")}\"><label for=\"{id}\">{Encode(label)}</label>\n")
            .Append($"<p class=\"hint\" id=\"{id}-hint\">{Encode(hint)}</p>\n");
        if (error is not null)
            html.Append($"<p class=\"field-error\" id=\"{id}-error\"><span class=\"sr\">错误：</span>{Encode(error.Message)}</p>\n");
        html.Append(control($" aria-describedby=\"{describedBy}\"" + (error is null ? "" : " aria-invalid=\"true\""))).Append("\n</div>\n");
    }

    /// <summary>The field a finding belongs to; a finding about the answers as a whole points at the first open item.</summary>
    private static string FieldId(string path, IReadOnlyList<CorrectionItem> open)
    {
        var parts = path.Split('.');
        if (parts is ["items", var n, "url"])
            return UrlField(int.Parse(n, CultureInfo.InvariantCulture));
        if (parts is ["items", var m, ..])
            return TextField(int.Parse(m, CultureInfo.InvariantCulture));
        if (path == TokenField || open.Count == 0)
            return TokenField;
        return TextField(open[0].Number);
    }

    private static string Date(DateTimeOffset instant) => ChineseDate.Format(ChinaStandardTime.DateOf(instant));

    private static string Encode(string text) => PageLayout.Encode(text);
}
