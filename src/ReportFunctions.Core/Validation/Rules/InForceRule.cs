using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R7 (warning): per row of 第二十条第（一）项, 现行有效件数 is at most last year's 现行有效 + 本年制发 − 本年废止. More would
/// be documents in force that were never issued. Fewer is normal: documents also lapse by expiry (有效期届满) and
/// real reports show it, so that is no finding.
/// </summary>
internal sealed class InForceRule : IReportRule
{
    private static readonly (string Path, string Label, Func<ActiveDisclosure, DocumentCounts> Select)[] Rows =
    [
        ("activeDisclosure.regulations", "规章", d => d.Regulations),
        ("activeDisclosure.normativeDocuments", "行政规范性文件", d => d.NormativeDocuments),
    ];

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        if (context.Previous is not { Report: var previous, Source: var source })
            yield break;
        foreach (var (path, label, select) in Rows)
        {
            var now = select(report.ActiveDisclosure);
            var then = select(previous.ActiveDisclosure);
            var most = (Int128)then.InForce + now.Issued - now.Repealed;
            if (now.InForce > most)
            {
                yield return Finding.Warning(ErrorCodes.InForce, $"{path}.inForce",
                    $"{ActiveDisclosureTable.Heading} 第二十条第（一）项 {label}·现行有效件数：填报为{now.InForce}，多于{source}的现行有效{then.InForce}件加本年制发{now.Issued}件减本年废止{now.Repealed}件（{most}件）");
            }
        }
    }
}
