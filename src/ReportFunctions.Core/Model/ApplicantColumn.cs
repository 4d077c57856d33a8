namespace ReportFunctions.Core.Model;

/// <summary>
/// One data column of table 三: its JSON key, its official label, the header group it sits under
/// ("法人或其他组织" for the five organisation columns) and how to read it from a row.
/// </summary>
public sealed record ApplicantColumn(string Key, string Label, string? Group, Func<ApplicantRow, long> Select)
{
    /// <summary>True for the 总计 column, which the other six must add up to (R2).</summary>
    public bool IsTotal => Key == "total";
}
