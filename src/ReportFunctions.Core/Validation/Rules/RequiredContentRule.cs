using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Required content beyond JSON presence: 一 and 六 have text, names and the issuer are not blank, and no
/// paragraph is blank (it would print as an empty indented line). Section 五 is <see cref="ProblemsAndImprovementsRule"/>'s.
/// </summary>
internal sealed class RequiredContentRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(report.Organization.Id))
            yield return Missing("organization.id");
        if (string.IsNullOrWhiteSpace(report.Organization.Name))
            yield return Missing("organization.name");
        if (string.IsNullOrWhiteSpace(report.Signature.Issuer))
            yield return Missing("signature.issuer");
        if (!HasText(report.Overview))
            yield return Finding.Error(ErrorCodes.Required, "overview", $"{SectionHeadings.Overview}：至少需要一段内容");
        if (!HasText(report.OtherMatters))
        {
            yield return Finding.Error(ErrorCodes.Required, "otherMatters",
                $"{SectionHeadings.OtherMatters}：不能为空，没有需要报告的事项时也应写明（如信息处理费收取情况）");
        }
        foreach (var text in ReportText.All(report))
        {
            if (text.Kind == TextKind.Paragraph && string.IsNullOrWhiteSpace(text.Text))
                yield return Finding.Error(ErrorCodes.Required, text.Path, $"{text.Label}：段落为空，请删除或填写内容");
        }
    }

    public static bool HasText(IReadOnlyList<Block> blocks) =>
        blocks.Any(b => b.Paragraphs.Any(p => !string.IsNullOrWhiteSpace(p)));

    private static ValidationError Missing(string path) =>
        Finding.Error(ErrorCodes.Required, path, $"{FieldLabels.Describe(path)}：不能为空");
}
