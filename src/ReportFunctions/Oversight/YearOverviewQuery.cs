using System.Globalization;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Oversight;

/// <summary>The year table's year, filters and order, read from and written to GET query parameters (works without script).</summary>
public sealed record YearOverviewQuery(
    int Year,
    OrganizationKind? Kind = null,
    ReportYearStatus? Status = null,
    bool OverdueOnly = false,
    YearSort Sort = YearSort.Deadline,
    bool Descending = false)
{
    /// <summary>Unknown or malformed values fall back to the defaults: a filter link is input, not a contract.</summary>
    public static YearOverviewQuery Parse(Func<string, string?> get, int defaultYear)
    {
        var year = int.TryParse(get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2999 ? y : defaultYear;
        OrganizationKind? kind = OrganizationKindNames.TryParse(get("kind"), out var k) ? k : null;
        ReportYearStatus? status = Enum.TryParse<ReportYearStatus>(get("status"), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(get("status"), out _) ? s : null;
        var sort = Enum.TryParse<YearSort>(get("sort"), ignoreCase: true, out var o) && Enum.IsDefined(o) && !int.TryParse(get("sort"), out _) ? o : YearSort.Deadline;
        return new YearOverviewQuery(year, kind, status, get("overdue") is "1" or "on" or "true", sort, get("dir") == "desc");
    }

    /// <summary>The query string (with "?") of this query, e.g. for a sort link or the export.</summary>
    public string ToQueryString(IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var parts = new List<KeyValuePair<string, string>> { new("year", Year.ToString(CultureInfo.InvariantCulture)) };
        if (Kind is { } kind)
            parts.Add(new("kind", OrganizationKindNames.Name(kind)));
        if (Status is { } status)
            parts.Add(new("status", status.ToString()));
        if (OverdueOnly)
            parts.Add(new("overdue", "1"));
        parts.Add(new("sort", Sort.ToString().ToLowerInvariant()));
        if (Descending)
            parts.Add(new("dir", "desc"));
        parts.AddRange(extra ?? []);
        return "?" + string.Join("&", parts.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }
}
