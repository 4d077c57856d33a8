namespace ReportFunctions.Core.Model;

/// <summary>A run of paragraphs under an optional subsection heading such as "（一）加强领导保障".</summary>
public sealed record Block(string? Heading, IReadOnlyList<string> Paragraphs);
