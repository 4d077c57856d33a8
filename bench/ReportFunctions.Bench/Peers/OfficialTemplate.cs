using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Bench.Peers;

/// <summary>
/// The official Word template of 国办公开办函〔2021〕30号 (bench/peers/official-template-2021.docx, a copy of the
/// published one) filled with a report's data, as a clerk would before exporting it through WPS or
/// LibreOffice: the title, the preface, every section's text in place of its "（文字描述）", every table cell, and
/// the signature. Fonts are set to Noto Serif CJK SC, the face our PDF uses (Debian fonts-noto-cjk).
/// </summary>
internal static class OfficialTemplate
{
    private const string Font = "Noto Serif CJK SC";

    public static string Path { get; } = FindTemplate();

    public static void Fill(Report report, string output)
    {
        File.Copy(Path, output, overwrite: true);
        using var document = WordprocessingDocument.Open(output, true);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var top = body.Elements<Paragraph>().ToList();

        var title = top.First(p => Text(p).Contains("年度报告", StringComparison.Ordinal));
        SetText(title, report.EffectiveTitle);
        InsertAfter(title, title, report.Preface.Select(p => (p, false)));

        var placeholders = top.Where(p => Text(p).StartsWith("（文字描述", StringComparison.Ordinal)).ToList();
        Replace(placeholders[0], report.Overview);
        var activeHeading = top.First(p => Text(p) == SectionHeadings.ActiveDisclosure);
        InsertAfter(activeHeading, placeholders[0], Lines(report.ActiveDisclosure.Narrative));
        Replace(placeholders[1], report.ProblemsAndImprovements);
        Replace(placeholders[2], report.OtherMatters);

        var tables = body.Elements<Table>().ToList();
        FillActiveDisclosure(tables[0], report.ActiveDisclosure);
        FillApplications(tables[1], report.Applications);
        FillReviews(tables[2], report.ReviewsAndLitigation);

        var last = body.Elements<Paragraph>().Last();
        foreach (var line in new[] { report.Signature.Issuer, ChineseDate.Format(report.Signature.Date) })
        {
            var paragraph = new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new FontSize { Val = "32" }), new Text(line)));
            last.InsertAfterSelf(paragraph);
            last = paragraph;
        }

        UseFont(main.Document);
        if (main.StyleDefinitionsPart?.Styles is { } styles)
            UseFont(styles);
        main.Document.Save();
    }

    private static void FillActiveDisclosure(Table table, ActiveDisclosure data)
    {
        var byContent = ActiveDisclosureTable.Cells.GroupBy(c => c.Content).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            if (!byContent.TryGetValue(Text(cells[0]), out var values))
                continue;
            for (var i = 0; i < values.Count; i++)
                SetText(cells[1 + i], values[i].Select(data).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void FillApplications(Table table, Applications data)
    {
        var rows = table.Elements<TableRow>().Skip(3).ToList();
        for (var r = 0; r < ApplicationsTable.Rows.Count; r++)
        {
            var cells = rows[r].Elements<TableCell>().ToList();
            var values = ApplicationsTable.Rows[r].Select(data);
            var columns = ApplicationsTable.Columns;
            for (var c = 0; c < columns.Count; c++)
                SetText(cells[cells.Count - columns.Count + c], columns[c].Select(values).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void FillReviews(Table table, ReviewsAndLitigation data)
    {
        var cells = table.Elements<TableRow>().Last().Elements<TableCell>().ToList();
        var i = 0;
        foreach (var group in ReviewsTable.Groups)
        {
            foreach (var column in ReviewsTable.Columns)
                SetText(cells[i++], column.Select(group.Select(data)).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<(string Text, bool Bold)> Lines(IReadOnlyList<Block> blocks) =>
        blocks.SelectMany(b => (string.IsNullOrWhiteSpace(b.Heading) ? [] : new[] { (b.Heading!, true) }).Concat(b.Paragraphs.Select(p => (p, false))));

    private static void Replace(Paragraph placeholder, IReadOnlyList<Block> blocks)
    {
        InsertAfter(placeholder, placeholder, Lines(blocks));
        placeholder.Remove();
    }

    // New paragraphs after `anchor`, each shaped like `model` (its paragraph and run properties).
    private static void InsertAfter(OpenXmlElement anchor, Paragraph model, IEnumerable<(string Text, bool Bold)> lines)
    {
        foreach (var (text, bold) in lines)
        {
            var paragraph = (Paragraph)model.CloneNode(true);
            SetText(paragraph, text);
            if (bold)
                paragraph.Descendants<Run>().First().RunProperties!.Bold = new Bold();
            anchor.InsertAfterSelf(paragraph);
            anchor = paragraph;
        }
    }

    private static void SetText(TableCell cell, string text) => SetText(cell.Elements<Paragraph>().First(), text);

    private static void SetText(Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        var run = runs.FirstOrDefault();
        if (run is null)
        {
            var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            run = new Run(new RunProperties(mark?.ChildElements.Select(e => e.CloneNode(true)) ?? []));
            paragraph.AppendChild(run);
        }
        foreach (var other in runs.Skip(1))
            other.Remove();
        run.RunProperties ??= new RunProperties();
        foreach (var child in run.Elements().Where(e => e is not RunProperties).ToList())
            child.Remove();
        run.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void UseFont(OpenXmlElement root)
    {
        foreach (var fonts in root.Descendants<RunFonts>())
        {
            fonts.Ascii = fonts.HighAnsi = fonts.EastAsia = fonts.ComplexScript = Font;
            fonts.AsciiTheme = null;
            fonts.HighAnsiTheme = null;
            fonts.EastAsiaTheme = null;
            fonts.ComplexScriptTheme = null;
        }
    }

    private static string Text(OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text)).Trim();

    private static string FindTemplate()
    {
        string[] candidates = [RepositoryRoot.File("bench", "peers", "official-template-2021.docx"), "/work/shared/peers/official-template-2021.docx"];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The official Word template is missing: " + string.Join(" or ", candidates));
    }
}
