namespace ReportFunctions.Publishing;

/// <summary>A published version: its stable URL, number, and the PDF's SHA-256, size and page count.</summary>
public sealed record Publication(string Url, int Version, string Sha256, long Bytes, int Pages);
