using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using ReportFunctions.Core.Calendar;

namespace ReportFunctions.Oversight;

/// <summary>The year table, as filtered and sorted on screen, as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) and as XLSX.</summary>
public static class YearTableExport
{
    public static readonly IReadOnlyList<string> Headers =
        ["机构标识", "机构名称", "机构类型", "报送截止日期", "报送状态", "剩余或逾期", "发布版本", "最近催报", "未完成整改事项"];

    public static string FileName(YearOverview overview, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{overview.Query.Year}年度报告报送情况.{extension}");

    public static byte[] Csv(YearOverview overview)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvHelper.CsvWriter.Create(writer, new CsvHelper.CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var header in Headers)
                csv.WriteField(header);
            csv.EndRecord();
            foreach (var row in overview.Rows)
            {
                foreach (var cell in Cells(row))
                    csv.WriteField(cell);
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(YearOverview overview)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(string.Create(CultureInfo.InvariantCulture, $"{overview.Query.Year}年度"));
        for (var c = 0; c < Headers.Count; c++)
            sheet.Cell(1, c + 1).Value = Headers[c];
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < overview.Rows.Count; r++)
        {
            var row = overview.Rows[r];
            var cells = Cells(row);
            for (var c = 0; c < cells.Count; c++)
                sheet.Cell(r + 2, c + 1).SetValue(cells[c]);
            // Numbers as numbers, so the office can sort and sum in the spreadsheet.
            if (row.Version is { } version)
                sheet.Cell(r + 2, 7).SetValue(version);
            sheet.Cell(r + 2, 9).SetValue(row.OpenCorrectionItems);
        }
        // Fixed widths: measuring text (AdjustToContents) needs GDI+ fonts, which Linux hosts do not have.
        foreach (var (column, width) in new[] { (1, 22), (2, 30), (3, 12), (4, 16), (5, 14), (6, 12), (7, 10), (8, 16), (9, 14) })
            sheet.Column(column).Width = width;
        sheet.SheetView.FreezeRows(1);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static List<string> Cells(YearOverviewRow row) =>
    [
        row.Organization.Id,
        row.Organization.Name,
        OrganizationKindChinese.Name(row.Organization.Kind),
        ChineseDate.Format(row.Deadline),
        ReportYearStatuses.Chinese(row.Status),
        row.DaysText,
        row.Version?.ToString(CultureInfo.InvariantCulture) ?? "",
        row.LastReminder is { } reminder ? ChineseDate.Format(ChinaStandardTime.DateOf(reminder.QueuedAt)) : "",
        row.OpenCorrectionItems.ToString(CultureInfo.InvariantCulture),
    ];
}
