using System.Text.Json.Serialization;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Corrections;

/// <summary>A correction notice (整改通知) the supervising office issued to an organization for a quarter.</summary>
public sealed record CorrectionNotice(
    string Id,
    string OrganizationId,
    string Quarter,
    DateOnly DueDate,
    DateTimeOffset IssuedAt,
    IReadOnlyList<CorrectionItem> Items)
{
    public const string Open = "open";
    public const string ResolvedStatus = "resolved";

    /// <summary>"open" until every item is rectified, then "resolved".</summary>
    public string Status => Items.All(i => i.Resolved) ? ResolvedStatus : Open;

    [JsonIgnore]
    public IReadOnlyList<string> OpenProblems => Items.Where(i => !i.Resolved).Select(i => i.Problem).ToList();
}
