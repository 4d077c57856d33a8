namespace ReportFunctions.Core.Reminders;

/// <summary>Links in e-mails to the app's pages carry what the page needs, e.g. "?org=" for the organization.</summary>
public static class PageLink
{
    /// <summary><paramref name="url"/> with name=value appended to its query (escaped), whether or not it has one.</summary>
    public static string With(string url, string name, string value)
    {
        var fragment = url.IndexOf('#', StringComparison.Ordinal);
        var (path, hash) = fragment < 0 ? (url, "") : (url[..fragment], url[fragment..]);
        var separator = path.Contains('?', StringComparison.Ordinal) ? (path.EndsWith('?') || path.EndsWith('&') ? "" : "&") : "?";
        return $"{path}{separator}{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}{hash}";
    }

    /// <summary>The page at <paramref name="url"/> for organization <paramref name="organizationId"/> ("?org=").</summary>
    public static string ForOrganization(string url, string organizationId) => With(url, "org", organizationId);
}
