namespace ReportFunctions.Core.Rendering;

/// <summary>A rendered report: the PDF bytes and its page count.</summary>
public sealed record RenderedReport(byte[] Pdf, int PageCount);
