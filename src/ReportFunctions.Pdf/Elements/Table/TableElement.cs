using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Pdf.Layout;
using ReportFunctions.Pdf.Text;
using SkiaSharp;

namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>
/// A ruled table. Header rows are drawn again at the top of every page the table continues on; pages break
/// only between rows (<see cref="TablePageBreaks"/>), and a row-spanning cell cut by a break shows its label in
/// both parts, so no part of it is ever drawn empty.
/// </summary>
internal sealed class TableElement : Element
{
    private const float RuleWidth = 0.6f;

    private readonly IReadOnlyList<float> weights;
    private readonly IReadOnlyList<TableCell> cells;
    private readonly int headerRows;
    private readonly int rowCount;
    private TableGrid? grid;
    private float gridWidth = float.NaN;
    private int nextRow;

    public TableElement(IReadOnlyList<float> weights, IReadOnlyList<TableCell> cells, int headerRows)
    {
        this.weights = weights;
        this.cells = cells;
        this.headerRows = headerRows;
        rowCount = cells.Max(c => c.EndRow);
        nextRow = headerRows;
    }

    public override SpacePlan Measure(Size available)
    {
        if (nextRow >= rowCount)
            return SpacePlan.Empty;
        var g = Grid(available.Width);
        var end = TablePageBreaks.End(g, cells, headerRows, nextRow, available.Height, out var reason);
        if (end == nextRow)
            return SpacePlan.Wrap(reason);
        var height = g.Height(0, headerRows) + g.Height(nextRow, end);
        return end == rowCount ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    public override void Draw(SKCanvas? canvas, DocumentFonts fonts, float x, float y, Size available)
    {
        var g = Grid(available.Width);
        var end = TablePageBreaks.End(g, cells, headerRows, nextRow, available.Height, out _);
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
            var last = cell.Row < headerRows ? cell.EndRow - 1 : Math.Min(cell.EndRow - 1, end - 1);
            if (first > last || !rowTop.ContainsKey(first))
                continue;
            var label = cell.Row < nextRow && cell.Row >= headerRows ? cell.Continued : cell.Text;
            DrawCell(canvas, fonts, g, cell, label, x, rowTop[first], rowTop[last] + g.RowHeights[last]);
        }
        nextRow = end;
    }

    public override void CollectGlyphs(DocumentFonts fonts)
    {
        foreach (var cell in cells)
        {
            fonts.Add(cell.Text.Shaped);
            if (cell.Continued != cell.Text)
                fonts.Add(cell.Continued.Shaped);
        }
    }

    public override void Reset() => nextRow = headerRows;

    private TableGrid Grid(float width)
    {
        if (grid is null || width != gridWidth)
        {
            grid = TableGrid.Compute(weights, cells, rowCount, width);
            gridWidth = width;
        }
        return grid;
    }

    private static void DrawCell(SKCanvas canvas, DocumentFonts fonts, TableGrid g, TableCell cell, TextLayout label, float x, float top, float bottom)
    {
        var left = x + g.ColumnX[cell.Column];
        var rect = new SKRect(left, top, left + g.CellWidth(cell), bottom);
        if (cell.Background != 0)
        {
            using var fill = new SKPaint { Color = new SKColor(cell.Background), Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, fill);
        }
        var lines = label.Lines(g.TextWidth(cell), g.Scale(cell));
        var textHeight = lines.Count * label.Style.LinePitch;
        var lineTop = top + (rect.Height - textHeight) / 2;
        foreach (var line in lines)
        {
            label.Draw(canvas, fonts, line, left + TableGrid.PaddingX, lineTop);
            lineTop += label.Style.LinePitch;
        }
        using var rule = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = RuleWidth, IsAntialias = true };
        canvas.DrawRect(rect, rule);
    }
}
