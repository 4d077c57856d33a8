namespace ReportFunctions.Pdf.Elements.Table;

/// <summary>
/// Where a table's page ends. Pages break between rows; a row-spanning group (（三）不予公开 and its 8 rows) moves
/// whole to the next page only when that leaves little blank space, otherwise it is split at a row where both
/// parts have room for its label, which each part repeats.
/// </summary>
internal static class TablePageBreaks
{
    // Groups up to this many rows may move whole to the next page; the 22-row 三、本年度办理结果 always splits.
    private const int KeepTogetherRows = 8;

    // Moving a group down may leave at most this much blank at the page foot: two body lines (GB/T 9704
    // pitch 29 pt), not the ≈ 50 mm a whole 8-row group would.
    private const float MaxBlank = 60;

    /// <summary>The first row of the next page (== <paramref name="first"/> when no row fits under the header).</summary>
    public static int End(TableGrid grid, IReadOnlyList<TableCell> cells, int headerRows, int first, float height, out string reason)
    {
        reason = "";
        var rowCount = grid.RowHeights.Length;
        var room = height - grid.Height(0, headerRows);
        var end = first;
        float used = 0;
        while (end < rowCount && used + grid.RowHeights[end] <= room + 0.01f)
            used += grid.RowHeights[end++];
        if (end == first)
        {
            reason = $"row {first + 1} needs {grid.RowHeights[first]:0.#} pt, {room:0.#} pt left under the header rows";
            return end;
        }
        if (end == rowCount || !cells.Any(c => c.Crosses(end)))
            return end;

        // A short group cut at the page foot goes down whole when the space it leaves is small.
        // (At the top of a page that space is the page, so nothing moves there.)
        var groupStart = cells.Where(c => c.Crosses(end) && c.RowSpan <= KeepTogetherRows && c.Row >= first).Select(c => c.Row).DefaultIfEmpty(-1).Min();
        if (groupStart >= first && grid.Height(groupStart, end) <= MaxBlank
            && cells.Where(c => c.Crosses(groupStart)).All(c => LabelFits(grid, c, first, groupStart)))
        {
            if (groupStart == first)
                reason = $"rows {first + 1}–{end} start a group that goes to the next page whole";
            return groupStart;
        }

        for (var candidate = end; candidate > first; candidate--)
        {
            if (cells.Where(c => c.Crosses(candidate)).All(c => LabelFits(grid, c, first, candidate)))
                return candidate;
        }
        // No break gives every part its label: fall back to the fullest page (the label is still drawn).
        return end;
    }

    // Both parts of a cell split before `candidate` have room for the label they show.
    private static bool LabelFits(TableGrid grid, TableCell cell, int first, int candidate)
    {
        var top = Math.Max(cell.Row, first);
        var above = grid.Height(top, candidate) + 0.01f >= grid.Needed(cell, continued: cell.Row < first);
        var below = grid.Height(candidate, cell.EndRow) + 0.01f >= grid.Needed(cell, continued: true);
        return above && below;
    }
}
