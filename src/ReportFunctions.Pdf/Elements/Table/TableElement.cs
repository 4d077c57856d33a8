using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>
/// A ruled table. Header rows are drawn again at the top of every page the table continues on; pages break
/// only between rows, preferably not inside a short row-spanning group.
/// </summary>
internal sealed class TableElement : Element
{
    // Row groups up to this many rows (（三）不予公开 has 8) are kept on one page when the page allows;
    // taller ones (the 22-row 三、本年度办理结果) may be split.
    private const int KeepTogetherRows = 8;
    private const float RuleWidth = 0.6f;

    private readonly IReadOnlyList<float> weights;
    private readonly IReadOnlyList<TableCell> cells;
    private readonly int headerRows;
    private readonly int rowCount;
    private readonly HashSet<TableCell> labelled = [];
    private TableGrid? grid;
    private float gridWidth = float.NaN;
    private int nextRow;

    public TableElement(IReadOnlyList<float> weights, IReadOnlyList<TableCell> cells, int headerRows)
    {
        this.weights = weights;
        this.cells = cells;
        this.headerRows = headerRows;
        rowCount = cells.Max(c => c.Row + c.RowSpan);
        nextRow = headerRows;
    }

    public override SpacePlan Measure(Size available)
    {
        if (nextRow >= rowCount)
            return SpacePlan.Empty;
        var g = Grid(available.Width);
        var end = PageEnd(g, available.Height, out var reason);
        if (end == nextRow)
            return SpacePlan.Wrap(reason);
        var height = HeaderHeight(g) + Sum(g, nextRow, end);
        return end == rowCount ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available)
    {
        var g = Grid(available.Width);
        var end = PageEnd(g, available.Height, out _);
        if (canvas is null || end == nextRow)
        {
            nextRow = end;
            return;
        }
        var rowTop = new Dictionary<int, float>();
        var top = y;
        for (var r = 0; r < headerRows; r++)
        {
            rowTop[r] = top;
            top += g.RowHeights[r];
        }
        for (var r = nextRow; r < end; r++)
        {
            rowTop[r] = top;
            top += g.RowHeights[r];
        }
        foreach (var cell in cells)
        {
            var first = cell.Row < headerRows ? cell.Row : Math.Max(cell.Row, nextRow);
            var last = cell.Row < headerRows ? cell.Row + cell.RowSpan - 1 : Math.Min(cell.Row + cell.RowSpan - 1, end - 1);
            if (first > last || !rowTop.ContainsKey(first))
                continue;
            var cellTop = rowTop[first];
            var cellBottom = rowTop[last] + g.RowHeights[last];
            var isLastPart = cell.Row + cell.RowSpan <= end;
            DrawCell(canvas, fonts, g, cell, x, cellTop, cellBottom, isLastPart);
        }
        nextRow = end;
    }

    public override void CollectGlyphs(DocumentFonts fonts)
    {
        foreach (var cell in cells)
            fonts.Add(cell.Text.Shaped);
    }

    public override void Reset()
    {
        nextRow = headerRows;
        labelled.Clear();
    }

    private TableGrid Grid(float width)
    {
        if (grid is null || width != gridWidth)
        {
            grid = TableGrid.Compute(weights, cells, rowCount, width);
            gridWidth = width;
        }
        return grid;
    }

    private float HeaderHeight(TableGrid g) => Sum(g, 0, headerRows);

    private static float Sum(TableGrid g, int from, int to)
    {
        float total = 0;
        for (var r = from; r < to; r++)
            total += g.RowHeights[r];
        return total;
    }

    // The last row boundary that fits, moved up to one that cuts no short row-spanning group when that costs
    // at most a quarter of the rows' height on this page.
    private int PageEnd(TableGrid g, float height, out string reason)
    {
        reason = "";
        var room = height - HeaderHeight(g);
        var end = nextRow;
        float used = 0;
        while (end < rowCount && used + g.RowHeights[end] <= room + 0.01f)
            used += g.RowHeights[end++];
        if (end == nextRow)
        {
            reason = $"row {nextRow + 1} needs {g.RowHeights[nextRow]:0.#} pt, {room:0.#} pt left under the header rows";
            return end;
        }
        if (end == rowCount)
            return end;
        var kept = used;
        for (var candidate = end; candidate > nextRow && kept >= 0.75f * used; candidate--)
        {
            if (!cells.Any(c => c.RowSpan <= KeepTogetherRows && c.Row < candidate && c.Row + c.RowSpan > candidate))
                return candidate;
            kept -= g.RowHeights[candidate - 1];
        }
        return end;
    }

    private void DrawCell(SKCanvas canvas, DocumentFonts fonts, TableGrid g, TableCell cell, float x, float top, float bottom, bool isLastPart)
    {
        var left = x + g.ColumnX[cell.Column];
        var rect = new SKRect(left, top, left + g.CellWidth(cell), bottom);
        if (cell.Background != 0)
        {
            using var fill = new SKPaint { Color = new SKColor(cell.Background), Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, fill);
        }
        // A cell split over pages repeats its label in every part tall enough for it, and in its last part
        // when no part was.
        var textWidth = g.TextWidth(cell);
        var lines = cell.Text.Lines(textWidth);
        var textHeight = lines.Count * cell.Text.Style.LinePitch;
        if (textHeight + 2 * TableGrid.PaddingY <= rect.Height + 0.01f || (isLastPart && !labelled.Contains(cell)))
        {
            labelled.Add(cell);
            var lineTop = top + (rect.Height - textHeight) / 2;
            foreach (var line in lines)
            {
                cell.Text.Draw(canvas, fonts, line, left + TableGrid.PaddingX, lineTop);
                lineTop += cell.Text.Style.LinePitch;
            }
        }
        using var rule = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = RuleWidth, IsAntialias = true };
        canvas.DrawRect(rect, rule);
    }
}
