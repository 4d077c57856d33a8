using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Document;

namespace ReportFunctions.Core.Rendering;

/// <summary>The report template: title, preface, sections 一–六 with their tables, signature.</summary>
internal static class ReportLayout
{
    private const float TableGap = 8;
    private const float AfterTable = 16;

    public static PageFrame Frame { get; } = PageFrame.GbT9704(ReportStyles.PageNumber);

    public static DocumentBuilder Build(Report report)
    {
        var document = new DocumentBuilder(Frame);
        document.Space(ReportStyles.BodyPitch);
        document.Text(TitleText(report), ReportStyles.Title, bookmark: true);
        // GB/T 9704 §7.3.3: one blank line between the title and the text.
        document.Space(ReportStyles.BodyPitch);
        foreach (var paragraph in report.Preface)
            document.Text(paragraph, ReportStyles.Body);

        Section(document, SectionHeadings.Overview, report.Overview);
        Section(document, SectionHeadings.ActiveDisclosure, report.ActiveDisclosure.Narrative);
        var gap = TableGap;
        foreach (var table in ReportTables.ActiveDisclosure(report.ActiveDisclosure))
        {
            document.Table(table, gap);
            gap = 0;
        }
        Section(document, SectionHeadings.Applications, [], AfterTable);
        document.Table(ReportTables.Applications(report.Applications), TableGap);
        Section(document, SectionHeadings.ReviewsAndLitigation, [], AfterTable);
        document.Table(ReportTables.Reviews(report.ReviewsAndLitigation), TableGap);
        Section(document, SectionHeadings.ProblemsAndImprovements, report.ProblemsAndImprovements, AfterTable);
        // The last paragraph goes with the signature, so the signature never stands alone on a page.
        Section(document, SectionHeadings.OtherMatters, report.OtherMatters, keepLastWithNext: true);
        Signature(document, report.Signature);
        return document;
    }

    /// <summary>
    /// "大岚镇人民政府\n2021年政府信息公开工作年度报告": split after the body's name, each part kept whole while it fits
    /// a line, otherwise broken between words (<see cref="TitleLines"/>); the engine balances the lines.
    /// </summary>
    public static string TitleText(Report report) =>
        TitleLines.Text(report.EffectiveTitle, report.Organization.Name, part => DocumentBuilder.MeasureWidth(part, ReportStyles.Title) <= Frame.ContentWidth);

    private static void Section(DocumentBuilder document, string heading, IReadOnlyList<Block> blocks, float spaceBefore = 0, bool keepLastWithNext = false)
    {
        document.Text(heading, ReportStyles.SectionHeading, spaceBefore, keepWithNext: true, bookmark: true);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (!string.IsNullOrWhiteSpace(block.Heading))
                document.Text(block.Heading, ReportStyles.BlockHeading, keepWithNext: true);
            for (var p = 0; p < block.Paragraphs.Count; p++)
            {
                var isLast = b == blocks.Count - 1 && p == block.Paragraphs.Count - 1;
                document.Text(block.Paragraphs[p], ReportStyles.Body, keepWithNext: keepLastWithNext && isLast);
            }
        }
    }

    /// <summary>
    /// GB/T 9704-2012 §7.3.5.1 (no seal): one blank line below the text, the issuer 2 characters in from the
    /// right, the date on the next line starting 2 characters right of the issuer's first character; a date
    /// longer than that sits 2 characters in from the right and the issuer moves left to keep the offset.
    /// </summary>
    private static void Signature(DocumentBuilder document, Signature signature)
    {
        var em = ReportStyles.BodySize;
        var width = Frame.ContentWidth;
        var date = ChineseDate.Format(signature.Date);
        var issuerWidth = DocumentBuilder.MeasureWidth(signature.Issuer, ReportStyles.Signature);
        var dateWidth = DocumentBuilder.MeasureWidth(date, ReportStyles.Signature);
        var issuerStart = width - 2 * em - issuerWidth;
        var dateX = Math.Min(issuerStart + 2 * em, width - 2 * em - dateWidth);
        var issuerX = Math.Max(0, dateX - 2 * em);
        document.Text(signature.Issuer, ReportStyles.Signature with { LeftIndent = issuerX }, ReportStyles.BodyPitch, keepWithNext: true);
        document.Text(date, ReportStyles.Signature with { LeftIndent = Math.Max(0, dateX) });
    }
}
