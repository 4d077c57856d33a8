using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Pdf.Tests;
using SkiaSharp;

namespace ReportFunctions.Core.Tests.Rendering;

/// <summary>
/// Pages of the seed and a county sample against checked-in images (channel difference ≤ 8 on all but 0.05 % of
/// pixels): the title page and every page table 三 is on. After an intended change of the look, set
/// UPDATE_EXPECTED_IMAGES=1, run once, and review the new images beside the official template.
/// </summary>
public sealed class ReportLooksTests
{
    private const int Width = 400;

    public static TheoryData<string> Samples => new() { "dalan-2021", "county-department-2024" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Pages_LookAsExpected(string sample)
    {
        var report = Sample(sample);
        var pdf = new ReportRenderer(FixedTime.Default).Render(report).Pdf;
        var texts = PdfFacts.PageTexts(pdf);
        var pages = new[] { 1 }.Concat(Enumerable.Range(1, texts.Count).Where(p => texts[p - 1].Contains("申请人情况", StringComparison.Ordinal))).Distinct();
        var layout = ReportLayout.Build(report);

        foreach (var page in pages)
            AssertLooksAsExpected(layout.RenderPagePng(page, Width), $"{sample}-page-{page}.png");
    }

    private static void AssertLooksAsExpected(byte[] png, string name) =>
        ExpectedImages.AssertMatches(png, RepositoryRoot.File("tests", "ReportFunctions.Core.Tests", "Rendering", "Expected", name));

    private static Report Sample(string name)
    {
        var result = ReportReader.Read(File.ReadAllBytes(RepositoryRoot.File("samples", name + ".json")));
        return result.Report ?? throw new InvalidOperationException($"{name}: {string.Join("; ", result.Errors)}");
    }
}
