namespace ReportFunctions.Pdf.Document;

/// <summary>The PDF's document information. Dates are given, never read from the clock, so output is reproducible.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, string Creator, DateTimeOffset Created)
{
    /// <summary>Defaults to <see cref="Created"/>.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The document's natural language (BCP 47), written as the catalog's /Lang; the engine shapes text as Simplified Chinese.</summary>
    public string Language { get; init; } = "zh-CN";
}
