using System.Globalization;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Core.Rendering.Html;

/// <summary>
/// The report's HTML edition: one complete, self-contained <c>lang="zh-CN"</c> document (inline stylesheet, no
/// external resources) with the title as <c>h1</c>, the six official sections as <c>h2</c>, subsection headings
/// as <c>h3</c> and the three official tables as real tables, read from the same label tables as the PDF.
/// Every text is HTML-encoded. Thread-safe and stateless.
/// </summary>
public sealed partial class ReportHtmlRenderer
{
    /// <summary>The document; <paramref name="additionalCss"/> is appended to the stylesheet (e.g. <c>@font-face</c> rules).</summary>
    public string Render(Report report, string? additionalCss = null)
    {
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>\n").Open("html", ("lang", "zh-CN")).Open("head")
            .Raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", report.EffectiveTitle)
            .Open("meta", ("name", "author"), ("content", report.Signature.Issuer))
            .Open("style").Raw(HtmlStyles.Css).Raw(additionalCss is null ? "" : "\n" + additionalCss.Replace("</", "<\\/", StringComparison.Ordinal)).Close("style")
            .Close("head").Open("body").Open("main").Open("article", ("aria-labelledby", "report-title"));

        html.Open("header").Open("h1", ("id", "report-title"));
        Title(html, report);
        html.Close("h1").Close("header");
        foreach (var paragraph in report.Preface)
            html.Element("p", paragraph);

        Section(html, "overview", SectionHeadings.Overview, report.Overview);
        Section(html, "active-disclosure", SectionHeadings.ActiveDisclosure, report.ActiveDisclosure.Narrative, keepOpen: true);
        HtmlTables.ActiveDisclosure(html, report.ActiveDisclosure);
        html.Close("section");
        Section(html, "applications", SectionHeadings.Applications, [], keepOpen: true);
        HtmlTables.Applications(html, report.Applications);
        html.Close("section");
        Section(html, "reviews", SectionHeadings.ReviewsAndLitigation, [], keepOpen: true);
        HtmlTables.Reviews(html, report.ReviewsAndLitigation);
        html.Close("section");
        Section(html, "problems", SectionHeadings.ProblemsAndImprovements, report.ProblemsAndImprovements);
        Section(html, "other-matters", SectionHeadings.OtherMatters, report.OtherMatters);

        html.Open("footer", ("class", "signature")).Element("p", report.Signature.Issuer).Open("p")
            .Element("time", ChineseDate.Format(report.Signature.Date), ("datetime", report.Signature.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Close("p").Close("footer");
        html.Close("article").Close("main").Close("body").Close("html").Raw("\n");
        return html.ToString();
    }

    // The title breaks only at its word boundaries (GB/T 9704 §7.3.3), as the PDF does: after the body's name, after
    // the year and before "年度报告", each part kept whole (an inline block), so a 390 px phone never ends a line
    // inside a word ("年度报 / 告").
    private static void Title(HtmlWriter html, Report report)
    {
        var title = report.EffectiveTitle;
        var name = report.Organization.Name;
        if (title.Length > name.Length && title.StartsWith(name, StringComparison.Ordinal))
        {
            html.Element("span", name);
            title = title[name.Length..];
        }
        foreach (var part in TitleParts(title))
            html.Element("span", part);
    }

    /// <summary>"2021年政府信息公开工作年度报告" → "2021年", "政府信息公开工作", "年度报告"; another title stays one part.</summary>
    private static IEnumerable<string> TitleParts(string title)
    {
        var year = YearPrefix().Match(title);
        var rest = year.Success ? title[year.Length..] : title;
        if (year.Success)
            yield return year.Value;
        const string Suffix = "年度报告";
        if (rest.Length > Suffix.Length && rest.EndsWith(Suffix, StringComparison.Ordinal))
        {
            yield return rest[..^Suffix.Length];
            yield return Suffix;
        }
        else if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"^\d{4}年", RegexOptions.CultureInvariant)]
    private static partial Regex YearPrefix();

    private static void Section(HtmlWriter html, string id, string heading, IReadOnlyList<Block> blocks, bool keepOpen = false)
    {
        html.Open("section", ("aria-labelledby", id)).Element("h2", heading, ("id", id));
        foreach (var block in blocks)
        {
            if (!string.IsNullOrWhiteSpace(block.Heading))
                html.Element("h3", block.Heading);
            foreach (var paragraph in block.Paragraphs)
                html.Element("p", paragraph);
        }
        if (!keepOpen)
            html.Close("section");
    }
}
