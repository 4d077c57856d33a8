using ReportFunctions.Publishing;

namespace ReportFunctions.Oversight;

/// <summary>A body's standing for one report year it submitted for, with the published row (versions) if any.</summary>
public sealed record BodyYear(int Year, ReportYearStatus Status, PublishedReportEntity? Published);
