using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportFunctions.Pdf.Tests.Document;

/// <summary>Where pages break: widows and orphans, row-spanning groups of tables, one type size per row.</summary>
public sealed class PaginationTests
{
    private static readonly PageFrame Frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14) { Alignment = TextAlignment.Left });
    private static readonly PdfMetadata Metadata = new("标题", "作者", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(20, 3, 0)] // two lines left: the paragraph's first line would stand alone at the foot, so all goes down
    [InlineData(19, 4, 2)] // three lines left: its last line would stand alone at the top, so two go down
    [InlineData(18, 4, 4)] // four lines left: it fits
    public void Paragraph_LeavesNoSingleLineAtAPageFootOrTop(int fillers, int lines, int onFirstPage)
    {
        var paragraph = ParagraphOf(lines);
        var builder = Filled(fillers).Text(paragraph, Styles.Body);

        using var document = PdfDocument.Open(builder.RenderPdf(Metadata).Pdf);

        Assert.Equal(onFirstPage, BodyLines(document.GetPage(1)).Count - fillers);
        if (onFirstPage < lines)
            Assert.Equal(lines - onFirstPage, BodyLines(document.GetPage(2)).Count);
    }

    [Fact]
    public void LastParagraph_KeptWithTheSignature_LeavesWhatItCanSpareOnThePage()
    {
        // 14 lines and a 6-line paragraph leave two lines: too few for the blank line, issuer and date, so the
        // paragraph's last two lines go down with them and its first four stay.
        var builder = Filled(14).Text(ParagraphOf(6), Styles.Body, keepWithNext: true)
            .Text("大岚镇人民政府", Styles.Plain, spaceBefore: Styles.Pitch, keepWithNext: true)
            .Text("2021年12月29日", Styles.Plain);

        using var document = PdfDocument.Open(builder.RenderPdf(Metadata).Pdf);

        Assert.Equal(2, document.NumberOfPages);
        Assert.Equal(18, BodyLines(document.GetPage(1)).Count);
        Assert.Equal(4, BodyLines(document.GetPage(2)).Count);
        Assert.NotEmpty(PdfFacts.Find(document.GetPage(2), "2021年12月29日"));
    }

    [Fact]
    public void Group_SplitByThePage_ShowsItsLabelOnBothPagesWithTheContinuationMark()
    {
        // 4 lines left (116 pt) take the header and 5 rows of 18 pt; moving the group down would leave 90 pt blank.
        var pdf = Filled(18).Table(GroupTable("（三）不予公开", 8)).RenderPdf(Metadata).Pdf;

        var pages = PdfFacts.PageTexts(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("（三）不予公开", pages[0]);
        Assert.DoesNotContain("（续）", pages[0]);
        Assert.Contains("（三）不予公开（续）", pages[1]);
        Assert.Contains("第1项", pages[0]);
        Assert.Contains("第8项", pages[1]);
    }

    [Fact]
    public void Group_CutNearThePageFoot_MovesWholeToTheNextPage()
    {
        // 2 lines left (58 pt) take the header and 2 rows; moving the group down leaves just 36 pt blank.
        var pdf = Filled(20).Table(GroupTable("（三）不予公开", 8)).RenderPdf(Metadata).Pdf;

        var pages = PdfFacts.PageTexts(pdf);
        Assert.DoesNotContain("第1项", pages[0]);
        Assert.Contains("（三）不予公开", pages[1]);
        Assert.Contains("第8项", pages[1]);
        Assert.DoesNotContain("（续）", pages[1]);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void TallVerticalLabel_IsNeverDrawnEmpty(int fillers)
    {
        var vertical = Styles.Cell with { OneCharacterPerLine = true };
        var table = new TableBuilder(1, 4) { HeaderRows = 1 }.Cell(0, 0, "项目", Styles.Cell, columnSpan: 2);
        table.Cell(1, 0, "三、本年度办理结果", vertical, rowSpan: 22);
        for (var r = 1; r <= 22; r++)
            table.Cell(r, 1, $"第{r}项", Styles.Cell);

        var pdf = Filled(fillers).Table(table).RenderPdf(Metadata).Pdf;

        var pages = PdfFacts.PageTexts(pdf);
        var withRows = pages.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "第[0-9]+项")).ToList();
        Assert.NotEmpty(withRows);
        Assert.All(withRows, p => Assert.Contains("三、本年度办理结果", p));
    }

    [Fact]
    public void Row_WithANumberTooLongForItsCell_IsSetSmallerAsAWhole()
    {
        var number = Styles.Cell with { ShrinkToFit = true, TabularDigits = true };
        var table = new TableBuilder(2, 1, 1)
            .Cell(0, 0, "一、本年新收", number).Cell(0, 1, "123456789012345678901234567890", number).Cell(0, 2, "5", number)
            .Cell(1, 0, "二、上年结转", number).Cell(1, 1, "7", number).Cell(1, 2, "8", number);

        using var document = PdfDocument.Open(new DocumentBuilder(Frame).Table(table).RenderPdf(Metadata).Pdf);

        var rows = PdfFacts.ReadLetters(document.GetPage(1)).Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y / 4)).OrderByDescending(g => g.Key).ToList();
        var first = rows[0].Select(l => Math.Round(l.PointSize, 2)).Distinct().ToList();
        var second = rows[1].Select(l => Math.Round(l.PointSize, 2)).Distinct().ToList();
        Assert.Single(first);
        Assert.True(first[0] < 10.4, $"{first[0]} pt");
        Assert.Equal([10.5], second);
    }

    private static DocumentBuilder Filled(int lines)
    {
        var builder = new DocumentBuilder(Frame);
        for (var i = 0; i < lines; i++)
            builder.Text($"第{i + 1}行。", Styles.Body);
        return builder;
    }

    // A paragraph of exactly `lines` lines at the frame's width.
    private static string ParagraphOf(int lines)
    {
        var text = "";
        while (new TextLayout(text + "政府信息公开工作", Styles.Body).Lines(Frame.ContentWidth).Count <= lines)
            text += "政府信息公开工作";
        Assert.Equal(lines, new TextLayout(text, Styles.Body).Lines(Frame.ContentWidth).Count);
        return text;
    }

    private static List<double> BodyLines(UglyToad.PdfPig.Content.Page page) =>
        [.. PdfFacts.ReadLetters(page).Where(l => Math.Abs(l.PointSize - Styles.Size) < 0.1).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct()];

    private static TableBuilder GroupTable(string label, int rows)
    {
        var table = new TableBuilder(1, 2, 1) { HeaderRows = 1 }.Cell(0, 0, "项目", Styles.Cell, columnSpan: 2).Cell(0, 2, "数量", Styles.Cell);
        table.Cell(1, 0, label, Styles.Cell, rowSpan: rows);
        for (var r = 1; r <= rows; r++)
            table.Cell(r, 1, $"第{r}项", Styles.Cell).Cell(r, 2, $"{r}", Styles.Cell);
        return table;
    }
}
