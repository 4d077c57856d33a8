using System.Globalization;
using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Document;
using ReportFunctions.Pdf.Text;

namespace ReportFunctions.Core.Rendering;

/// <summary>The three official tables (format.md §3–§5) with their exact labels and merged cells.</summary>
internal static class ReportTables
{
    // Light blue band on the 第二十条 rows of table 二, as in published reports.
    private const uint ItemBand = 0xFFDCE6F2;

    /// <summary>
    /// Table 二: one sub-table per 条例 第二十条 item (（一）（五）（六）（八）), each a 4-column grid whose item band and
    /// 信息内容 row are its header, so a sub-table never leaves its band alone at the foot of a page. As in the
    /// template: four equal columns (w:gridCol 2435 × 4), the band left-aligned, every other label centred.
    /// </summary>
    public static IEnumerable<TableBuilder> ActiveDisclosure(ActiveDisclosure data)
    {
        foreach (var item in ActiveDisclosureTable.Cells.GroupBy(c => c.Item))
        {
            var table = new TableBuilder(1, 1, 1, 1) { HeaderRows = 2 };
            table.Cell(0, 0, item.Key, ReportStyles.TableLabel, columnSpan: 4, background: ItemBand);
            var measures = item.Select(c => c.Measure).Distinct().ToList();
            var span = 3 / measures.Count;
            table.Cell(1, 0, ActiveDisclosureTable.ContentHeader, ReportStyles.TableHeader);
            for (var m = 0; m < measures.Count; m++)
                table.Cell(1, 1 + m * span, measures[m], ReportStyles.TableHeader, columnSpan: span);
            var row = 2;
            foreach (var content in item.GroupBy(c => c.Content))
            {
                table.Cell(row, 0, content.Key, ReportStyles.TableHeader);
                var m = 0;
                foreach (var cell in content)
                    table.Cell(row, 1 + m++ * span, Number(cell.Select(data)), ReportStyles.TableNumber, columnSpan: span);
                row++;
            }
            yield return table;
        }
    }

    /// <summary>
    /// Table 三: three header rows under the 勾稽关系 note (3 × 3), the vertical "三、本年度办理结果" spanning its
    /// 22 rows, and the three levels of row labels; column widths in the template's proportions.
    /// </summary>
    public static TableBuilder Applications(Applications data)
    {
        const int headerRows = 3;
        var columns = ApplicationsTable.Columns;
        var table = new TableBuilder([.. ApplicationsColumnWidths.Labels, .. columns.Select(_ => ApplicationsColumnWidths.Count)]) { HeaderRows = headerRows };
        table.Cell(0, 0, ApplicationsTable.BalanceNote, ReportStyles.TableNote, rowSpan: headerRows, columnSpan: 3);
        table.Cell(0, 3, ApplicationsTable.ApplicantsHeader, ReportStyles.TableHeader, columnSpan: columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (column.Group is null)
                table.Cell(1, 3 + c, column.Label, ReportStyles.TableHeader, rowSpan: 2);
            else
                table.Cell(2, 3 + c, column.Label, ReportStyles.TableHeader);
        }
        var groupStart = columns.ToList().FindIndex(c => c.Group is not null);
        var groupCount = columns.Count(c => c.Group is not null);
        table.Cell(1, 3 + groupStart, ApplicationsTable.OrganizationsHeader, ReportStyles.TableHeader, columnSpan: groupCount);

        var rows = ApplicationsTable.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var r = headerRows + i;
            if (row.Level2 is null)
            {
                table.Cell(r, 0, row.Level1, ReportStyles.TableLabel, columnSpan: 3);
            }
            else
            {
                if (i == 0 || rows[i - 1].Level1 != row.Level1)
                    table.Cell(r, 0, row.Level1, ReportStyles.TableVertical, rowSpan: RunLength(rows, i, x => x.Level1));
                if (row.Level3 is null)
                    table.Cell(r, 1, Level2Label(row.Level2), ReportStyles.TableLabel, columnSpan: 2);
                else
                {
                    if (rows[i - 1].Level2 != row.Level2)
                        table.Cell(r, 1, row.Level2, ReportStyles.TableLabel, rowSpan: RunLength(rows, i, x => x.Level2));
                    table.Cell(r, 2, row.Level3, ReportStyles.TableLabel);
                }
            }
            var values = row.Select(data);
            for (var c = 0; c < columns.Count; c++)
                table.Cell(r, 3 + c, Number(columns[c].Select(values)), ReportStyles.TableNumber);
        }
        return table;
    }

    /// <summary>Table 四: 行政复议 (5 columns) and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (5 each); one data row.</summary>
    public static TableBuilder Reviews(ReviewsAndLitigation data)
    {
        const int headerRows = 3;
        var columns = ReviewsTable.Columns;
        var groups = ReviewsTable.Groups;
        var table = new TableBuilder([.. Enumerable.Repeat(1f, columns.Count * groups.Count)]) { HeaderRows = headerRows };
        var litigationStart = -1;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var first = g * columns.Count;
            if (group.Subcategory is null)
            {
                table.Cell(0, first, group.Category, ReportStyles.TableHeader, columnSpan: columns.Count);
                for (var c = 0; c < columns.Count; c++)
                    table.Cell(1, first + c, columns[c].Label, ReportStyles.TableHeader, rowSpan: 2);
            }
            else
            {
                if (litigationStart < 0)
                {
                    litigationStart = first;
                    var span = groups.Skip(g).Count(x => x.Category == group.Category) * columns.Count;
                    table.Cell(0, first, group.Category, ReportStyles.TableHeader, columnSpan: span);
                }
                table.Cell(1, first, group.Subcategory, ReportStyles.TableHeader, columnSpan: columns.Count);
                for (var c = 0; c < columns.Count; c++)
                    table.Cell(2, first + c, columns[c].Label, ReportStyles.TableHeader);
            }
            var outcome = group.Select(data);
            for (var c = 0; c < columns.Count; c++)
                table.Cell(headerRows, first + c, Number(columns[c].Select(outcome)), ReportStyles.TableNumber);
        }
        return table;
    }

    // "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": the template sets the remark in 楷体.
    private static IReadOnlyList<TextRun> Level2Label(string label)
    {
        var remark = label.IndexOf('（', 1);
        return remark < 0
            ? [new TextRun(label, ReportStyles.TableLabel.Face)]
            : [new TextRun(label[..remark], ReportStyles.TableLabel.Face), new TextRun(label[remark..], ReportStyles.TableNote.Face)];
    }

    // Printed exactly as submitted, in the PDF and the HTML edition: a decimal keeps its own scale (0.50 stays "0.50").
    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many rows from <paramref name="start"/> on share the key of that row: the span of a merged label cell.</summary>
    internal static int RunLength(IReadOnlyList<ApplicationsTableRow> rows, int start, Func<ApplicationsTableRow, string?> key)
    {
        var end = start + 1;
        while (end < rows.Count && key(rows[end]) == key(rows[start]))
            end++;
        return end - start;
    }
}
