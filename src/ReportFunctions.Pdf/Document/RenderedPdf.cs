namespace ReportFunctions.Pdf.Document;

/// <summary>A rendered PDF and its number of pages.</summary>
public sealed record RenderedPdf(byte[] Pdf, int PageCount);
