using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>A cell placed at (Row, Column), spanning RowSpan × ColumnSpan grid cells.</summary>
internal sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, TextLayout Text, uint Background);
