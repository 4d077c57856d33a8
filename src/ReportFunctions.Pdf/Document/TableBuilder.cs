using ReportFunctions.Pdf.Elements.Table;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Document;

/// <summary>Describes a ruled table: relative column widths, cells placed by row and column with spans.</summary>
public sealed class TableBuilder
{
    private readonly float[] weights;
    private readonly List<TableCell> cells = [];

    /// <param name="columnWeights">Relative column widths; the table fills the type area.</param>
    public TableBuilder(params float[] columnWeights)
    {
        if (columnWeights.Length == 0)
            throw new ArgumentException("a table needs at least one column", nameof(columnWeights));
        weights = columnWeights;
    }

    /// <summary>Rows 0 … HeaderRows−1 are repeated at the top of every page the table runs onto.</summary>
    public int HeaderRows { get; set; }

    /// <summary>Adds a cell.</summary>
    /// <param name="background">0xAARRGGBB fill, or 0 for none.</param>
    public TableBuilder Cell(int row, int column, string text, TextStyle style, int rowSpan = 1, int columnSpan = 1, uint background = 0)
    {
        if (column < 0 || column + columnSpan > weights.Length || row < 0 || rowSpan < 1 || columnSpan < 1)
            throw new ArgumentOutOfRangeException(nameof(column), $"cell ({row}, {column}) span {rowSpan}×{columnSpan} is outside the {weights.Length} columns");
        cells.Add(new TableCell(row, column, rowSpan, columnSpan, new TextLayout(text, style), background));
        return this;
    }

    internal TableElement Build()
    {
        if (cells.Count == 0)
            throw new InvalidOperationException("a table needs at least one cell");
        return new TableElement(weights, cells, HeaderRows);
    }
}
