using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering.Html;

namespace ReportFunctions.Core.Tests.Rendering.Html;

public sealed partial class ReportHtmlRendererTests
{
    private static readonly ReportHtmlRenderer Renderer = new();

    [Fact]
    public void Render_IsACompleteChineseDocumentWithoutExternalResources()
    {
        var html = Renderer.Render(Seed());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>大岚镇人民政府2021年政府信息公开工作年度报告</title>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(src|href)=|url\(|@import|<script", html);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HeadsTheReportWithOneH1AndTheSixOfficialSectionsAsH2InOrder()
    {
        var report = Seed();
        var html = Renderer.Render(report);

        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("<h1 id=\"report-title\"><span>大岚镇人民政府</span><span>2021年</span><span>政府信息公开工作</span><span>年度报告</span></h1>", html, StringComparison.Ordinal);
        string[] sections =
        [
            SectionHeadings.Overview, SectionHeadings.ActiveDisclosure, SectionHeadings.Applications,
            SectionHeadings.ReviewsAndLitigation, SectionHeadings.ProblemsAndImprovements, SectionHeadings.OtherMatters,
        ];
        Assert.Equal(sections, H2().Matches(html).Select(m => m.Groups["text"].Value));
        var blockHeadings = report.Overview.Concat(report.ProblemsAndImprovements).Select(b => b.Heading).OfType<string>();
        foreach (var heading in blockHeadings)
            Assert.Contains($"<h3>{heading}</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GivesTableThreeItsMergedHeaderCellsWithScopes()
    {
        var html = Renderer.Render(Seed());

        Assert.Contains($"<th colspan=\"3\" rowspan=\"3\" scope=\"col\">{ApplicationsTable.BalanceNote}</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"7\" scope=\"colgroup\">申请人情况</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th rowspan=\"2\" scope=\"col\">自然人</th><th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th><th rowspan=\"2\" scope=\"col\">总计</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">商业企业</th><th scope=\"col\">科研机构</th><th scope=\"col\">社会公益组织</th><th scope=\"col\">法律服务机构</th><th scope=\"col\">其他</th>", html, StringComparison.Ordinal);
        // 22 rows from （一）予以公开 to （七）总计 under the one 三、本年度办理结果 cell; （三）不予公开 spans its 8 reasons.
        Assert.Contains("<th rowspan=\"22\" scope=\"rowgroup\" class=\"vertical\">三、本年度办理结果</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th rowspan=\"8\" scope=\"rowgroup\">（三）不予公开</th><th scope=\"row\">1.属于国家秘密</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"3\" scope=\"row\">一、本年新收政府信息公开申请数量</th>", html, StringComparison.Ordinal);
        Assert.Equal(25, Regex.Matches(Table(html, 4), "<tr>").Count - 3);
    }

    [Fact]
    public void Render_GivesTableFourTheReviewAndTwoLitigationGroups()
    {
        var html = Renderer.Render(Seed());

        Assert.Contains("<th colspan=\"5\" scope=\"colgroup\">行政复议</th><th colspan=\"10\" scope=\"colgroup\">行政诉讼</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"5\" scope=\"colgroup\">未经复议直接起诉</th><th colspan=\"5\" scope=\"colgroup\">复议后起诉</th>", html, StringComparison.Ordinal);
        Assert.Equal(15, Regex.Matches(Table(html, 5), "<td>").Count);
    }

    [Fact]
    public void Render_GivesTableTwoOneCaptionedTablePerArticle20Item()
    {
        var html = Renderer.Render(ReportBuilder.Valid().Build());

        foreach (var item in ActiveDisclosureTable.Cells.Select(c => c.Item).Distinct())
            Assert.Contains($"<caption>{item}</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"col\">信息内容</th><th scope=\"col\">本年制发件数</th><th scope=\"col\">本年废止件数</th><th scope=\"col\">现行有效件数</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">行政事业性收费</th><td>1.2345</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EncodesMarkupInSubmittedText()
    {
        var report = ReportBuilder.Valid().With(r => r with
        {
            Title = "<script>alert(1)</script>报告",
            Overview = [new Block("（一）\"引号\" & 'x'", ["a < b > c"])],
        }).Build();

        var html = Renderer.Render(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;报告</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>（一）&quot;引号&quot; &amp; &#39;x&#39;</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p>a &lt; b &gt; c</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dalan-2021.json")]
    [InlineData("county-department-2024.json")]
    public void Render_ShowsEveryParagraphAndEveryTableNumberOfTheSample(string sample)
    {
        var report = Sample(sample);
        var html = Renderer.Render(report);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));

        foreach (var paragraph in report.Preface.Concat(new[] { report.Overview, report.ActiveDisclosure.Narrative, report.ProblemsAndImprovements, report.OtherMatters }.SelectMany(b => b).SelectMany(b => b.Paragraphs)))
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        var cells = Regex.Matches(html, "<td>(?<n>[^<]*)</td>").Select(m => m.Groups["n"].Value).ToList();
        Assert.Equal(TableNumbers(report), cells);
    }

    [Fact]
    public void Render_WritesTheSignatureWithAMachineReadableDate()
    {
        var html = Renderer.Render(Seed());

        Assert.Contains("<footer class=\"signature\"><p>大岚镇人民政府</p><p><time datetime=\"2021-12-29\">2021年12月29日</time></p></footer>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AppendsAdditionalCssInsideTheStyleElementOnly()
    {
        var html = Renderer.Render(Seed(), "@font-face{font-family:X}</style><script>");

        Assert.Contains("@font-face{font-family:X}<\\/style><script>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "</style>"));
    }

    // Every count and the fee in printed order: table 二 by item, table 三 by row then column, table 四 by group.
    private static List<string> TableNumbers(Report report)
    {
        var numbers = ActiveDisclosureTable.Cells.Select(c => c.Select(report.ActiveDisclosure).ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var row in ApplicationsTable.Rows)
            numbers.AddRange(ApplicationsTable.Columns.Select(c => c.Select(row.Select(report.Applications)).ToString(CultureInfo.InvariantCulture)));
        foreach (var group in ReviewsTable.Groups)
            numbers.AddRange(ReviewsTable.Columns.Select(c => c.Select(group.Select(report.ReviewsAndLitigation)).ToString(CultureInfo.InvariantCulture)));
        return numbers;
    }

    private static string Table(string html, int index) => Regex.Matches(html, "<table>.*?</table>", RegexOptions.Singleline)[index].Value;

    private static Report Seed() => Sample("dalan-2021.json");

    private static Report Sample(string name) =>
        ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", name))).Report ?? throw new InvalidOperationException(name);

    [GeneratedRegex("<h2 id=\"[a-z-]+\">(?<text>[^<]*)</h2>")]
    private static partial Regex H2();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
