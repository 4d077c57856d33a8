using CsvHelper;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Organizations;

/// <summary>
/// Reads the organization list a supervising office keeps in a spreadsheet: CSV (RFC 4180 quoting), a header row
/// naming the columns id,name,kind,contacts,deadlineOverride,active,supervisorEmail,requiresReview (any order; only the first three
/// required), contacts separated by ";". Every bad row is reported with its row number (the header is row 1, as a
/// spreadsheet numbers it), never just the first one.
/// </summary>
internal static class OrganizationCsv
{
    private static readonly string[] Columns = ["id", "name", "kind", "contacts", "deadlineOverride", "active", "supervisorEmail", "requiresReview"];
    private static readonly string[] RequiredColumns = ["id", "name", "kind"];

    public static (IReadOnlyList<OrganizationRecord> Organizations, IReadOnlyList<ValidationError> Errors) Read(string text)
    {
        var (rows, errors) = Parse(text.TrimStart('\uFEFF'));
        if (errors.Count > 0)
            return ([], errors);
        if (rows.Count == 0)
            return ([], [Error("required", "rows", "文件为空：第1行应为列名 id,name,kind,contacts,deadlineOverride,active,supervisorEmail,requiresReview。")]);

        var header = rows[0].Select(h => h.Trim()).ToList();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var column = Columns.FirstOrDefault(c => string.Equals(c, header[i], StringComparison.OrdinalIgnoreCase));
            if (column is null)
                errors.Add(Error("range", $"rows.1.{header[i]}", $"第1行：未知的列名“{header[i]}”，可用的列为 {string.Join(",", Columns)}。"));
            else if (!index.TryAdd(column, i))
                errors.Add(Error("range", $"rows.1.{column}", $"第1行：列名“{column}”重复。"));
        }

        foreach (var missing in RequiredColumns.Where(c => !index.ContainsKey(c)))
            errors.Add(Error("required", $"rows.1.{missing}", $"第1行：缺少必需的列“{missing}”。"));
        if (errors.Count > 0)
            return ([], errors);
        if (rows.Count == 1)
            return ([], [Error("required", "rows", "文件只有列名，没有机构数据。")]);

        var organizations = new List<OrganizationRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var number = r + 1;
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace))
                continue;
            if (row.Count > header.Count)
            {
                errors.Add(Error("range", $"rows.{number}", $"第{number}行：有{row.Count}列，多于列名的{header.Count}列。"));
                continue;
            }

            string? Cell(string column) =>
                index.TryGetValue(column, out var i) && i < row.Count && row[i].Trim() is { Length: > 0 } value ? value : null;

            var rowErrors = new List<ValidationError>();
            var kindText = Cell("kind");
            if (!Enum.TryParse<OrganizationKind>(kindText, ignoreCase: true, out var kind) || kindText!.Any(char.IsDigit))
                rowErrors.Add(Error("range", "kind", $"机构类型“{kindText}”无效，应为 department、government、township 或 other。"));
            var activeText = Cell("active");
            var active = activeText is null ? true : Flag(activeText);
            if (active is null)
                rowErrors.Add(Error("range", "active", $"是否启用“{activeText}”无效，应为 true 或 false。"));
            // Empty: the app's default (Review:RequiredByDefault).
            var reviewText = Cell("requiresReview");
            var requiresReview = Flag(reviewText);
            if (reviewText is not null && requiresReview is null)
                rowErrors.Add(Error("range", "requiresReview", $"是否先审核后公布“{reviewText}”无效，应为 true 或 false，或留空。"));

            var contacts = (Cell("contacts") ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var organization = new OrganizationRecord(Cell("id") ?? "", Cell("name") ?? "", kind, contacts,
                Cell("deadlineOverride"), active ?? true, Cell("supervisorEmail"), requiresReview);
            rowErrors.AddRange(OrganizationValidation.Validate(organization));
            if (seen.TryGetValue(organization.Id, out var first))
                rowErrors.Add(Error("range", "id", $"机构标识“{organization.Id}”与第{first}行重复。"));
            else
                seen[organization.Id] = number;

            errors.AddRange(rowErrors.Select(e => e with { Path = $"rows.{number}.{e.Path}", Message = $"第{number}行：{e.Message}" }));
            if (rowErrors.Count == 0)
                organizations.Add(organization);
        }

        return errors.Count > 0 ? ([], errors) : (organizations, []);
    }

    /// <summary>
    /// RFC 4180 records (CsvHelper): quoted fields may hold commas, doubled quotes and line breaks. A quote left open,
    /// a stray quote or text after a closing quote is an error naming the line, never a silently merged or split row.
    /// </summary>
    private static (List<List<string>> Rows, List<ValidationError> Errors) Parse(string text)
    {
        var errors = new List<ValidationError>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            // Blank lines are records here, so that record n is row n as a spreadsheet numbers it.
            SkipEmptyLines = false,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => errors.Add(QuoteError(bad)),
        };
        var rows = new List<List<string>>();
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        while (reader.Read())
            rows.Add([.. reader.Current.ToArray()]);
        return (rows, errors);
    }

    private static ValidationError QuoteError(CsvMalformedRecord bad)
    {
        var problem = bad.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "引号未闭合",
            CsvMalformedReason.TextAfterClosingQuote => "右引号后还有文字",
            CsvMalformedReason.StrayQuote => "未加引号的内容中出现了引号",
            _ => "引号使用不正确",
        };
        var raw = bad.RawRecord.TrimEnd('\r', '\n');
        var excerpt = raw.Length <= 40 ? raw : raw[..40] + "…";
        return Error("range", $"rows.{bad.LineNumber}",
            $"第{bad.LineNumber}行：{problem}（{excerpt}）。含逗号、引号或换行的内容应整体放在一对英文双引号内，内容中的双引号写作两个双引号。");
    }

    private static bool? Flag(string? text) => text?.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "是" => true,
        "false" or "0" or "no" or "否" => false,
        _ => null,
    };

    private static ValidationError Error(string code, string path, string message) => new(code, Severity.Error, path, message);
}
