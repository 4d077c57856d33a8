namespace ReportFunctions.Pages;

/// <summary>A column page and its HTTP status.</summary>
public sealed record ColumnResponse(string Html, int StatusCode);
