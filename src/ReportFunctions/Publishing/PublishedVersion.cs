namespace ReportFunctions.Publishing;

/// <summary>One published version of a report and when it was published (the first) or corrected (every later one).</summary>
public sealed record PublishedVersion(int Version, DateTimeOffset PublishedAt);
