using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>The organization id goes into URLs and blob names: <see cref="OrganizationId"/> is the rule.</summary>
internal sealed class OrganizationIdRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var id = report.Organization.Id;
        // A blank id is RequiredContentRule's.
        if (!string.IsNullOrWhiteSpace(id) && !OrganizationId.IsValid(id))
        {
            yield return Finding.Error(ErrorCodes.Range, "organization.id",
                $"机关标识：“{id}”不符合要求，应为2至64位小写字母、数字或连字符，且以字母或数字开头（如 dalan-town）");
        }
    }
}
