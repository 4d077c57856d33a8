using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Rendering.Html;

/// <summary>
/// The three official tables as HTML tables, from the same label tables as the PDF template: header cells are
/// <c>th</c> with <c>scope</c>, merged headers are <c>colspan</c>/<c>rowspan</c>, so a screen reader announces
/// each count with its row and column labels.
/// </summary>
internal static class HtmlTables
{
    /// <summary>Table 二: one table per 条例 第二十条 item, captioned with the item, rows 信息内容 × its measures.</summary>
    public static void ActiveDisclosure(HtmlWriter html, ActiveDisclosure data)
    {
        foreach (var item in ActiveDisclosureTable.Cells.GroupBy(c => c.Item))
        {
            Region(html, $"{ActiveDisclosureTable.Heading} {item.Key}");
            html.Open("table").Element("caption", item.Key);
            html.Open("thead").Open("tr").Element("th", ActiveDisclosureTable.ContentHeader, ("scope", "col"));
            foreach (var measure in item.Select(c => c.Measure).Distinct())
                html.Element("th", measure, ("scope", "col"));
            html.Close("tr").Close("thead").Open("tbody");
            foreach (var content in item.GroupBy(c => c.Content))
            {
                html.Open("tr").Element("th", content.Key, ("scope", "row"));
                foreach (var cell in content)
                    html.Element("td", ReportTables.Number(cell.Select(data)));
                html.Close("tr");
            }
            html.Close("tbody").Close("table").Close("div");
        }
    }

    /// <summary>
    /// Table 三: the 勾稽关系 note over the three label columns, 申请人情况 over the seven count columns, 法人或其他组织
    /// over its five; rows labelled at up to three levels, "三、本年度办理结果" and （三）–（六） as row groups.
    /// </summary>
    public static void Applications(HtmlWriter html, Applications data)
    {
        var columns = ApplicationsTable.Columns;
        var groupCount = columns.Count(c => c.Group is not null);
        Region(html, ApplicationsTable.Heading);
        html.Open("table").Element("caption", ApplicationsTable.Heading, ("class", "visually-hidden"));
        html.Open("thead").Open("tr")
            .Element("th", ApplicationsTable.BalanceNote, ("colspan", "3"), ("rowspan", "3"), ("scope", "col"))
            .Element("th", ApplicationsTable.ApplicantsHeader, ("colspan", ReportTables.Number(columns.Count)), ("scope", "colgroup"))
            .Close("tr").Open("tr");
        var groupWritten = false;
        foreach (var column in columns)
        {
            if (column.Group is null)
                html.Element("th", column.Label, ("rowspan", "2"), ("scope", "col"));
            else if (!groupWritten)
            {
                html.Element("th", column.Group, ("colspan", ReportTables.Number(groupCount)), ("scope", "colgroup"));
                groupWritten = true;
            }
        }
        html.Close("tr").Open("tr");
        foreach (var column in columns.Where(c => c.Group is not null))
            html.Element("th", column.Label, ("scope", "col"));
        html.Close("tr").Close("thead").Open("tbody");

        var rows = ApplicationsTable.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Open("tr");
            if (row.Level2 is null)
                html.Element("th", row.Level1, ("colspan", "3"), ("scope", "row"));
            else
            {
                if (i == 0 || rows[i - 1].Level1 != row.Level1)
                    html.Element("th", row.Level1, ("rowspan", ReportTables.Number(ReportTables.RunLength(rows, i, r => r.Level1))), ("scope", "rowgroup"), ("class", "vertical"));
                if (row.Level3 is null)
                    html.Element("th", row.Level2, ("colspan", "2"), ("scope", "row"));
                else
                {
                    if (rows[i - 1].Level2 != row.Level2)
                        html.Element("th", row.Level2, ("rowspan", ReportTables.Number(ReportTables.RunLength(rows, i, r => r.Level2))), ("scope", "rowgroup"));
                    html.Element("th", row.Level3, ("scope", "row"));
                }
            }
            var values = row.Select(data);
            foreach (var column in columns)
                html.Element("td", ReportTables.Number(column.Select(values)));
            html.Close("tr");
        }
        html.Close("tbody").Close("table").Close("div");
    }

    /// <summary>Table 四: 行政复议 (five columns) and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (five each); one data row.</summary>
    public static void Reviews(HtmlWriter html, ReviewsAndLitigation data)
    {
        var columns = ReviewsTable.Columns;
        var groups = ReviewsTable.Groups;
        Region(html, ReviewsTable.Heading);
        html.Open("table").Element("caption", ReviewsTable.Heading, ("class", "visually-hidden"));
        html.Open("thead").Open("tr");
        foreach (var category in groups.GroupBy(g => g.Category))
            html.Element("th", category.Key, ("colspan", ReportTables.Number(category.Count() * columns.Count)), ("scope", "colgroup"));
        html.Close("tr").Open("tr");
        foreach (var group in groups)
        {
            if (group.Subcategory is null)
            {
                foreach (var column in columns)
                    html.Element("th", column.Label, ("rowspan", "2"), ("scope", "col"));
            }
            else
                html.Element("th", group.Subcategory, ("colspan", ReportTables.Number(columns.Count)), ("scope", "colgroup"));
        }
        html.Close("tr").Open("tr");
        foreach (var _ in groups.Where(g => g.Subcategory is not null))
        {
            foreach (var column in columns)
                html.Element("th", column.Label, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody").Open("tr");
        foreach (var group in groups)
        {
            var outcome = group.Select(data);
            foreach (var column in columns)
                html.Element("td", ReportTables.Number(column.Select(outcome)));
        }
        html.Close("tr").Close("tbody").Close("table").Close("div");
    }

    // A focusable, labelled scrolling region: on a phone a wide table scrolls inside it, not the page (WCAG 1.4.10).
    private static void Region(HtmlWriter html, string label) =>
        html.Open("div", ("class", "table-region"), ("role", "region"), ("aria-label", label), ("tabindex", "0"));
}
