namespace ReportFunctions.Core.Model;

/// <summary>
/// One data row of table 三 with its three levels of official row labels (format.md §4). Consecutive rows
/// sharing <see cref="Level1"/> or <see cref="Level2"/> are the merged label cells of the printed table.
/// </summary>
public sealed record ApplicationsTableRow(
    string Path,
    string Level1,
    string? Level2,
    string? Level3,
    ApplicationsRowRole Role,
    Func<Applications, ApplicantRow> Select)
{
    /// <summary>The row's labels read in order, e.g. "三、本年度办理结果（三）不予公开1.属于国家秘密".</summary>
    public string Label => Level1 + Level2 + Level3;

    /// <summary>The dotted JSON path of one cell, e.g. "applications.denied.stateSecret.total".</summary>
    public string CellPath(ApplicantColumn column) => $"{Path}.{column.Key}";
}
