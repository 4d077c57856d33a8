using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>The organization id goes into URLs and blob names, so it is restricted to ^[a-z0-9][a-z0-9-]{1,63}$.</summary>
internal sealed partial class OrganizationIdRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, Report? previousYear)
    {
        var id = report.Organization.Id;
        // A blank id is RequiredContentRule's.
        if (!string.IsNullOrWhiteSpace(id) && !IdPattern().IsMatch(id))
        {
            yield return Finding.Error(ErrorCodes.Range, "organization.id",
                $"机关标识：“{id}”不符合要求，应为2至64位小写字母、数字或连字符，且以字母或数字开头（如 dalan-town）");
        }
    }

    // \z, not $: in .NET "$" also matches before a final newline, which must not slip into a URL.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
