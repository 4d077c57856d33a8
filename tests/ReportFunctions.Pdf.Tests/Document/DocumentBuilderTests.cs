using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportFunctions.Pdf.Tests.Document;

public sealed class DocumentBuilderTests
{
    private const string Paragraph =
        "本年度大岚镇利用政务信息平台主动公开政府信息150条，其中组织机构18条，部门文件19条、工作计划12条。官微和官博“神奇大岚”信息发布质量数量双提升，分别公开政府信息156和70条。";

    private static readonly PageFrame Frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14) { Alignment = TextAlignment.Left });
    private static readonly PdfMetadata Metadata = new("标题", "作者", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RenderPdf_WritesA4PagesWithTheTextExtractableAndNoRadicals()
    {
        var pdf = new DocumentBuilder(Frame).Text("一、总体情况", Styles.Heading).Text(Paragraph, Styles.Body).RenderPdf(Metadata);

        using var document = PdfDocument.Open(pdf.Pdf);
        var page = document.GetPage(1);
        // Skia writes whole-point page sizes: 595 × 842, the usual A4 MediaBox.
        Assert.Equal(595.3, page.Width, 0.5);
        Assert.Equal(841.9, page.Height, 0.5);
        var text = PdfFacts.Text(pdf.Pdf);
        Assert.Contains("一、总体情况" + Paragraph, text);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF' or '\uFFFD' or '\0');
    }

    [Fact]
    public void RenderPdf_EmbedsEveryFontAndWritesTheMetadata()
    {
        var pdf = new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).Text("标题", Styles.Heading).RenderPdf(Metadata);

        Assert.Empty(PdfFacts.UnembeddedFonts(pdf.Pdf));
        using var document = PdfDocument.Open(pdf.Pdf);
        Assert.Equal("标题", document.Information.Title);
        Assert.Equal("作者", document.Information.Author);
        Assert.Equal("ReportFunctions", document.Information.Creator);
        Assert.Equal("ReportFunctions", document.Information.Producer);
        Assert.StartsWith("D:20220115080000", document.Information.CreationDate);
    }

    [Fact]
    public void RenderPdf_GivesIdenticalBytesForTheSameInput()
    {
        DocumentBuilder Build() => new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).Table(Table(30));

        Assert.Equal(Build().RenderPdf(Metadata).Pdf, Build().RenderPdf(Metadata).Pdf);
    }

    [Fact]
    public void HeadingStyle_FallsBackToTheBodyFaceForCharactersItLacks()
    {
        Assert.False(BundledFonts.Shared.SansRegular.HasGlyph('堃'));
        Assert.True(BundledFonts.Shared.SerifRegular.HasGlyph('堃'));

        var pdf = new DocumentBuilder(Frame).Text("（一）王堃同志", Styles.Heading).RenderPdf(Metadata);

        Assert.StartsWith("（一）王堃同志", PdfFacts.Text(pdf.Pdf));
        var shaped = TextShaper.Shape("王堃", Styles.Heading);
        Assert.Equal([BundledFonts.Shared.SansRegular, BundledFonts.Shared.SerifRegular], shaped.Clusters.Select(c => shaped.Faces[c.Face]));
        Assert.DoesNotContain((ushort)0, shaped.Glyphs);
    }

    [Fact]
    public void Pages_AreNumberedOddRightEvenLeftOneCharacterIn()
    {
        var builder = new DocumentBuilder(Frame);
        for (var i = 0; i < 40; i++)
            builder.Text(Paragraph, Styles.Body);

        var pdf = builder.RenderPdf(Metadata);

        Assert.True(pdf.PageCount >= 3);
        using var document = PdfDocument.Open(pdf.Pdf);
        var typeAreaBottom = Frame.Height - Frame.Top - Frame.ContentHeight;
        for (var n = 1; n <= 2; n++)
        {
            var number = PdfFacts.Find(document.GetPage(n), $"—{n}—").Single();
            var right = number[^1].BoundingBox.Right;
            var left = number[0].BoundingBox.Left;
            if (n % 2 == 1)
                Assert.InRange(right, Frame.Width - Frame.Right - 14 - 2, Frame.Width - Frame.Right - 14 + 0.5);
            else
                Assert.InRange(left, Frame.Left + 14 - 0.5, Frame.Left + 14 + 2);
            Assert.InRange(number[0].StartBaseLine.Y, typeAreaBottom - PageFrame.Millimetres(7) - 14, typeAreaBottom - PageFrame.Millimetres(7));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Heading_MovesToTheNextPageWithTheParagraphItIsKeptWith(bool keepWithNext)
    {
        // 21 one-line paragraphs leave one line on a 22-line page: the heading fits there, its paragraph does not.
        var builder = new DocumentBuilder(Frame);
        for (var i = 0; i < 21; i++)
            builder.Text($"第{i + 1}行。", Styles.Body);
        builder.Text("二、主动公开政府信息情况", Styles.Heading, keepWithNext: keepWithNext).Text(Paragraph, Styles.Body);

        var pages = PdfFacts.PageTexts(builder.RenderPdf(Metadata).Pdf);

        Assert.Equal(2, pages.Count);
        Assert.Contains("第21行", pages[0]);
        Assert.Equal(keepWithNext, pages[1].StartsWith("二、主动公开政府信息情况", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyParagraphs_AddNeitherLinesNorPages()
    {
        var builder = new DocumentBuilder(Frame).Text("", Styles.Body);
        for (var i = 0; i < 22; i++)
            builder.Text($"第{i + 1}行。", Styles.Body);
        builder.Text("", Styles.Body).Text("", Styles.Heading);

        var pdf = builder.RenderPdf(Metadata);

        Assert.Equal(1, pdf.PageCount);
        Assert.Equal("第1行。", PdfFacts.PageTexts(pdf.Pdf)[0][..4]);
    }

    [Fact]
    public void Table_RepeatsItsHeaderRowsOnEveryPageAndKeepsRowsWhole()
    {
        var pdf = new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).Table(Table(120)).RenderPdf(Metadata);

        var pages = PdfFacts.PageTexts(pdf.Pdf);
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.Contains("项目名称数量", p));
        var rows = Enumerable.Range(1, 120).Select(r => $"第{r}项：{r * 7}").ToList();
        Assert.All(rows, row => Assert.Single(pages, p => p.Contains(row, StringComparison.Ordinal)));
        var pageOfRow = rows.Select(row => pages.FindIndex(p => p.Contains(row, StringComparison.Ordinal))).ToList();
        Assert.Equal(pageOfRow.Order(), pageOfRow);
    }

    [Fact]
    public void Table_PutsEachValueInsideItsColumnAndOnItsRow()
    {
        var table = new TableBuilder(3, 1, 1) { HeaderRows = 1 }
            .Cell(0, 0, "项目", Styles.Cell).Cell(0, 1, "自然人", Styles.Cell).Cell(0, 2, "总计", Styles.Cell)
            .Cell(1, 0, "一、本年新收政府信息公开申请数量", Styles.Cell with { Alignment = TextAlignment.Left })
            .Cell(1, 1, "4321", Styles.Cell).Cell(1, 2, "98765", Styles.Cell);

        var pdf = new DocumentBuilder(Frame).Table(table).RenderPdf(Metadata);

        using var document = PdfDocument.Open(pdf.Pdf);
        var page = document.GetPage(1);
        var header = PdfFacts.Find(page, "自然人").Single();
        var label = PdfFacts.Find(page, "一、本年新收").Single();
        var value = PdfFacts.Find(page, "4321").Single();
        var centre = (value[0].BoundingBox.Left + value[^1].BoundingBox.Right) / 2;
        Assert.InRange(centre, header[0].BoundingBox.Left, header[^1].BoundingBox.Right);
        Assert.Equal(label[0].StartBaseLine.Y, value[0].StartBaseLine.Y, 1.0);
    }

    [Fact]
    public void Table_SetsVerticalTextOneCharacterPerLine()
    {
        var table = new TableBuilder(1, 4)
            .Cell(0, 0, "三、本年度办理结果", Styles.Cell with { OneCharacterPerLine = true }, rowSpan: 10)
            .Cell(0, 1, "甲", Styles.Cell);
        for (var r = 1; r < 10; r++)
            table.Cell(r, 1, $"第{r}行", Styles.Cell);

        var pdf = new DocumentBuilder(Frame).Table(table).RenderPdf(Metadata);

        using var document = PdfDocument.Open(pdf.Pdf);
        var letters = PdfFacts.Find(document.GetPage(1), "三、本年度办理结果").Single();
        var lines = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).ToList();
        Assert.Equal(8, lines.Count);
        Assert.Equal("三、", string.Concat(lines[0].Select(l => l.Value)));
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First.Key > p.Second.Key));
    }

    [Fact]
    public void Table_RowTallerThanAPage_FailsWithTheReason()
    {
        var table = new TableBuilder(1).Cell(0, 0, string.Concat(Enumerable.Repeat(Paragraph, 60)), Styles.Cell);

        var error = Assert.Throws<DocumentLayoutException>(() => new DocumentBuilder(Frame).Table(table).RenderPdf(Metadata));

        Assert.Contains("row 1 needs", error.Message);
    }

    [Fact]
    public void RenderPagePng_DrawsThePageAtTheRequestedWidth()
    {
        var png = new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).RenderPagePng(1, 400);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(400, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }

    private static TableBuilder Table(int rows)
    {
        var table = new TableBuilder(3, 1) { HeaderRows = 1 }.Cell(0, 0, "项目名称", Styles.Cell).Cell(0, 1, "数量", Styles.Cell);
        for (var r = 1; r <= rows; r++)
            table.Cell(r, 0, $"第{r}项：", Styles.Cell).Cell(r, 1, (r * 7).ToString(System.Globalization.CultureInfo.InvariantCulture), Styles.Cell);
        return table;
    }
}
