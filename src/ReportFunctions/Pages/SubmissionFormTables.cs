using System.Text;
using ReportFunctions.Core.Model;
using static ReportFunctions.Pages.SubmissionFormPage;

namespace ReportFunctions.Pages;

/// <summary>
/// The form's tables 二, 三 and 四 laid out as the format prints them (format.md §3–§5), from the model's label
/// tables: merged header and row-label cells, one number input per data cell named by its dotted path.
/// </summary>
internal static class SubmissionFormTables
{
    /// <summary>Table 二: one small table per 条例 item, rows 信息内容, columns the item's measures.</summary>
    public static void ActiveDisclosure(StringBuilder html, SubmissionFormFields fields)
    {
        foreach (var item in ActiveDisclosureTable.Cells.GroupBy(c => c.Item))
        {
            var measures = item.Select(c => c.Measure).Distinct().ToList();
            html.Append($"""
                <div class="table-scroll">
                <table class="grid small">
                <thead><tr><th colspan="{measures.Count + 1}" scope="colgroup">{Encode(item.Key)}</th></tr>
                <tr><th scope="col">{Encode(ActiveDisclosureTable.ContentHeader)}</th>{string.Concat(measures.Select(m => $"<th scope=\"col\">{Encode(m)}</th>"))}</tr></thead>
                <tbody>

                """);
            foreach (var content in item.GroupBy(c => c.Content))
            {
                html.Append($"<tr><th scope=\"row\">{Encode(content.Key)}</th>");
                foreach (var measure in measures)
                {
                    var cell = content.SingleOrDefault(c => c.Measure == measure);
                    html.Append(cell is null ? "<td></td>" : NumberCell(fields, cell.Path, cell.IsFee));
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody></table></div>\n");
        }
    }

    /// <summary>Table 三: 3 header rows (申请人情况 / 自然人, 法人或其他组织, 总计 / the five kinds), 25 rows with 3 label levels.</summary>
    public static void Applications(StringBuilder html, SubmissionFormFields fields)
    {
        var columns = ApplicationsTable.Columns;
        html.Append($"""
            <div class="table-scroll">
            <table class="grid wide applications">
            <colgroup><col class="level1"><col class="level2"><col class="level3"><col span="{columns.Count}"></colgroup>
            <thead><tr><th class="note" colspan="3" rowspan="3" scope="col">{Encode(ApplicationsTable.BalanceNote)}</th><th colspan="{columns.Count}" scope="colgroup">{Encode(ApplicationsTable.ApplicantsHeader)}</th></tr>
            <tr>
            """);
        // A column without a group spans both lower header rows; grouped columns share one group cell.
        for (var i = 0; i < columns.Count; i += Run(columns, i, c => c.Group))
        {
            html.Append(columns[i].Group is { } group
                ? $"<th colspan=\"{Run(columns, i, c => c.Group)}\" scope=\"colgroup\">{Encode(group)}</th>"
                : $"<th rowspan=\"2\" scope=\"col\">{Encode(columns[i].Label)}</th>");
        }
        html.Append("</tr>\n<tr>");
        foreach (var column in columns.Where(c => c.Group is not null))
            html.Append($"<th scope=\"col\">{Encode(column.Label)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");

        var rows = ApplicationsTable.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append("<tr>");
            // Label cells merge down over rows sharing a level, and right over levels a row does not have.
            if (i == 0 || rows[i - 1].Level1 != row.Level1)
            {
                html.Append(row.Level2 is null
                    ? $"<th class=\"l3\" colspan=\"3\" scope=\"row\">{Encode(row.Level1)}</th>"
                    : $"<th class=\"l1\" rowspan=\"{Run(rows, i, r => r.Level1)}\" scope=\"rowgroup\">{Encode(row.Level1)}</th>");
            }
            if (row.Level2 is { } level2 && (i == 0 || rows[i - 1].Level1 != row.Level1 || rows[i - 1].Level2 != level2))
            {
                html.Append(row.Level3 is null
                    ? $"<th class=\"l3\" colspan=\"2\" scope=\"row\">{Encode(level2)}</th>"
                    : $"<th class=\"l2\" rowspan=\"{Run(rows, i, r => (r.Level1, r.Level2))}\" scope=\"rowgroup\">{Encode(level2)}</th>");
            }
            if (row.Level3 is { } level3)
                html.Append($"<th class=\"l3\" scope=\"row\">{Encode(level3)}</th>");
            foreach (var column in columns)
                html.Append(NumberCell(fields, row.CellPath(column), isFee: false, Addends(row, column)));
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }

    /// <summary>Table 四: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉), five outcome columns each, one row of 15 cells.</summary>
    public static void Reviews(StringBuilder html, SubmissionFormFields fields)
    {
        var groups = ReviewsTable.Groups;
        var columns = ReviewsTable.Columns;
        html.Append("<div class=\"table-scroll\">\n<table class=\"grid wide fixed reviews\">\n<thead><tr>");
        for (var i = 0; i < groups.Count; i += Run(groups, i, g => g.Category))
            html.Append($"<th colspan=\"{Run(groups, i, g => g.Category) * columns.Count}\" scope=\"colgroup\">{Encode(groups[i].Category)}</th>");
        html.Append("</tr>\n<tr>");
        foreach (var group in groups)
        {
            html.Append(group.Subcategory is { } subcategory
                ? $"<th colspan=\"{columns.Count}\" scope=\"colgroup\">{Encode(subcategory)}</th>"
                : string.Concat(columns.Select(c => $"<th rowspan=\"2\" scope=\"col\">{Encode(c.Label)}</th>")));
        }
        html.Append("</tr>\n<tr>");
        foreach (var group in groups.Where(g => g.Subcategory is not null))
            html.Append(string.Concat(columns.Select(c => $"<th scope=\"col\">{Encode(c.Label)}</th>")));
        html.Append("</tr></thead>\n<tbody><tr>");
        foreach (var group in groups)
        {
            foreach (var column in columns)
            {
                html.Append(NumberCell(fields, group.CellPath(column), isFee: false,
                    column.IsTotal ? columns.Where(c => !c.IsTotal).Select(group.CellPath).ToList() : null));
            }
        }
        html.Append("</tr></tbody></table></div>\n");
    }

    /// <summary>
    /// What a total cell of table 三 adds up: the 总计 column its row's six applicant columns (R2), the （七）总计 row
    /// the 21 result rows of its column (R3); null for the cells clerks type.
    /// </summary>
    private static IReadOnlyList<string>? Addends(ApplicationsTableRow row, ApplicantColumn column)
    {
        if (column.IsTotal)
            return ApplicationsTable.Columns.Where(c => !c.IsTotal).Select(row.CellPath).ToList();
        if (row.Role == ApplicationsRowRole.Total)
            return ApplicationsTable.Rows.Where(r => r.Role == ApplicationsRowRole.Result).Select(r => r.CellPath(column)).ToList();
        return null;
    }

    /// <summary>
    /// A count (件, 0 or more) or, for the fee, 万元 with at most 6 decimals, to the 分 (the reader's rule). A total
    /// names its addends (data-sum), which form.js adds up as the clerk types.
    /// </summary>
    private static string NumberCell(SubmissionFormFields fields, string path, bool isFee, IReadOnlyList<string>? addends = null) =>
        $"""<td{(fields.HasErrors(path) ? " class=\"invalid\"" : "")}><input type="number" id="{path}" name="{path}" min="0" step="{(isFee ? "0.000001" : "1")}" value="{Encode(fields.Value(path) ?? "0")}" required inputmode="{(isFee ? "decimal" : "numeric")}" aria-label="{Encode(FieldLabels.Describe(path))}" {fields.Described(path, null)}{(addends is null ? "" : $"class=\"total\" data-sum=\"{string.Join(' ', addends)}\" ")}>{fields.Messages(path, inCell: true)}</td>""";

    /// <summary>How many items from <paramref name="start"/> on share the key of the item at <paramref name="start"/>.</summary>
    private static int Run<T, TKey>(IReadOnlyList<T> items, int start, Func<T, TKey> key)
    {
        var count = 1;
        while (start + count < items.Count && EqualityComparer<TKey>.Default.Equals(key(items[start + count]), key(items[start])))
            count++;
        return count;
    }
}
