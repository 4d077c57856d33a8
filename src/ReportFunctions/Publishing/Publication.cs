namespace ReportFunctions.Publishing;

/// <summary>A published version: its stable URL, the stable URL of its HTML edition, number, and the PDF's SHA-256, size and page count.</summary>
public sealed record Publication(string Url, string HtmlUrl, int Version, string Sha256, long Bytes, int Pages);
