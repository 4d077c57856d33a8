using System.Globalization;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Publishing;

namespace ReportFunctions.Pages;

/// <summary>
/// Reads what the column shows, within a fixed number of storage reads per request whatever is asked: the years
/// partition (one query) and then one year's partition (the year's page and its search), one point read per year
/// (a body's page), or the two newest years' partitions (the feed).
/// </summary>
public sealed class ReportColumn(PublishedReportIndex index, ReportLocations locations, TimeProvider time)
{
    /// <summary>The feed covers the newest two years: a year's reports are published early the next year, corrections later.</summary>
    private const int FeedYears = 2;

    private const int FeedEntries = 100;

    public async Task<ColumnResponse> PageAsync(string? year, string? query, string? organization, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(organization))
            return await OrganizationAsync(organization, ct);
        var years = await index.ListYearsAsync(ct);
        int? shown = years.Count > 0 ? years[0] : null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked is < 2000 or > 9999)
                return new ColumnResponse(ColumnPage.RenderNotFound($"年度“{year}”无效，应为四位数字，如 2024。"), 400);
            shown = asked;
        }
        var reports = shown is { } y ? await index.ListWithVersionsAsync(y, ct) : [];
        var trimmed = query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 50)] : null;
        return new ColumnResponse(ColumnPage.RenderYear(years, shown, trimmed, reports, locations), 200);
    }

    /// <summary>The Atom feed: the newest reports and corrections of the newest years.</summary>
    public async Task<byte[]> FeedAsync(CancellationToken ct)
    {
        var years = await index.ListYearsAsync(ct);
        var lists = await Task.WhenAll(years.Take(FeedYears).Select(y => index.ListWithVersionsAsync(y, ct)));
        var entries = lists.SelectMany(l => l).OrderByDescending(r => r.UpdatedAt).Take(FeedEntries).ToList();
        return ColumnFeed.Render(entries, locations, time.GetUtcNow());
    }

    private async Task<ColumnResponse> OrganizationAsync(string organization, CancellationToken ct)
    {
        var reports = OrganizationId.IsValid(organization)
            ? await index.ListForOrganizationAsync(organization, await index.ListYearsAsync(ct), ct)
            : [];
        return reports.Count > 0
            ? new ColumnResponse(ColumnPage.RenderOrganization(reports, locations), 200)
            : new ColumnResponse(ColumnPage.RenderNotFound("未找到该机关已发布的年度报告。"), 404);
    }
}
