namespace ReportFunctions.Corrections;

/// <summary>The organization's answer to item <paramref name="Number"/>: what it did (整改情况) and, optionally, where to see it.</summary>
public sealed record CorrectionAnswer(int Number, string? Text, string? Url);
