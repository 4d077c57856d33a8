namespace ReportFunctions.Publishing;

/// <summary>A report as the column lists it: the current version and every version published before it, oldest first.</summary>
public sealed record ListedReport(PublishedReport Report, IReadOnlyList<PublishedVersion> Versions)
{
    public DateTimeOffset UpdatedAt => Report.CorrectedAt ?? Report.PublishedAt;
}
