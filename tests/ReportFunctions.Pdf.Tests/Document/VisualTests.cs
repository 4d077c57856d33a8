using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Tests.Document;

/// <summary>
/// A page drawn by the engine against a checked-in image (channel difference ≤ 8 on all but 0.05 % of pixels).
/// After an intended change of the look, set UPDATE_EXPECTED_IMAGES=1, run once, and review the new image.
/// </summary>
public sealed class VisualTests
{
    private const int Width = 400;

    [Fact]
    public void SamplePage_LooksAsExpected()
    {
        var frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14) { Alignment = TextAlignment.Left });
        var table = new TableBuilder(2, 1, 1) { HeaderRows = 1 }
            .Cell(0, 0, "信息内容", Styles.Cell).Cell(0, 1, "本年处理决定数量", Styles.Cell, columnSpan: 2, background: 0xFFDCE6F2);
        for (var r = 1; r <= 3; r++)
            table.Cell(r, 0, $"第{r}项", Styles.Cell with { Alignment = TextAlignment.Left }).Cell(r, 1, $"{r * 111}", Styles.Cell).Cell(r, 2, $"{r * 7}", Styles.Cell);
        var page = new DocumentBuilder(frame)
            .Text("大岚镇人民政府\n2021年政府信息公开工作年度报告", Styles.Heading with { Alignment = TextAlignment.Center, Size = 22, LinePitch = 36 })
            .Text("一、总体情况", Styles.Heading with { FirstLineIndentEm = 2 }, spaceBefore: 29, keepWithNext: true)
            .Text("本年度大岚镇利用政务信息平台主动公开政府信息150条，其中组织机构18条，部门文件19条、工作计划12条、工作开展79条。官微和官博“神奇大岚”信息发布质量数量双提升。", Styles.Body)
            .Table(table, spaceBefore: 8)
            .RenderPagePng(1, Width);

        ExpectedImages.AssertMatches(page, Path.Combine(SourceFolder(), "Expected", "sample-page.png"));
    }

    private static string SourceFolder() => RepositoryRoot.File("tests", "ReportFunctions.Pdf.Tests", "Document");
}
