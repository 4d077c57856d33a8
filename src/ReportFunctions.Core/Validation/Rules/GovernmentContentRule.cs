using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// 条例 第五十条（四）: the report of a people's government also covers the results of 工作考核, 社会评议 and 责任追究
/// (the format puts them under 一（五）监督保障). A warning naming what no text of the report mentions.
/// </summary>
internal sealed class GovernmentContentRule : IReportRule
{
    private static readonly (string Name, string[] Words)[] Items =
    [
        ("工作考核", ["考核"]),
        ("社会评议", ["评议", "评价"]),
        ("责任追究", ["责任追究", "追责", "问责", "追究"]),
    ];

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (report.Organization.Kind != OrganizationKind.Government)
            yield break;
        var texts = ReportText.All(report).Where(t => t.Kind is TextKind.Heading or TextKind.Paragraph).ToList();
        var missing = Items
            .Where(item => !texts.Any(t => item.Words.Any(w => t.Text.Contains(w, StringComparison.Ordinal))))
            .Select(item => $"“{item.Name}”")
            .ToList();
        if (missing.Count > 0)
        {
            yield return Finding.Warning(ErrorCodes.GovernmentContent, "overview",
                $"{SectionHeadings.Overview}：人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项，一般写在“监督保障”部分），报告中未见{string.Join("、", missing)}");
        }
    }
}
