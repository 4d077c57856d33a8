namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>
/// Column positions, row heights and row type scales of a table at one width. A row whose numbers do not fit
/// their cells is set smaller as a whole, so one row never mixes type sizes.
/// </summary>
internal sealed class TableGrid
{
    public const float PaddingX = 3;
    public const float PaddingY = 2;

    private TableGrid(float[] columnX, float[] rowHeights, float[] rowScales)
    {
        ColumnX = columnX;
        RowHeights = rowHeights;
        RowScales = rowScales;
    }

    /// <summary>Left edge of each column, plus the right edge of the last.</summary>
    public float[] ColumnX { get; }

    public float[] RowHeights { get; }

    /// <summary>The type scale of the one-row cells of each row (1, or less when a number had to shrink).</summary>
    public float[] RowScales { get; }

    public float CellWidth(TableCell cell) => ColumnX[cell.Column + cell.ColumnSpan] - ColumnX[cell.Column];

    public float TextWidth(TableCell cell) => CellWidth(cell) - 2 * PaddingX;

    public float Scale(TableCell cell) => cell.RowSpan == 1 ? RowScales[cell.Row] : 1;

    /// <summary>Height of rows [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public float Height(int from, int to)
    {
        float total = 0;
        for (var r = from; r < to; r++)
            total += RowHeights[r];
        return total;
    }

    /// <summary>Height the cell's label (or its continued label) needs, padding included.</summary>
    public float Needed(TableCell cell, bool continued = false) =>
        (continued ? cell.Continued : cell.Text).Height(TextWidth(cell), Scale(cell)) + 2 * PaddingY;

    public static TableGrid Compute(IReadOnlyList<float> weights, IReadOnlyList<TableCell> cells, int rowCount, float width)
    {
        var total = weights.Sum();
        var columnX = new float[weights.Count + 1];
        for (var i = 0; i < weights.Count; i++)
            columnX[i + 1] = columnX[i] + width * weights[i] / total;
        var scales = new float[rowCount];
        Array.Fill(scales, 1f);
        var grid = new TableGrid(columnX, new float[rowCount], scales);

        foreach (var cell in cells.Where(c => c.RowSpan == 1))
            scales[cell.Row] = Math.Min(scales[cell.Row], cell.Text.FitScale(grid.TextWidth(cell)));
        foreach (var cell in cells.Where(c => c.RowSpan == 1))
            grid.RowHeights[cell.Row] = Math.Max(grid.RowHeights[cell.Row], grid.Needed(cell));
        // A row-spanning cell that needs more than its rows give charges the difference to its last row.
        foreach (var cell in cells.Where(c => c.RowSpan > 1).OrderBy(c => c.EndRow))
        {
            var spanned = grid.Height(cell.Row, cell.EndRow);
            var needed = grid.Needed(cell);
            if (needed > spanned)
                grid.RowHeights[cell.EndRow - 1] += needed - spanned;
        }
        return grid;
    }
}
