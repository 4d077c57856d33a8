using System.Globalization;
using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Document;

namespace ReportFunctions.Core.Rendering;

/// <summary>
/// Renders a report as an official-format PDF (GB/T 9704-2012 page, 国办公开办函〔2021〕30号 tables). Thread-safe:
/// every call lays out its own document over the process-wide bundled fonts.
/// </summary>
public sealed class ReportRenderer(TimeProvider time)
{
    private const string Producer = "ReportFunctions";
    private const int ThumbnailWidth = 800;

    /// <summary>The PDF and its page count. The same report at the same time gives the same bytes.</summary>
    public RenderedReport Render(Report report)
    {
        var pdf = ReportLayout.Build(report).RenderPdf(Metadata(report));
        return new RenderedReport(pdf.Pdf, pdf.PageCount);
    }

    /// <summary>Page 1 as an 800-pixel-wide PNG, drawn by the same code as the PDF (website thumbnail).</summary>
    public byte[] RenderFirstPagePng(Report report) => ReportLayout.Build(report).RenderPagePng(1, ThumbnailWidth);

    private PdfMetadata Metadata(Report report)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        return new PdfMetadata(
            Title: report.EffectiveTitle,
            Author: report.Signature.Issuer,
            Subject: $"{year}年政府信息公开工作年度报告",
            Keywords: $"政府信息公开,年度报告,{report.Organization.Name},{year}",
            Creator: Producer,
            Created: time.GetUtcNow());
    }
}
