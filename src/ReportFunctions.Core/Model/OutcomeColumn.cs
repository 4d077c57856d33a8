namespace ReportFunctions.Core.Model;

/// <summary>One column of an outcome group in table 四 (结果维持 … 总计) with its JSON key and accessor.</summary>
public sealed record OutcomeColumn(string Key, string Label, Func<Outcome, long> Select)
{
    /// <summary>True for 总计, which the four results must add up to (R4).</summary>
    public bool IsTotal => Key == "total";
}
