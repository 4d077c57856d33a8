namespace ReportFunctions.Core.Model;

/// <summary>二、主动公开政府信息情况 (条例 第二十条 第（一）（五）（六）（八）项).</summary>
public sealed record ActiveDisclosure(
    IReadOnlyList<Block> Narrative,
    DocumentCounts Regulations,
    DocumentCounts NormativeDocuments,
    long Licensing,
    long Penalty,
    long Coercion,
    decimal Fees);
