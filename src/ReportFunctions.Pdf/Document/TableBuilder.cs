using ReportFunctions.Pdf.Elements.Table;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Pdf.Document;

/// <summary>Describes a ruled table: relative column widths, cells placed by row and column with spans.</summary>
public sealed class TableBuilder
{
    // Chinese practice for a table or group continued on the next page.
    private const string Continuation = "（续）";

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

    /// <summary>Adds a cell. A row-spanning cell cut by a page break shows its text in both parts, followed by "（续）" after the break (vertical text repeats unchanged).</summary>
    /// <param name="background">0xAARRGGBB fill, or 0 for none.</param>
    public TableBuilder Cell(int row, int column, string text, TextStyle style, int rowSpan = 1, int columnSpan = 1, uint background = 0) =>
        Cell(row, column, [new TextRun(text, style.Face)], style, rowSpan, columnSpan, background);

    /// <summary>Adds a cell whose text changes face between runs (a 楷体 remark after a 宋体 label), all at the style's size.</summary>
    /// <param name="background">0xAARRGGBB fill, or 0 for none.</param>
    public TableBuilder Cell(int row, int column, IReadOnlyList<TextRun> runs, TextStyle style, int rowSpan = 1, int columnSpan = 1, uint background = 0)
    {
        if (column < 0 || column + columnSpan > weights.Length || row < 0 || rowSpan < 1 || columnSpan < 1)
            throw new ArgumentOutOfRangeException(nameof(column), $"cell ({row}, {column}) span {rowSpan}×{columnSpan} is outside the {weights.Length} columns");
        if (runs.Count == 0)
            throw new ArgumentException("a cell needs at least one run of text", nameof(runs));
        var text = new TextLayout(runs, style);
        var cell = new TableCell(row, column, rowSpan, columnSpan, text, background);
        if (rowSpan > 1 && !style.OneCharacterPerLine)
            cell = cell with { Continued = new TextLayout([.. runs, new TextRun(Continuation, runs[^1].Face)], style) };
        cells.Add(cell);
        return this;
    }

    internal TableElement Build()
    {
        if (cells.Count == 0)
            throw new InvalidOperationException("a table needs at least one cell");
        return new TableElement(weights, cells, HeaderRows);
    }
}
