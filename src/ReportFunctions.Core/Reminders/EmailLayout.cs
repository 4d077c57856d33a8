using System.Net;
using System.Text;

namespace ReportFunctions.Core.Reminders;

/// <summary>
/// The one layout of every e-mail the system sends, as text and as HTML saying the same (the outbox sends both as
/// multipart/alternative): salutation, paragraphs, a numbered list, links, the issuing office's signature, footer.
/// </summary>
public static class EmailLayout
{
    private const string Footer = "本邮件由政府信息公开工作年度报告系统自动发送，请勿直接回复。";

    public static EmailContent Compose(
        string subject,
        string addressee,
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<string> items,
        IReadOnlyList<(string Label, string Url)> links,
        EmailSignature signature,
        string? closing = null)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>");
        text.Append(addressee).Append("：\n\n");
        html.Append("<p>").Append(WebUtility.HtmlEncode(addressee)).Append("：</p>");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (items.Count > 0)
        {
            html.Append("<ol>");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(items[i]).Append('\n');
                html.Append("<li>").Append(WebUtility.HtmlEncode(items[i])).Append("</li>");
            }

            text.Append('\n');
            html.Append("</ol>");
        }

        if (closing is not null)
        {
            text.Append(closing).Append("\n\n");
            html.Append("<p>").Append(WebUtility.HtmlEncode(closing)).Append("</p>");
        }

        html.Append("<ul>");
        foreach (var (label, url) in links)
        {
            text.Append(label).Append("：").Append(url).Append('\n');
            html.Append("<li>").Append(WebUtility.HtmlEncode(label)).Append("：<a href=\"")
                .Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(url)).Append("</a></li>");
        }

        html.Append("</ul>");
        // Right-aligned like the 落款 of a 公文 (GB/T 9704-2012 §7.3.5): office, phone, date.
        text.Append('\n');
        html.Append("<p style=\"text-align:right\">");
        var lines = signature.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]).Append('\n');
            html.Append(i > 0 ? "<br>" : "").Append(WebUtility.HtmlEncode(lines[i]));
        }

        text.Append('\n').Append(Footer).Append('\n');
        html.Append("</p><p style=\"color:#666\">").Append(Footer).Append("</p></body></html>");
        return new EmailContent(subject, text.ToString(), html.ToString());
    }
}
