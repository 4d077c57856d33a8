using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Tests.Document;

/// <summary>
/// Skia draws a random document ID and writes it as a hex or a literal string, whichever is shorter for its bytes;
/// the rewrite replaces it with a hash of the content either way, so every rendering of a document is the same file.
/// </summary>
public sealed class DocumentIdTests
{
    [Fact]
    public void RenderPdf_GivesTheSameBytesEveryTime_WhateverFormSkiasRandomIdTakes()
    {
        var frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14));
        var metadata = new PdfMetadata("标题", "作者", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 20, 0, 0, TimeSpan.Zero));
        byte[] Render() => new DocumentBuilder(frame).Text("政府信息公开", Styles.Body).RenderPdf(metadata).Pdf;
        var first = Render();

        // About one random ID in a hundred is written as a literal string: 400 renderings meet one almost surely.
        for (var i = 0; i < 400; i++)
            Assert.Equal(first, Render());
        var trailer = System.Text.Encoding.Latin1.GetString(first)[^300..];
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", trailer);
    }
}
