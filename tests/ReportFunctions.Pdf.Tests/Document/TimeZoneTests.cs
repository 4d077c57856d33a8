using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Tests.Document;

[CollectionDefinition(nameof(TimeZoneTests), DisableParallelization = true)]
public sealed class TimeZoneCollection;

/// <summary>Changes the process's local time zone, so it runs alone.</summary>
[Collection(nameof(TimeZoneTests))]
public sealed class TimeZoneTests
{
    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Shanghai")]
    public void RenderPdf_GivesTheSameBytesInEveryTimeZone(string zone)
    {
        var frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14));
        var metadata = new PdfMetadata("标题", "作者", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 20, 0, 0, TimeSpan.Zero));
        byte[] Render() => new DocumentBuilder(frame).Text("政府信息公开", Styles.Body).RenderPdf(metadata).Pdf;
        var original = Environment.GetEnvironmentVariable("TZ");
        byte[] utc, local;
        try
        {
            SetZone("UTC");
            utc = Render();
            SetZone(zone);
            local = Render();
        }
        finally
        {
            SetZone(original);
        }

        Assert.Equal(utc, local);
        using var document = UglyToad.PdfPig.PdfDocument.Open(local);
        Assert.Equal("D:20220115200000+00'00'", document.Information.CreationDate);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        Assert.Contains("<xmp:CreateDate>2022-01-15T20:00:00+00:00</xmp:CreateDate>", System.Text.Encoding.UTF8.GetString([.. xmp.GetXmlBytes()]));
    }

    private static void SetZone(string? zone)
    {
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
    }
}
