using System.Text;
using System.Xml.Linq;
using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace ReportFunctions.Pdf.Tests.Document;

/// <summary>Bookmarks, language and XMP metadata, read back with PdfPig.</summary>
public sealed class PdfStructureTests
{
    private const string Paragraph = "本年度大岚镇利用政务信息平台主动公开政府信息150条，其中组织机构18条，部门文件19条、工作计划12条。";

    private static readonly PageFrame Frame = PageFrame.GbT9704(new TextStyle(BundledFonts.Shared.SerifRegular, 14, 14) { Alignment = TextAlignment.Left });

    private static readonly PdfMetadata Metadata = new("大岚镇人民政府2021年政府信息公开工作年度报告", "大岚镇人民政府", "主题", "关键词", "ReportFunctions", new DateTimeOffset(2022, 1, 15, 8, 0, 0, TimeSpan.Zero))
    {
        Modified = new DateTimeOffset(2022, 2, 1, 9, 30, 0, TimeSpan.Zero),
    };

    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace XmpNs = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";

    [Fact]
    public void RenderPdf_ListsTheBookmarkedBlocksInTheOutlineAtTheirPages()
    {
        var builder = new DocumentBuilder(Frame).Text("大岚镇人民政府\n2021年政府信息公开工作年度报告", Styles.Heading, bookmark: true);
        for (var section = 1; section <= 3; section++)
        {
            builder.Text($"{"一二三"[section - 1]}、第{section}节", Styles.Heading, keepWithNext: true, bookmark: true);
            for (var i = 0; i < 12; i++)
                builder.Text(Paragraph, Styles.Body);
        }

        var pdf = builder.RenderPdf(Metadata).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var outline));
        var entries = outline.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["大岚镇人民政府2021年政府信息公开工作年度报告", "一、第1节", "二、第2节", "三、第3节"], entries.Select(e => e.Title));
        Assert.All(entries, e => Assert.Empty(e.Children));
        foreach (var entry in entries)
        {
            var page = document.GetPage(entry.PageNumber);
            var letters = PdfFacts.Find(page, entry.Title[..4]);
            Assert.NotEmpty(letters);
            // The destination is the top of the block's first line.
            Assert.InRange(entry.Destination.Coordinates.Top!.Value - letters[0][0].StartBaseLine.Y, 0, Styles.Pitch);
        }
        Assert.True(entries[^1].PageNumber > entries[1].PageNumber);
    }

    [Fact]
    public void RenderPdf_WritesTheLanguageAndOpensWithTheBookmarks()
    {
        var pdf = new DocumentBuilder(Frame).Text("一、总体情况", Styles.Heading, bookmark: true).Text(Paragraph, Styles.Body).RenderPdf(Metadata).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("zh-CN", CatalogEntry(document, "Lang"));
        Assert.Equal("UseOutlines", CatalogEntry(document, "PageMode"));
    }

    [Fact]
    public void RenderPdf_WithoutBookmarks_WritesTheLanguageAndNoOutline()
    {
        var pdf = new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).RenderPdf(Metadata with { Language = "en" }).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.False(document.TryGetBookmarks(out _));
        Assert.Equal("en", CatalogEntry(document, "Lang"));
    }

    [Fact]
    public void RenderPdf_WritesXmpMetadataMatchingTheDocumentInformationAndClaimingPdfA2b()
    {
        var pdf = new DocumentBuilder(Frame).Text(Paragraph, Styles.Body).RenderPdf(Metadata).Pdf;

        using var document = PdfDocument.Open(pdf);
        var xmp = Xmp(document);
        Assert.Equal(Metadata.Title, xmp.Descendants(Dc + "title").Single().Value);
        Assert.Equal("大岚镇人民政府", xmp.Descendants(Dc + "creator").Single().Value);
        Assert.Equal("2022-01-15T08:00:00+00:00", xmp.Descendants(XmpNs + "CreateDate").Single().Value);
        Assert.Equal("2022-02-01T09:30:00+00:00", xmp.Descendants(XmpNs + "ModifyDate").Single().Value);
        Assert.Equal("2", xmp.Descendants(PdfAId + "part").Single().Value);
        Assert.Equal("B", xmp.Descendants(PdfAId + "conformance").Single().Value);
        Assert.Equal(Metadata.Title, document.Information.Title);
        Assert.StartsWith("D:20220201093000", document.Information.ModifiedDate);
    }

    [Fact]
    public void RenderPdf_DerivesTheDocumentIdFromTheContent()
    {
        byte[] Render(string text) => new DocumentBuilder(Frame).Text(text, Styles.Body).RenderPdf(Metadata).Pdf;

        var first = Render(Paragraph);
        var other = Render(Paragraph + "另");

        Assert.Equal(first, Render(Paragraph));
        using var document = PdfDocument.Open(first);
        using var otherDocument = PdfDocument.Open(other);
        var documentId = Xmp(document).Descendants(XmpMM + "DocumentID").Single().Value;
        var trailerId = Convert.ToHexStringLower([.. ((HexToken)document.Structure.Trailer.Identifier[0]).Bytes]);
        Assert.Equal($"uuid:{trailerId[..8]}-{trailerId[8..12]}-{trailerId[12..16]}-{trailerId[16..20]}-{trailerId[20..]}", documentId);
        Assert.NotEqual(trailerId, Convert.ToHexStringLower([.. ((HexToken)otherDocument.Structure.Trailer.Identifier[0]).Bytes]));
    }

    // XMP is UTF-8 (its packet header names no other encoding); PdfPig's GetXDocument reads it as Latin-1.
    private static XDocument Xmp(PdfDocument document)
    {
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        return XDocument.Parse(Encoding.UTF8.GetString([.. metadata.GetXmlBytes()]));
    }

    private static string? CatalogEntry(PdfDocument document, string key) =>
        document.Structure.Catalog.CatalogDictionary.Data.TryGetValue(key, out var token) ? (token as IDataToken<string>)?.Data : null;
}
