using System.Globalization;
using System.Text.RegularExpressions;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// R8 (warning): numbers the prose of 一 and 二 states for what tables 二, 三 and 四 count equal their cells. Precision
/// first: only the phrasings of <see cref="ProseClaims"/> are read, each clause (between ，、：) on its own, with the
/// subject — 行政复议 or 行政诉讼, 规章 or 规范性文件 — carried from earlier clauses of the same sentence; a number
/// is compared with every cell the phrasing can mean (e.g. 新收 with or without 上年结转) and reported only when it
/// equals none. Approximate numbers (约、近、超过、100余件) and clauses about other things (咨询, 建议提案, 信访…) are
/// not read.
/// </summary>
internal sealed partial class ProseTableRule : IReportRule
{
    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        foreach (var sentence in Sentence.In("overview", report.Overview).Concat(Sentence.In("activeDisclosure.narrative", report.ActiveDisclosure.Narrative)))
        {
            if (!sentence.Text.Any(char.IsAsciiDigit))
                continue;
            var subjects = new ProseSubjects();
            foreach (var clause in Clauses().Split(sentence.Text))
            {
                subjects = subjects.After(clause);
                if (!clause.Any(char.IsAsciiDigit))
                    continue;
                foreach (var claim in ProseClaims.All)
                {
                    if (claim.Subject is { } subject && !subjects.Has(subject))
                        continue;
                    if (claim.Excluded?.IsMatch(clause) == true)
                        continue;
                    foreach (Match match in claim.Pattern.Matches(clause))
                    {
                        var number = match.Groups["n"];
                        if (IsApproximate(clause, number.Index) || !long.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated))
                            continue;
                        var cells = claim.Cells(report, subjects, sentence.Text);
                        if (cells.Length == 0 || cells.Any(c => c.Value == stated))
                            continue;
                        var cell = cells[0];
                        yield return Finding.Warning(ErrorCodes.ProseTable, sentence.Path,
                            $"{FieldLabels.Describe(sentence.Path)}：“{sentence.Quoted}”写明{claim.Figure}{stated}{match.Groups["unit"].Value}，与表格“{cell.Label}”的{cell.Value}不符");
                    }
                }
            }
        }
    }

    /// <summary>约120件, 近百件, 超过120件, 逾120件: not a count to compare.</summary>
    private static bool IsApproximate(string clause, int index)
    {
        var before = clause.AsSpan(0, index);
        return before.EndsWith("约") || before.EndsWith("近") || before.EndsWith("超过") || before.EndsWith("逾") || before.EndsWith("超")
            || before.EndsWith("不足") || before.EndsWith("上百");
    }

    [GeneratedRegex("[，、：,:（）()]")]
    private static partial Regex Clauses();
}
