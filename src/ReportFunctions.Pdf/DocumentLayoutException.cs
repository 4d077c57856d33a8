namespace ReportFunctions.Pdf;

/// <summary>Content that cannot be laid out (e.g. a table row taller than a page), or fonts that cannot be loaded.</summary>
public sealed class DocumentLayoutException(string message) : Exception(message);
