using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>
/// A cell placed at (Row, Column), spanning RowSpan × ColumnSpan grid cells. <see cref="Continued"/> is the label
/// a row-spanning cell shows on the pages after the first when the table breaks inside it ("（三）不予公开（续）").
/// </summary>
internal sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, TextLayout Text, uint Background)
{
    public TextLayout Continued { get; init; } = Text;

    public int EndRow => Row + RowSpan;

    /// <summary>True when a page break before row <paramref name="row"/> cuts this cell in two.</summary>
    public bool Crosses(int row) => Row < row && row < EndRow;
}
