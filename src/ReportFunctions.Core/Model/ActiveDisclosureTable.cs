namespace ReportFunctions.Core.Model;

/// <summary>
/// Table 二 (主动公开政府信息情况) as the format prints it: four sub-tables for 条例 第二十条 第（一）（五）（六）（八）项.
/// Cells sharing <see cref="ActiveDisclosureCell.Item"/> form one sub-table; shared by validator and PDF template.
/// </summary>
public static class ActiveDisclosureTable
{
    public const string Heading = "二、主动公开政府信息情况";

    public const string ContentHeader = "信息内容";

    public static IReadOnlyList<ActiveDisclosureCell> Cells { get; } =
    [
        new("activeDisclosure.regulations.issued", "第二十条第（一）项", "规章", "本年制发件数", d => d.Regulations.Issued),
        new("activeDisclosure.regulations.repealed", "第二十条第（一）项", "规章", "本年废止件数", d => d.Regulations.Repealed),
        new("activeDisclosure.regulations.inForce", "第二十条第（一）项", "规章", "现行有效件数", d => d.Regulations.InForce),
        new("activeDisclosure.normativeDocuments.issued", "第二十条第（一）项", "行政规范性文件", "本年制发件数", d => d.NormativeDocuments.Issued),
        new("activeDisclosure.normativeDocuments.repealed", "第二十条第（一）项", "行政规范性文件", "本年废止件数", d => d.NormativeDocuments.Repealed),
        new("activeDisclosure.normativeDocuments.inForce", "第二十条第（一）项", "行政规范性文件", "现行有效件数", d => d.NormativeDocuments.InForce),
        new("activeDisclosure.licensing", "第二十条第（五）项", "行政许可", "本年处理决定数量", d => d.Licensing),
        new("activeDisclosure.penalty", "第二十条第（六）项", "行政处罚", "本年处理决定数量", d => d.Penalty),
        new("activeDisclosure.coercion", "第二十条第（六）项", "行政强制", "本年处理决定数量", d => d.Coercion),
        new("activeDisclosure.fees", "第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", d => d.Fees),
    ];
}
