using System.Net;
using System.Text;

namespace ReportFunctions.Pages;

/// <summary>
/// The frame of every page for people: Chinese, the site's header band, a skip link, one main landmark, the shared
/// stylesheet plus the page's own assets, and nothing loaded from elsewhere. The CSP allows this app's files only.
/// </summary>
public static class PageLayout
{
    /// <summary>Scripts and styles are this app's files; fetches go back to this app; forms post back to it.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'";

    public const string SiteName = "政府信息公开工作年度报告";

    /// <param name="title">The page's own title; the document title adds the site's name.</param>
    /// <param name="body">HTML of the main landmark, already encoded.</param>
    /// <param name="styles">Page assets (.css) beyond site.css.</param>
    /// <param name="scripts">Page assets (.js), loaded deferred: the page works before and without them.</param>
    /// <param name="head">Further elements of the head (e.g. a feed's link), already encoded.</param>
    public static string Render(string title, string body, IReadOnlyList<string>? styles = null, IReadOnlyList<string>? scripts = null, string? head = null)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} - {SiteName}</title>
            <link rel="stylesheet" href="{PageAssets.Url("site.css")}">

            """);
        foreach (var style in styles ?? [])
            html.Append($"<link rel=\"stylesheet\" href=\"{PageAssets.Url(style)}\">\n");
        foreach (var script in scripts ?? [])
            html.Append($"<script src=\"{PageAssets.Url(script)}\" defer></script>\n");
        if (head is not null)
            html.Append(head).Append('\n');
        html.Append($"""
            </head>
            <body>
            <a class="skip" href="#main">跳到正文</a>
            <header class="site"><p class="site-name">{SiteName}</p><h1>{Encode(title)}</h1></header>
            <main id="main" tabindex="-1">
            {body}
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
