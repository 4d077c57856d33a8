using System.Text.RegularExpressions;

namespace ReportFunctions.Core.Organizations;

/// <summary>
/// The one rule for an organization id: it goes into URLs, blob names and table keys, so 2 to 64 lower-case
/// letters, digits and hyphens, starting with a letter or digit.
/// </summary>
public static partial class OrganizationId
{
    /// <summary>The same rule for HTML <c>pattern</c> attributes and the JSON Schema (implicitly anchored there).</summary>
    public const string HtmlPattern = "[a-z0-9][a-z0-9\\-]{1,63}";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    // \z, not $: in .NET "$" also matches before a final newline, which must not slip into a URL.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
