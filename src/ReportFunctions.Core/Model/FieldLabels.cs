using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportFunctions.Core.Model;

/// <summary>
/// Official labels by dotted JSON path (every table cell and the named fields), so that messages name what
/// the clerk sees on the form rather than a JSON key.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = Build();

    /// <summary>
    /// The label of <paramref name="path"/>, or the path itself when it has no official label. Narrative paths
    /// read as the clerk counts: "overview[1].paragraphs[0]" is "一、总体情况 第2部分第1段".
    /// </summary>
    public static string Describe(string path)
    {
        if (Labels.TryGetValue(path, out var label))
            return label;
        var match = NarrativePath().Match(path);
        if (!match.Success || !Labels.TryGetValue(match.Groups["section"].Value, out var section))
            return path;
        if (match.Groups["section"].Value == "preface")
            return $"{section}第{Ordinal(match.Groups["block"])}段";
        var part = $"{section} 第{Ordinal(match.Groups["block"])}部分";
        return match.Groups["field"].Value switch
        {
            "heading" => $"{part}标题",
            "paragraphs" when match.Groups["paragraph"].Success => $"{part}第{Ordinal(match.Groups["paragraph"])}段",
            "paragraphs" => $"{part}段落",
            _ => part,
        };
    }

    private static int Ordinal(Group index) => int.Parse(index.Value, CultureInfo.InvariantCulture) + 1;

    [GeneratedRegex(@"^(?<section>preface|overview|activeDisclosure\.narrative|problemsAndImprovements|otherMatters)\[(?<block>\d{1,9})\](\.(?<field>heading|paragraphs)(\[(?<paragraph>\d{1,9})\])?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativePath();

    private static Dictionary<string, string> Build()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["formatVersion"] = "格式版本",
            ["organization"] = "机关信息",
            ["organization.id"] = "机关标识",
            ["organization.name"] = "机关名称",
            ["organization.kind"] = "机关类型",
            ["organization.creditCode"] = "统一社会信用代码",
            ["year"] = "报告年度",
            ["title"] = "标题",
            ["preface"] = "导语",
            ["overview"] = SectionHeadings.Overview,
            ["activeDisclosure"] = SectionHeadings.ActiveDisclosure,
            ["activeDisclosure.narrative"] = SectionHeadings.ActiveDisclosure,
            ["applications"] = SectionHeadings.Applications,
            ["reviewsAndLitigation"] = SectionHeadings.ReviewsAndLitigation,
            ["problemsAndImprovements"] = SectionHeadings.ProblemsAndImprovements,
            ["otherMatters"] = SectionHeadings.OtherMatters,
            ["signature"] = "署名",
            ["signature.issuer"] = "署名机关",
            ["signature.date"] = "署名日期",
        };
        foreach (var cell in ActiveDisclosureTable.Cells)
        {
            labels[cell.Path] = $"{ActiveDisclosureTable.Heading} {cell.Label}";
            // The objects holding a row of cells ("activeDisclosure.regulations") are named by that row.
            labels.TryAdd(cell.Path[..cell.Path.LastIndexOf('.')], $"{ActiveDisclosureTable.Heading} {cell.Item} {cell.Content}");
        }
        foreach (var row in ApplicationsTable.Rows)
        {
            labels[row.Path] = row.Label;
            // The objects grouping result rows ("applications.denied") are named by their merged label cell.
            if (row.Level3 is not null)
                labels.TryAdd(row.Path[..row.Path.LastIndexOf('.')], row.Level1 + row.Level2);
            foreach (var column in ApplicationsTable.Columns)
                labels[row.CellPath(column)] = $"{row.Label}·{column.Label}";
        }
        foreach (var group in ReviewsTable.Groups)
        {
            labels[group.Path] = $"{ReviewsTable.Heading} {group.Label}";
            foreach (var column in ReviewsTable.Columns)
                labels[group.CellPath(column)] = $"{ReviewsTable.Heading} {group.Label}·{column.Label}";
        }
        return labels;
    }
}
