using System.Globalization;
using System.Text;
using ReportFunctions.Core.Model;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// Every printed character must be drawable by a bundled font: a PDF must never show a blank box (issue 3 §3).
/// Whitespace is left to the layout engine, which breaks and spaces lines itself rather than drawing it.
/// </summary>
internal sealed class SupportedCharactersRule(IGlyphCoverage coverage) : IReportRule
{
    private const int MaxListed = 10;

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        foreach (var text in ReportText.All(report))
        {
            List<Rune>? missing = null;
            foreach (var rune in text.Text.EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune) || coverage.CanDraw(rune.Value))
                    continue;
                missing ??= [];
                if (!missing.Contains(rune))
                    missing.Add(rune);
            }
            if (missing is not null)
                yield return Finding.Error(ErrorCodes.UnsupportedCharacter, text.Path, $"{text.Label}：{Describe(missing)}");
        }
    }

    private static string Describe(List<Rune> missing)
    {
        var listed = string.Join("、", missing.Take(MaxListed).Select(Name));
        var more = missing.Count > MaxListed ? $"等{missing.Count}个" : "";
        return $"包含无法排印的字符{listed}{more}，请改用常用字或删除";
    }

    // Control and format characters are invisible, so only their code point can name them.
    private static string Name(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            ? $"（U+{rune.Value:X4}）"
            : $"“{rune}”（U+{rune.Value:X4}）";
}
