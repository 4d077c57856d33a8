namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>Column positions and row heights of a table at one width.</summary>
internal sealed class TableGrid
{
    public const float PaddingX = 3;
    public const float PaddingY = 4;

    private TableGrid(float[] columnX, float[] rowHeights)
    {
        ColumnX = columnX;
        RowHeights = rowHeights;
    }

    /// <summary>Left edge of each column, plus the right edge of the last.</summary>
    public float[] ColumnX { get; }

    public float[] RowHeights { get; }

    public float CellWidth(TableCell cell) => ColumnX[cell.Column + cell.ColumnSpan] - ColumnX[cell.Column];

    public float TextWidth(TableCell cell) => CellWidth(cell) - 2 * PaddingX;

    public static TableGrid Compute(IReadOnlyList<float> weights, IReadOnlyList<TableCell> cells, int rowCount, float width)
    {
        var total = weights.Sum();
        var columnX = new float[weights.Count + 1];
        for (var i = 0; i < weights.Count; i++)
            columnX[i + 1] = columnX[i] + width * weights[i] / total;
        var grid = new TableGrid(columnX, new float[rowCount]);

        foreach (var cell in cells.Where(c => c.RowSpan == 1))
            grid.RowHeights[cell.Row] = Math.Max(grid.RowHeights[cell.Row], grid.Needed(cell));
        // A row-spanning cell that needs more than its rows give charges the difference to its last row.
        foreach (var cell in cells.Where(c => c.RowSpan > 1).OrderBy(c => c.Row + c.RowSpan))
        {
            var last = cell.Row + cell.RowSpan - 1;
            var spanned = grid.RowHeights.Skip(cell.Row).Take(cell.RowSpan).Sum();
            var needed = grid.Needed(cell);
            if (needed > spanned)
                grid.RowHeights[last] += needed - spanned;
        }
        return grid;
    }

    private float Needed(TableCell cell) => cell.Text.Height(TextWidth(cell)) + 2 * PaddingY;
}
