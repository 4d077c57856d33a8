using System.Globalization;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Bench.Peers;

/// <summary>
/// What a PDF gives a reader, checked with poppler (pdftotext, pdfinfo) the same way for every engine: page count,
/// and whether the extracted text is right — every paragraph present, every number of the report present at least
/// as often as the report has it, and no Kangxi or CJK radical supplement characters (U+2F00–2FDF, U+2E80–2EFF),
/// which a font's mapping can put in place of the ideographs they look like.
/// </summary>
internal static partial class PdfFacts
{
    public sealed record Facts(int Pages, long Bytes, bool TextRight, string Problem);

    public static async Task<Facts> CheckAsync(string pdf, Report report)
    {
        var (infoExit, info) = await PublishedApps.RunAsync("pdfinfo", [pdf]);
        var pages = infoExit == 0 && PagesLine().Match(info) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var (textExit, text) = await PublishedApps.RunAsync("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
        var problem = textExit != 0 ? "pdftotext failed" : Problem(text, report);
        return new Facts(pages, new FileInfo(pdf).Length, problem.Length == 0, problem);
    }

    private static string Problem(string text, Report report)
    {
        var radicals = text.Count(c => c is >= '\u2F00' and <= '\u2FDF' or >= '\u2E80' and <= '\u2EFF');
        if (radicals > 0)
            return $"{radicals} radical characters";

        // Paragraphs: compared without whitespace and without lines that hold only a page number.
        var squeezed = Whitespace().Replace(string.Join('\n', text.Split('\n').Where(l => !PageNumberLine().IsMatch(l))), "");
        var missing = Paragraphs(report).Where(p => !squeezed.Contains(Whitespace().Replace(p, ""), StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            return $"{missing.Count} paragraphs missing, e.g. “{missing[0][..Math.Min(20, missing[0].Length)]}…”";

        var found = Number().Matches(text).GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.Count());
        var short_ = ExpectedNumbers(report).GroupBy(x => x)
            .Where(g => found.GetValueOrDefault(g.Key) < g.Count())
            .Select(g => $"{g.Key} ×{g.Count()} (found {found.GetValueOrDefault(g.Key)})").ToList();
        return short_.Count > 0 ? "numbers missing: " + string.Join(", ", short_.Take(4)) : "";
    }

    private static IEnumerable<string> Paragraphs(Report report) =>
        report.Preface.Concat(new[] { report.Overview, report.ActiveDisclosure.Narrative, report.ProblemsAndImprovements, report.OtherMatters }
            .SelectMany(b => b).SelectMany(b => b.Paragraphs));

    /// <summary>Every number the report prints: each table cell, and each number in its text.</summary>
    public static IEnumerable<string> ExpectedNumbers(Report report)
    {
        foreach (var cell in ActiveDisclosureTable.Cells)
            yield return cell.Select(report.ActiveDisclosure).ToString(CultureInfo.InvariantCulture);
        foreach (var row in ApplicationsTable.Rows)
        {
            foreach (var column in ApplicationsTable.Columns)
                yield return column.Select(row.Select(report.Applications)).ToString(CultureInfo.InvariantCulture);
        }
        foreach (var group in ReviewsTable.Groups)
        {
            foreach (var column in ReviewsTable.Columns)
                yield return column.Select(group.Select(report.ReviewsAndLitigation)).ToString(CultureInfo.InvariantCulture);
        }
        foreach (var paragraph in Paragraphs(report))
        {
            foreach (Match match in Number().Matches(paragraph))
                yield return match.Value;
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*[—\-－]?\s*\d{1,3}\s*[—\-－]?\s*$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
