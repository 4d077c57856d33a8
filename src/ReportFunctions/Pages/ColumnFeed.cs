using System.Globalization;
using System.Text;
using System.Xml;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Publishing;

namespace ReportFunctions.Pages;

/// <summary>
/// The column's Atom 1.0 feed (RFC 4287): one entry per report, identified by its stable PDF URL, so a correction is
/// the same entry with a later <c>updated</c> and a summary that lists the versions.
/// </summary>
public static class ColumnFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="reports">The entries, newest update first.</param>
    /// <param name="now">The feed's <c>updated</c> when it has no entry.</param>
    public static byte[] Render(IReadOnlyList<ListedReport> reports, ReportLocations locations, DateTimeOffset now)
    {
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, locations.FeedUrl);
            xml.WriteElementString("title", Atom, "年报专栏：政府信息公开工作年度报告");
            xml.WriteElementString("subtitle", Atom, "新发布和更正的政府信息公开工作年度报告");
            xml.WriteElementString("updated", Atom, Timestamp(reports.Count > 0 ? reports.Max(r => r.UpdatedAt) : now));
            Link(xml, "self", ContentType[..ContentType.IndexOf(';', StringComparison.Ordinal)], locations.FeedUrl);
            Link(xml, "alternate", "text/html", locations.ColumnUrl);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, PageLayout.SiteName);
            xml.WriteEndElement();
            foreach (var listed in reports)
                Entry(xml, listed);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return bytes.ToArray();
    }

    private static void Entry(XmlWriter xml, ListedReport listed)
    {
        var report = listed.Report;
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, report.Url);
        xml.WriteElementString("title", Atom, report.Title);
        xml.WriteElementString("published", Atom, Timestamp(report.PublishedAt));
        xml.WriteElementString("updated", Atom, Timestamp(listed.UpdatedAt));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, report.OrganizationName);
        xml.WriteEndElement();
        if (report.HtmlUrl is { } html)
            Link(xml, "alternate", "text/html", html);
        Link(xml, "alternate", "application/pdf", report.Url);
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Summary(listed));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>"大岚镇人民政府2021年度报告。第1版2022年1月20日发布；第2版2022年3月2日更正。"</summary>
    private static string Summary(ListedReport listed)
    {
        var report = listed.Report;
        var versions = listed.Versions.Select((v, i) =>
            string.Create(CultureInfo.InvariantCulture, $"第{v.Version}版{ChineseDate.Format(ChinaStandardTime.DateOf(v.PublishedAt))}{(i == 0 ? "发布" : "更正")}"));
        return string.Create(CultureInfo.InvariantCulture, $"{report.OrganizationName}{report.Year}年度报告。{string.Join("；", versions)}。");
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // RFC 3339 in China Standard Time, as the pages show dates.
    private static string Timestamp(DateTimeOffset instant) =>
        instant.ToOffset(ChinaStandardTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
}
