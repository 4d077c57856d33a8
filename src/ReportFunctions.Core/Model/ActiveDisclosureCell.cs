namespace ReportFunctions.Core.Model;

/// <summary>
/// One data cell of table 二: the 条例 item its sub-table covers ("第二十条第（一）项"), the row label (信息内容),
/// the column label and how to read the value (counts and the fee, in 万元).
/// </summary>
public sealed record ActiveDisclosureCell(string Path, string Item, string Content, string Measure, Func<ActiveDisclosure, decimal> Select)
{
    /// <summary>The cell as named in messages, e.g. "第二十条第（一）项 规章·本年制发件数".</summary>
    public string Label => $"{Item} {Content}·{Measure}";

    /// <summary>True for 行政事业性收费, a decimal amount in 万元; every other cell is a count of 件.</summary>
    public bool IsFee => Path == "activeDisclosure.fees";
}
