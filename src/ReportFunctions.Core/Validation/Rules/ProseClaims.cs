using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>One table cell a prose number may mean, with its label for messages.</summary>
internal readonly record struct ProseCell(string Label, long Value);

/// <summary>
/// A phrasing <see cref="ProseTableRule"/> understands: the pattern (the number is group "n", always followed by
/// its unit 件/条/起/宗, group "unit"), the subject it needs, clauses it must not read, and the cells the number may mean (first = named in
/// messages; none when the sentence gives nothing to compare with).
/// </summary>
internal sealed record ProseClaim(
    string Figure,
    Regex Pattern,
    ProseSubject? Subject,
    Regex? Excluded,
    Func<Report, ProseSubjects, string, ProseCell[]> Cells);

/// <summary>The phrasings, documented in docs/validation.md (prose-table).</summary>
internal static partial class ProseClaims
{
    private const string Gap = @"[^\d，、；。：]{0,16}?";
    private const string Number = @"(?<n>\d+)(?<unit>件|条|起|宗)";

    public static IReadOnlyList<ProseClaim> All { get; } =
    [
        new("新收申请", Pattern($@"(?:新收|受理|收到|接收|接到){Gap}申请(?:数量)?(?:共计|合计|总计|共|计|为)?{Number}"), null,
            Pattern($"{Other().ToString()}|其中|当面|现场|网上|网络|信函|邮寄|传真|电子邮件|平台"), (r, _, sentence) => sentence.Contains("结转", StringComparison.Ordinal)
                ? [.. Total(r, "applications.newlyReceived"), Sum(r, "applications.newlyReceived.total", "applications.carriedOver.total")]
                : Total(r, "applications.newlyReceived")),
        new("上年结转申请", Pattern($@"上一?年度?结转{Gap}{Number}"), null, Other(), (r, _, _) => Total(r, "applications.carriedOver")),
        new("办结申请", Pattern($@"(?:办结|答复|办理完毕|办理完成|处理完毕){Gap}{Number}"), null,
            Pattern("复议|诉讼|咨询|建议|提案|信访|来电|留言|电话|当场|延期|逾期|延长|口头|当面|网上|按时|按期|期限内|其中"),
            (r, _, _) => Total(r, "applications.total")),
        new("结转下年度办理申请", Pattern($@"结转(?:至|到)?下一?年度?(?:继续办理)?{Gap}{Number}"), null, Other(), (r, _, _) => Total(r, "applications.carriedForward")),
        new("行政复议", Pattern($@"行政复议(?:申请|案件)?(?:共计|共|合计|为)?{Number}"), null, null, (r, _, _) => [Cell(r, "reviewsAndLitigation.review.total")]),
        // "被申请行政复议和提起行政诉讼共3件" counts both: not a litigation total.
        new("行政诉讼", Pattern($@"行政诉讼(?:案件)?(?:共计|共|合计|为)?{Number}"), null, Pattern("行政复议"), (r, _, _) => [Litigation(r, "total")]),
        new("未经复议直接起诉", Pattern($@"直接(?:提起)?(?:行政)?(?:起诉|诉讼)(?:案件)?{Number}"), null, null, (r, _, _) => [Cell(r, "reviewsAndLitigation.litigationDirect.total")]),
        new("复议后起诉", Pattern($@"复议后(?:提起)?(?:行政)?(?:起诉|诉讼)(?:案件)?{Number}"), null, null, (r, _, _) => [Cell(r, "reviewsAndLitigation.litigationAfterReview.total")]),
        new("结果维持", Pattern($@"维持(?:原[^\d，、；。：]{{0,8}}?)?{Number}"), null, null, (r, s, _) => Outcomes(r, s, "upheld")),
        new("结果纠正", Pattern($@"纠正{Number}"), null, null, (r, s, _) => Outcomes(r, s, "corrected")),
        new("规章制发", Pattern($@"(?:制发|印发|出台|制定){Gap}{Number}"), ProseSubject.Regulations, null, (r, _, _) => [Cell(r, "activeDisclosure.regulations.issued")]),
        new("规章废止", Pattern($@"废止{Gap}{Number}"), ProseSubject.Regulations, null, (r, _, _) => [Cell(r, "activeDisclosure.regulations.repealed")]),
        new("现行有效规章", Pattern($@"现行有效{Gap}{Number}"), ProseSubject.Regulations, null, (r, _, _) => [Cell(r, "activeDisclosure.regulations.inForce")]),
        new("行政规范性文件制发", Pattern($@"(?:制发|印发|出台|制定){Gap}{Number}"), ProseSubject.NormativeDocuments, null, (r, _, _) => [Cell(r, "activeDisclosure.normativeDocuments.issued")]),
        new("行政规范性文件废止", Pattern($@"废止{Gap}{Number}"), ProseSubject.NormativeDocuments, null, (r, _, _) => [Cell(r, "activeDisclosure.normativeDocuments.repealed")]),
        new("现行有效行政规范性文件", Pattern($@"现行有效{Gap}{Number}"), ProseSubject.NormativeDocuments, null, (r, _, _) => [Cell(r, "activeDisclosure.normativeDocuments.inForce")]),
    ];

    // Compiled: the patterns run on every clause with a digit of every report (≤ 1 ms per report).
    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Clauses about something other than applications for disclosure.</summary>
    [GeneratedRegex("复议|诉讼|咨询|建议|提案|信访|来电|留言|热线|许可|处罚")]
    private static partial Regex Other();

    /// <summary>The outcome cells of the group the sentence is about; for 行政诉讼 as a whole also each of its two groups.</summary>
    private static ProseCell[] Outcomes(Report r, ProseSubjects s, string column) => s.Outcome switch
    {
        ProseSubject.Review => [Cell(r, $"reviewsAndLitigation.review.{column}")],
        ProseSubject.LitigationDirect => [Cell(r, $"reviewsAndLitigation.litigationDirect.{column}"), Litigation(r, column)],
        ProseSubject.LitigationAfterReview => [Cell(r, $"reviewsAndLitigation.litigationAfterReview.{column}"), Litigation(r, column)],
        ProseSubject.Litigation => [Litigation(r, column), Cell(r, $"reviewsAndLitigation.litigationDirect.{column}"), Cell(r, $"reviewsAndLitigation.litigationAfterReview.{column}")],
        // No 复议 or 诉讼 named before in the sentence: nothing to compare with.
        _ => [],
    };

    private static ProseCell Litigation(Report r, string column)
    {
        var direct = Cell(r, $"reviewsAndLitigation.litigationDirect.{column}");
        var after = Cell(r, $"reviewsAndLitigation.litigationAfterReview.{column}");
        var label = ReviewsTable.Columns.Single(c => c.Key == column).Label;
        return new($"{ReviewsTable.Heading} 行政诉讼（未经复议直接起诉与复议后起诉）·{label}", direct.Value + after.Value);
    }

    /// <summary>
    /// A row's 总计 and, when the row does not add up (a row-total error already reported), the sum of its six
    /// columns: prose that states the sum is not wrong, the total cell is.
    /// </summary>
    private static ProseCell[] Total(Report r, string row)
    {
        var total = Cell(r, $"{row}.total");
        var columns = ApplicationsTable.Columns.Where(c => !c.IsTotal).Sum(c => Cell(r, $"{row}.{c.Key}").Value);
        return columns == total.Value ? [total] : [total, total with { Value = columns }];
    }

    private static ProseCell Sum(Report r, string first, string second)
    {
        var a = Cell(r, first);
        var b = Cell(r, second);
        return new($"{a.Label}与{b.Label}之和", a.Value + b.Value);
    }

    // Table 三's cell labels do not name the table; the others' do.
    private static ProseCell Cell(Report r, string path) =>
        new(path.StartsWith("applications.", StringComparison.Ordinal) ? $"{ApplicationsTable.Heading} {FieldLabels.Describe(path)}" : FieldLabels.Describe(path), Value(r, path));

    private static long Value(Report r, string path)
    {
        foreach (var row in ApplicationsTable.Rows)
        {
            foreach (var column in ApplicationsTable.Columns)
            {
                if (row.CellPath(column) == path)
                    return column.Select(row.Select(r.Applications));
            }
        }
        foreach (var group in ReviewsTable.Groups)
        {
            foreach (var column in ReviewsTable.Columns)
            {
                if (group.CellPath(column) == path)
                    return column.Select(group.Select(r.ReviewsAndLitigation));
            }
        }
        var cell = ActiveDisclosureTable.Cells.Single(c => c.Path == path);
        return (long)cell.Select(r.ActiveDisclosure);
    }
}
